import { analyse } from 'chardet';
import iconv from 'iconv-lite';

/** The encodings a CSV file from this programme's users arrives in. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

/**
 * Decodes a text file whatever Excel or another program saved it as: a byte-order mark decides
 * (UTF-8, UTF-16 LE/BE); UTF-16 without one shows as zero bytes in every other position; valid
 * UTF-8 is UTF-8; otherwise chardet's statistics choose between GB18030 (Chinese Excel's "CSV",
 * a superset of GBK and GB2312) and Windows-1252 (Western Excel's).
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const text = iconv.decode(bytes, encoding, { stripBOM: true });
  return { text, encoding };
}

function detectEncoding(bytes: Buffer): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const withoutBom = utf16WithoutBom(bytes);
  if (withoutBom) return withoutBom;
  if (isUtf8(bytes)) return 'utf-8';
  const chinese = analyse(bytes.subarray(0, 64 * 1024)).find(
    (m) => /^(GB18030|GBK|GB2312|Big5|EUC-CN)$/i.test(m.name) || /^(windows-1252|ISO-8859-1)$/i.test(m.name),
  );
  return chinese && /^(GB|Big5|EUC)/i.test(chinese.name) ? 'gb18030' : 'windows-1252';
}

function isUtf8(bytes: Buffer): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Text in UTF-16 has a zero byte beside nearly every ASCII character (LE: after it; BE: before). */
function utf16WithoutBom(bytes: Buffer): TextEncoding | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 4096) & ~1);
  if (sample.length < 4) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZeros++;
    if (sample[i + 1] === 0) oddZeros++;
  }
  const pairs = sample.length / 2;
  if (oddZeros > pairs * 0.3 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.3 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}
