// Draws the app icon (build/icon.png, 512×512 RGBA) with nothing but node:zlib: a rounded blue
// square with a white barometer dial and needle. electron-builder makes the Windows .ico and the
// macOS .icns from it. Run `node scripts/make-icon.mjs` after changing the drawing; the PNG is committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const BLUE = [0x1f, 0x4e, 0x8c];
const WHITE = [0xff, 0xff, 0xff];
const AMBER = [0xf2, 0xa9, 0x00];

/** Coverage 0..1 of pixel (x, y) by each shape, sampled 4×4 for smooth edges. */
function coverage(x, y, inside) {
  let hits = 0;
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) if (inside(x + (i + 0.5) / 4, y + (j + 0.5) / 4)) hits++;
  return hits / 16;
}

const c = SIZE / 2;
const roundedSquare = (x, y) => {
  const r = 96, m = 16;
  const dx = Math.max(m + r - x, 0, x - (SIZE - m - r));
  const dy = Math.max(m + r - y, 0, y - (SIZE - m - r));
  return x >= m && x <= SIZE - m && y >= m && y <= SIZE - m && dx * dx + dy * dy <= r * r;
};
const ring = (x, y) => {
  const d = Math.hypot(x - c, y - c - 20);
  const angle = Math.atan2(y - c - 20, x - c); // the dial's upper three quarters
  return d >= 150 && d <= 182 && !(angle > Math.PI / 4 && angle < (3 * Math.PI) / 4);
};
const ticks = (x, y) => {
  const d = Math.hypot(x - c, y - c - 20);
  if (d < 112 || d > 140) return false;
  const angle = Math.atan2(y - c - 20, x - c);
  for (let k = 0; k <= 6; k++) {
    const a = (-5 * Math.PI) / 4 + (k * (3 * Math.PI)) / 2 / 6;
    const diff = Math.atan2(Math.sin(angle - a), Math.cos(angle - a));
    if (Math.abs(diff) * d < 7) return true;
  }
  return false;
};
const needle = (x, y) => {
  // From the centre towards the upper right, 16 px wide.
  const a = -Math.PI / 4, len = 150;
  const ux = Math.cos(a), uy = Math.sin(a);
  const px = x - c, py = y - c - 20;
  const along = px * ux + py * uy;
  const across = Math.abs(-px * uy + py * ux);
  return (along >= 0 && along <= len && across <= 8 * (1 - along / (len * 1.15))) || Math.hypot(px, py) <= 22;
};

const raw = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let y = 0; y < SIZE; y++) {
  raw[y * (SIZE * 4 + 1)] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    const bg = coverage(x, y, roundedSquare);
    const white = Math.max(coverage(x, y, ring), coverage(x, y, ticks));
    const amber = coverage(x, y, needle);
    let rgb = BLUE;
    const mix = (a, b, t) => a.map((v, i) => Math.round(v * (1 - t) + b[i] * t));
    rgb = mix(rgb, WHITE, white);
    rgb = mix(rgb, AMBER, amber);
    const o = y * (SIZE * 4 + 1) + 1 + x * 4;
    raw[o] = rgb[0];
    raw[o + 1] = rgb[1];
    raw[o + 2] = rgb[2];
    raw[o + 3] = Math.round(bg * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let k = n;
  for (let i = 0; i < 8; i++) k = k & 1 ? 0xedb88320 ^ (k >>> 1) : k >>> 1;
  return k >>> 0;
});
const crc32 = (buf) => {
  let crc = 0xffffffff;
  for (const b of buf) crc = crcTable[(crc ^ b) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};
const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = new URL('../build/icon.png', import.meta.url);
writeFileSync(target, png);
console.log(`wrote ${target.pathname} (${png.length} bytes)`);
