/**
 * Draws Sharebot's Teams app icons and writes them as PNG files with nothing but node:zlib:
 * manifest/color.png (192x192, white glyph on the accent colour) and manifest/outline.png
 * (32x32, white glyph on transparent), the sizes and colours Teams requires
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/apps-package#app-icons).
 * Run: npx tsx scripts/make-icons.ts
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';

/** The accent colour, also the manifest's accentColor. */
export const ACCENT = { r: 0x0f, g: 0x6c, b: 0xbd };

type Rgba = { r: number; g: number; b: number; a: number };
type Point = { x: number; y: number };

const SUPERSAMPLING = 4;

// The "share" glyph in unit coordinates: three nodes joined by two links.
const NODES: Point[] = [
  { x: 0.28, y: 0.5 },
  { x: 0.72, y: 0.26 },
  { x: 0.72, y: 0.74 },
];
const NODE_RADIUS = 0.13;
const LINK_HALF_WIDTH = 0.045;

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function insideGlyph(p: Point): boolean {
  if (NODES.some((node) => Math.hypot(p.x - node.x, p.y - node.y) <= NODE_RADIUS)) return true;
  return [NODES[1], NODES[2]].some((end) => distanceToSegment(p, NODES[0], end) <= LINK_HALF_WIDTH);
}

/** How much of the pixel (x, y) the glyph covers, 0..1, when the glyph fills `inset`..`1 - inset`. */
function coverage(x: number, y: number, size: number, inset: number): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy++) {
    for (let sx = 0; sx < SUPERSAMPLING; sx++) {
      const u = (x + (sx + 0.5) / SUPERSAMPLING) / size;
      const v = (y + (sy + 0.5) / SUPERSAMPLING) / size;
      const scale = 1 - 2 * inset;
      if (insideGlyph({ x: (u - inset) / scale, y: (v - inset) / scale })) hits++;
    }
  }
  return hits / (SUPERSAMPLING * SUPERSAMPLING);
}

/** Renders the glyph at `size` pixels; `paint` turns a coverage value into a pixel. */
function render(size: number, inset: number, paint: (cover: number) => Rgba): Rgba[][] {
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => paint(coverage(x, y, size, inset))),
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** Encodes pixels as an 8-bit RGBA PNG (no filtering). */
export function encodePng(pixels: Rgba[][]): Buffer {
  const height = pixels.length;
  const width = pixels[0].length;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter, no interlace
  const raw = Buffer.concat(
    pixels.map((row) => Buffer.from([0, ...row.flatMap((p) => [p.r, p.g, p.b, p.a])])),
  );
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const blend = (from: number, to: number, amount: number) => Math.round(from + (to - from) * amount);

/** The 192x192 colour icon: a white glyph on the accent colour. */
export function colorIcon(): Buffer {
  return encodePng(
    render(192, 0.16, (cover) => ({
      r: blend(ACCENT.r, 255, cover),
      g: blend(ACCENT.g, 255, cover),
      b: blend(ACCENT.b, 255, cover),
      a: 255,
    })),
  );
}

/** The 32x32 outline icon: a white glyph on a transparent background. */
export function outlineIcon(): Buffer {
  return encodePng(render(32, 0.02, (cover) => ({ r: 255, g: 255, b: 255, a: Math.round(255 * cover) })));
}

if (require.main === module) {
  const manifestDir = resolve(__dirname, '..', 'manifest');
  writeFileSync(join(manifestDir, 'color.png'), colorIcon());
  writeFileSync(join(manifestDir, 'outline.png'), outlineIcon());
  console.log(`Wrote color.png and outline.png to ${manifestDir}`);
}
