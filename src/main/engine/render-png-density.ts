import { crc32 } from 'node:zlib';

/**
 * The print density a PNG of the map carries: one SVG unit is 1/150 inch, so the default 1240-unit
 * map is A4's width and 2× is 300 dpi. Word, LibreOffice and print shops place the picture at that
 * size instead of guessing 96 dpi. resvg writes no density of its own, so its pHYs chunk is added
 * here, right after the header chunk, as the PNG specification orders.
 */
export const UNITS_PER_INCH = 150;

export function withDensity(png: Uint8Array, dpi: number): Uint8Array {
  const ihdrEnd = 8 + 4 + 4 + 13 + 4; // signature, then IHDR's length, type, 13 data bytes and CRC
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write('pHYs', 4, 'ascii');
  chunk.writeUInt32BE(perMetre, 8);
  chunk.writeUInt32BE(perMetre, 12);
  chunk.writeUInt8(1, 16); // the unit is the metre
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  return Buffer.concat([png.subarray(0, ihdrEnd), chunk, png.subarray(ihdrEnd)]);
}
