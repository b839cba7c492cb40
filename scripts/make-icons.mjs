// Draws Gloss's icon (a page with a highlighted line) at 16/32/48/128 px as PNG.
// The icons are committed; run `node scripts/make-icons.mjs` after changing the drawing.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

// Shapes in a 0..1 square; later shapes paint over earlier ones.
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
};
const SHAPES = [
  { color: [29, 78, 216], hit: (x, y) => inRoundRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2) },
  { color: [255, 255, 255], hit: (x, y) => inRoundRect(x, y, 0.2, 0.24, 0.8, 0.34, 0.05) },
  { color: [255, 214, 0], hit: (x, y) => inRoundRect(x, y, 0.16, 0.44, 0.84, 0.58, 0.05) },
  { color: [29, 78, 216], hit: (x, y) => inRoundRect(x, y, 0.2, 0.475, 0.72, 0.545, 0.03) },
  { color: [255, 255, 255], hit: (x, y) => inRoundRect(x, y, 0.2, 0.68, 0.62, 0.78, 0.05) },
];

function draw(size) {
  const samples = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          const shape = SHAPES.findLast((s) => s.hit(x, y));
          if (!shape) continue;
          r += shape.color[0]; g += shape.color[1]; b += shape.color[2]; a += 255;
        }
      }
      const n = samples * samples;
      const covered = a / 255 || 1;
      rgba.set([Math.round(r / covered), Math.round(g / covered), Math.round(b / covered), Math.round(a / n)], (py * size + px) * 4);
    }
  }
  return encodePng(size, rgba);
}

for (const size of [16, 32, 48, 128]) writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), draw(size));
console.log('icons written');
