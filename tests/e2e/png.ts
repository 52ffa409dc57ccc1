import { inflateSync } from 'node:zlib';

/** A decoded image, four bytes (r, g, b, a) per pixel, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const paeth = (a: number, b: number, c: number): number => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/**
 * Decodes the PNGs Chromium writes for screenshots (8-bit RGB or RGBA, not interlaced), so
 * the tests can look at what was drawn without another dependency.
 */
export function decodePng(png: Buffer): RgbaImage {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let channels = 0;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [bitDepth, colourType, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (bitDepth !== 8 || (colourType !== 2 && colourType !== 6) || interlace !== 0)
        throw new Error(`unsupported PNG (bit depth ${bitDepth}, colour type ${colourType}, interlace ${interlace})`);
      channels = colourType === 6 ? 4 : 3;
    } else if (type === 'IDAT') idat.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? pixels[row + x - channels]! : 0;
      const up = y > 0 ? pixels[row - stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? pixels[row - stride + x - channels]! : 0;
      const value = line[x]!;
      const predicted =
        filter === 0 ? 0
        : filter === 1 ? left
        : filter === 2 ? up
        : filter === 3 ? (left + up) >> 1
        : filter === 4 ? paeth(left, up, upLeft)
        : Number.NaN;
      if (Number.isNaN(predicted)) throw new Error(`bad PNG filter ${filter} in row ${y}`);
      pixels[row + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, data: pixels };
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < pixels.length; i += 3, j += 4) {
    data[j] = pixels[i]!;
    data[j + 1] = pixels[i + 1]!;
    data[j + 2] = pixels[i + 2]!;
    data[j + 3] = 255;
  }
  return { width, height, data };
}

/** How varied an image is: its distinct colours and the share of the most common one. */
export function colourVariety(image: RgbaImage): { distinct: number; dominantShare: number } {
  const counts = new Map<number, number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const key = (image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = image.width * image.height;
  return { distinct: counts.size, dominantShare: Math.max(...counts.values()) / total };
}

/** Pixels within `tolerance` (per channel) of a colour written as #rrggbb. */
export function pixelsNear(image: RgbaImage, hex: string, tolerance = 10): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
  let n = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (
      Math.abs(image.data[i]! - r) <= tolerance &&
      Math.abs(image.data[i + 1]! - g) <= tolerance &&
      Math.abs(image.data[i + 2]! - b) <= tolerance
    )
      n++;
  }
  return n;
}
