import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrModules, qrSvg } from '../../src/lib/qr.ts';

/** Paints the modules into RGBA pixels (4 px per module, 4 modules quiet zone) for the decoder. */
function toPixels(modules: boolean[][]): { data: Uint8ClampedArray; size: number } {
  const scale = 4;
  const quiet = 4;
  const size = (modules.length + quiet * 2) * scale;
  const data = new Uint8ClampedArray(size * size * 4).fill(255);
  modules.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          data[offset] = data[offset + 1] = data[offset + 2] = 0;
        }
    }),
  );
  return { data, size };
}

describe('QR codes', () => {
  const url = 'https://wegwijzer.example.org/hollands-kroon/anna-paulowna/';

  it('the code decodes back to the URL it was made for', () => {
    const { data, size } = toPixels(qrModules(url));
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('the SVG is inline-ready: an svg element with a viewBox, black on white, no XML declaration', async () => {
    const svg = await qrSvg(url);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('#000000');
    expect(svg).not.toContain('<?xml');
  });

  it('the same text always gives the same SVG (reproducible builds)', async () => {
    expect(await qrSvg(url)).toBe(await qrSvg(url));
  });
});
