/**
 * Draws the Teams app icons (`npx tsx scripts/teams-icons.ts`): a 192x192 colour icon and a 32x32
 * outline icon (white on transparent), written to manifest/teams/. The PNGs are committed; run
 * this again only to change the design.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const ACCENT: Rgba = [0x1f, 0x5a, 0xa6, 255];
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** An agenda sheet: a page with a heading bar and three item lines, each with a bullet. */
function agendaGlyph(x: number, y: number, size: number): boolean {
  const u = x / size;
  const v = y / size;
  const inPage = u >= 0.22 && u <= 0.78 && v >= 0.14 && v <= 0.86;
  const border = inPage && (u < 0.28 || u > 0.72 || v < 0.2 || v > 0.8);
  const heading = v >= 0.27 && v <= 0.35 && u >= 0.34 && u <= 0.66;
  const line = [0.45, 0.57, 0.69].some((top) => v >= top && v <= top + 0.05);
  const bullet = line && u >= 0.34 && u <= 0.4;
  const text = line && u >= 0.45 && u <= 0.66;
  return border || heading || bullet || text;
}

export function colorIcon(size = 192): Rgba[][] {
  return grid(size, (x, y) => {
    const radius = size * 0.18;
    const cx = Math.min(Math.max(x, radius), size - 1 - radius);
    const cy = Math.min(Math.max(y, radius), size - 1 - radius);
    const insideRounded = (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
    if (!insideRounded) return CLEAR;
    return agendaGlyph(x, y, size) ? WHITE : ACCENT;
  });
}

export function outlineIcon(size = 32): Rgba[][] {
  return grid(size, (x, y) => (agendaGlyph(x, y, size) ? WHITE : CLEAR));
}

function grid(size: number, pixel: (x: number, y: number) => Rgba): Rgba[][] {
  return Array.from({ length: size }, (_, y) => Array.from({ length: size }, (_, x) => pixel(x, y)));
}

/** Minimal PNG encoder: 8-bit RGBA, no interlacing, filter 0 on every row. */
export function encodePng(pixels: Rgba[][]): Buffer {
  const height = pixels.length;
  const width = pixels[0]?.length ?? 0;
  const raw = Buffer.concat(pixels.map((row) => Buffer.from([0, ...row.flat()])));
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = new URL('../manifest/teams/', import.meta.url);
  writeFileSync(new URL('color.png', dir), encodePng(colorIcon()));
  writeFileSync(new URL('outline.png', dir), encodePng(outlineIcon()));
  console.log('manifest/teams/color.png and outline.png written');
}
