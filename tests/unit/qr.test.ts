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

/**
 * The dark modules an SVG of qrSvg paints, read back from its path (quiet zone included). Every
 * line must run through the middle of a row (y ends in .5), or it would paint half of two rows.
 */
function modulesOfSvg(svg: string): boolean[][] {
  const size = Number(/viewBox="0 0 (\d+) \1"/.exec(svg)?.[1]);
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  const path = /<path stroke="#000000" d="([^"]*)"/.exec(svg)?.[1] ?? '';
  let x = 0;
  let y = 0.5;
  for (const [, command, a, b] of path.matchAll(/([Mmh])(-?[\d.]+)(?: (-?[\d.]+))?/g)) {
    if (command === 'M') [x, y] = [Number(a), Number(b)];
    else if (command === 'm') [x, y] = [x + Number(a), y + Number(b)];
    else {
      if (!Number.isInteger(y - 0.5)) throw new Error(`a line at y=${String(y)}, between two rows`);
      for (let i = 0; i < Number(a); i++) grid[y - 0.5]![x + i] = true;
      x += Number(a);
    }
  }
  return grid;
}

/** `modules` inside a light quiet zone of `margin` modules on every side. */
function padded(modules: boolean[][], margin: number): boolean[][] {
  const size = modules.length + margin * 2;
  return Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => modules[y - margin]?.[x - margin] ?? false),
  );
}

describe('QR codes', () => {
  const url = 'https://wegwijzer.example.org/hollands-kroon/anna-paulowna/';

  it('the code decodes back to the URL it was made for', () => {
    const { data, size } = toPixels(qrModules(url));
    expect(jsQR(data, size, size)?.data).toBe(url);
  });

  it('the SVG paints exactly the modules of the code, inside a light quiet zone of the given margin', () => {
    for (const margin of [0, 2, 4]) {
      expect(modulesOfSvg(qrSvg(url, { margin }))).toEqual(padded(qrModules(url), margin));
    }
  });

  it('a margin that is not a whole number is refused', () => {
    expect(() => qrSvg(url, { margin: 1.5 })).toThrow(RangeError);
  });

  it('the SVG decodes back to the URL, for every error correction level', () => {
    for (const errorCorrectionLevel of ['L', 'M', 'Q', 'H'] as const) {
      const painted = modulesOfSvg(qrSvg(url, { errorCorrectionLevel }));
      const { data, size } = toPixels(painted);
      expect(jsQR(data, size, size)?.data).toBe(url);
    }
  });

  it('each error correction level is its own: more correction needs a larger code for the same text', () => {
    // A long shortlist address, where every level needs a different QR version (L < M < Q < H);
    // a mix-up of two levels would show as two equal or swapped sizes.
    const lang = `https://wegwijzer.example.org/lijstje/?ids=${'a1b2c3'.repeat(20)}`;
    const sizes = (['L', 'M', 'Q', 'H'] as const).map((level) => qrModules(lang, level).length);
    expect(sizes).toEqual([...sizes].sort((a, b) => a - b));
    expect(new Set(sizes).size).toBe(4);
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
