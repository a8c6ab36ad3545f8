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

/** The dark modules an SVG of qrSvg paints, read back from its path (quiet zone included). */
function modulesOfSvg(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  const path = /<path stroke="#000000" d="([^"]*)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Math.floor(Number(b))];
    else if (command === 'm') [x, y] = [x + Number(a), y + Math.floor(Number(b))];
    else {
      for (let i = 0; i < Number(a); i++) grid[y]![x + i] = true;
      x += Number(a);
    }
  }
  return grid;
}

describe('QR codes', () => {
  const url = 'https://wegwijzer.example.org/hollands-kroon/anna-paulowna/';

  it('the code decodes back to the URL it was made for', () => {
    const { data, size } = toPixels(qrModules(url));
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('the SVG paints exactly the modules of the code, inside a quiet zone of the given margin', () => {
    for (const margin of [2, 4]) {
      const painted = modulesOfSvg(qrSvg(url, { margin }));
      const modules = qrModules(url);
      expect(painted.length).toBe(modules.length + margin * 2);
      const inside = painted.slice(margin, -margin).map((row) => row.slice(margin, -margin));
      expect(inside).toEqual(modules);
      const quietZone = [...painted.slice(0, margin), ...painted.slice(-margin)].flat();
      expect(quietZone.every((dark) => !dark)).toBe(true);
    }
  });

  it('the SVG decodes back to the URL, for every error correction level', () => {
    for (const errorCorrectionLevel of ['L', 'M', 'Q', 'H'] as const) {
      const painted = modulesOfSvg(qrSvg(url, { errorCorrectionLevel }));
      const { data, size } = toPixels(painted);
      expect(jsQR(data, size, size)?.data).toBe(url);
    }
  });

  it('a higher error correction level gives a larger code for the same text', () => {
    expect(qrModules(url, 'H').length).toBeGreaterThan(qrModules(url, 'L').length);
  });

  it('the SVG is inline-ready: an svg element with a viewBox, black on white, no XML declaration', () => {
    const svg = qrSvg(url);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toMatch(/viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('#000000');
    expect(svg).toContain('#ffffff');
    expect(svg).not.toContain('<?xml');
  });

  it('the same text always gives the same SVG (reproducible builds)', () => {
    expect(qrSvg(url)).toBe(qrSvg(url));
  });
});
