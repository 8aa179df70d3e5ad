// Extracts the text of a PDF written by pdfkit, without pdftotext: inflates the streams, reads the
// ToUnicode maps of the embedded fonts and decodes the glyph strings of Tj/TJ operators. Good enough
// to check that a report says what it should; not a general PDF reader.
import { inflateSync } from 'node:zlib';

function streams(pdf: Buffer): { dict: string; data: Buffer }[] {
  const text = pdf.toString('latin1');
  const found: { dict: string; data: Buffer }[] = [];
  const re = /<<((?:(?!>>\s*stream)[\s\S])*)>>\s*stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    let data = raw;
    if (/FlateDecode/.test(m[1] ?? '')) {
      try {
        data = inflateSync(raw);
      } catch {
        continue;
      }
    }
    found.push({ dict: m[1] ?? '', data });
  }
  return found;
}

const utf16 = (hex: string): string => {
  let s = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) s += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return s;
};

/** Glyph code (hex) → text, merged from every ToUnicode CMap of the file. */
function toUnicode(all: { data: Buffer }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const { data } of all) {
    const cmap = data.toString('latin1');
    if (!cmap.includes('begincmap')) continue;
    for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const r of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)/g)) {
        const from = parseInt(r[1]!, 16);
        const to = parseInt(r[2]!, 16);
        const width = r[1]!.length;
        const target = r[3]!;
        if (target.startsWith('[')) {
          const values = [...target.matchAll(/<([0-9a-fA-F\s]*)>/g)].map((v) => v[1]!.replace(/\s/g, ''));
          values.forEach((v, i) => map.set((from + i).toString(16).padStart(width, '0').toLowerCase(), utf16(v)));
        } else {
          const base = parseInt(target.slice(1, -1), 16);
          for (let c = from; c <= to; c++) map.set(c.toString(16).padStart(width, '0').toLowerCase(), String.fromCharCode(base + c - from));
        }
      }
    }
    for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const r of (block[1] ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F\s]+)>/g)) map.set(r[1]!.toLowerCase(), utf16(r[2]!.replace(/\s/g, '')));
    }
  }
  return map;
}

export function pdfText(pdf: Buffer): string {
  const all = streams(pdf);
  const map = toUnicode(all);
  const lines: string[] = [];
  for (const { data } of all) {
    const content = data.toString('latin1');
    if (!/\bBT\b/.test(content)) continue;
    for (const op of content.matchAll(/\[((?:[^\]])*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
      const hexes = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => h[1]!) : [op[2]!];
      let line = '';
      for (const hex of hexes) {
        for (let i = 0; i + 4 <= hex.length; i += 4) line += map.get(hex.slice(i, i + 4).toLowerCase()) ?? '';
      }
      lines.push(line);
    }
  }
  return lines.join('\n');
}
