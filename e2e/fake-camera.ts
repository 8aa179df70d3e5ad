// A camera for Chromium in tests: a Y4M video (the raw format `--use-file-for-fake-video-capture`
// reads) showing a QR code, written from the qrcode package's module matrix, so no video tool is
// needed. Chromium loops the file; a few identical frames are enough.
import { writeFile } from 'node:fs/promises';
import QRCode from 'qrcode';

const WIDTH = 640;
const HEIGHT = 480;
const FRAMES = 5;

/** Writes a Y4M file at `path` (it must end in .y4m) showing `text` as a QR code on white paper. */
export async function writeQrVideo(path: string, text: string): Promise<void> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (modules.size + 8));
  const left = Math.floor((WIDTH - modules.size * scale) / 2);
  const top = Math.floor((HEIGHT - modules.size * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < HEIGHT; y++) {
    for (let x = 0; x < WIDTH; x++) {
      const row = Math.floor((y - top) / scale);
      const column = Math.floor((x - left) / scale);
      const inside = y >= top && x >= left && row < modules.size && column < modules.size;
      if (inside && modules.get(row, column)) luma[y * WIDTH + x] = 16;
    }
  }
  // 4:2:0: a quarter-size plane each for U and V, neutral grey.
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  await writeFile(path, Buffer.concat([header, ...Array.from({ length: FRAMES }, () => frame)]));
}

/** Chromium's flags for a camera that films the video at `path`, allowed without asking. */
export const fakeCameraArgs = (path: string): string[] => [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  `--use-file-for-fake-video-capture=${path}`,
];
