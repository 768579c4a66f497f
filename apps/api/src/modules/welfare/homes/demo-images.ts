import { deflateSync } from 'node:zlib';

// The demo's house photos, drawn in code (the demo seeds rows only, no files): a small PNG per stage,
// served by the photo route for keys under demo-homes/.

type Rgb = [number, number, number];
const W = 320;
const H = 200;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A truecolour PNG from a W×H canvas. */
function encode(px: Uint8Array): Buffer {
  const raw = Buffer.alloc((W * 3 + 1) * H);
  for (let y = 0; y < H; y++) {
    raw[y * (W * 3 + 1)] = 0;
    Buffer.from(px.buffer, y * W * 3, W * 3).copy(raw, y * (W * 3 + 1) + 1);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(W, 0);
  ihdr.writeUInt32BE(H, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function canvas() {
  const px = new Uint8Array(W * H * 3);
  const rect = (x0: number, y0: number, w: number, h: number, c: Rgb) => {
    for (let y = Math.max(0, y0); y < Math.min(H, y0 + h); y++)
      for (let x = Math.max(0, x0); x < Math.min(W, x0 + w); x++) px.set(c, (y * W + x) * 3);
  };
  /** A roof: a triangle with its base from x0 to x1 at `base` and its top at (mid, top). */
  const roof = (x0: number, x1: number, base: number, top: number, c: Rgb, sag = 0) => {
    const mid = (x0 + x1) / 2;
    for (let y = top; y <= base; y++) {
      const half = ((y - top) / (base - top)) * ((x1 - x0) / 2);
      const dip = sag * Math.sin(((y - top) / (base - top)) * Math.PI);
      rect(Math.round(mid - half), y + Math.round(dip), Math.round(half * 2), 1, c);
    }
  };
  return { px, rect, roof };
}

const variants: Record<string, (c: ReturnType<typeof canvas>) => void> = {
  // the current house: patched walls and a sagging corrugated roof
  'nha-cu': ({ rect, roof }) => {
    rect(70, 100, 180, 70, [150, 140, 125]);
    rect(90, 115, 30, 25, [90, 80, 70]);
    rect(180, 120, 35, 50, [80, 60, 45]);
    rect(140, 105, 20, 40, [120, 110, 95]);
    roof(55, 265, 100, 55, [110, 105, 100], 6);
    rect(120, 70, 25, 12, [160, 90, 60]);
  },
  'khao-sat': ({ rect, roof }) => {
    rect(70, 100, 180, 70, [150, 140, 125]);
    roof(55, 265, 100, 55, [110, 105, 100], 6);
    rect(262, 110, 10, 60, [30, 60, 120]);
    rect(258, 92, 18, 18, [230, 190, 150]);
  },
  mong: ({ rect }) => {
    rect(60, 150, 200, 20, [170, 170, 170]);
    for (let x = 60; x < 260; x += 40) rect(x, 120, 10, 30, [120, 120, 125]);
  },
  tuong: ({ rect }) => {
    rect(60, 160, 200, 10, [170, 170, 170]);
    rect(65, 95, 190, 65, [190, 100, 70]);
    for (let y = 100; y < 160; y += 8) rect(65, y, 190, 1, [230, 220, 210]);
    rect(140, 115, 35, 45, [60, 50, 40]);
  },
  'hoan-thanh': ({ rect, roof }) => {
    rect(65, 100, 190, 70, [245, 215, 120]);
    roof(50, 270, 100, 45, [190, 40, 35]);
    rect(145, 125, 30, 45, [120, 70, 35]);
    rect(85, 115, 35, 25, [120, 170, 210]);
    rect(200, 115, 35, 25, [120, 170, 210]);
  },
  'ban-giao': (c) => {
    variants['hoan-thanh']!(c);
    c.rect(40, 12, 240, 26, [200, 20, 30]);
    c.rect(52, 22, 216, 6, [250, 210, 60]);
  },
};

/** The PNG for a demo key (demo-homes/<variant>.png), or null for any other key. */
export function demoHomeImage(key: string): Buffer | null {
  const m = /^demo-homes\/([a-z-]+)\.png$/.exec(key);
  const draw = m && variants[m[1]!];
  if (!draw) return null;
  const c = canvas();
  c.rect(0, 0, W, 140, [170, 210, 240]);
  c.rect(0, 140, W, 60, [110, 160, 80]);
  draw(c);
  return encode(c.px);
}

export const demoPhotoKeys = Object.keys(variants).map((v) => `demo-homes/${v}.png`);
