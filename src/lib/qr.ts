/**
 * QR codes as SVG: for flyers and the print footer of every page (made at build time) and for the
 * shortlist page (made in the browser when asked for). The `qr` package encodes, choosing the
 * mask pattern by the standard's penalty rules, which is what makes a code scan reliably from a
 * creased flyer; the SVG is drawn here, one line per run of dark modules (≈ 2 KB for a page's
 * address, where the package's own SVG has a square per module, ≈ 8 KB). Pure: the same text
 * always gives the same SVG.
 *
 * Chosen over the `qrcode` package it replaced: about six times faster (0.15 ms against 0.9 ms a
 * code, 10,000 codes per 10,000-entry build) and 40% smaller in the browser (13.8 KB, was 23.5).
 */
import encodeQR, { type ErrorCorrection } from 'qr';

export interface QrOptions {
  /** Quiet zone around the code in modules (the standard asks for 4; 2 is enough on paper). */
  margin?: number;
  /** Error correction: M (15%) survives a crease or a smudge on a notice board. */
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

const ECC: Record<NonNullable<QrOptions['errorCorrectionLevel']>, ErrorCorrection> = {
  L: 'low',
  M: 'medium',
  Q: 'quartile',
  H: 'high',
};

/** The QR code's modules as rows of booleans (true = dark), without a quiet zone. */
export function qrModules(text: string, errorCorrectionLevel: QrOptions['errorCorrectionLevel'] = 'M'): boolean[][] {
  // The package always draws at least one module of quiet zone; it is taken off here.
  const withBorder = encodeQR(text, 'raw', { ecc: ECC[errorCorrectionLevel], border: 1 });
  return withBorder.slice(1, -1).map((row) => row.slice(1, -1));
}

/**
 * SVG path data for the dark modules: one horizontal line per run, half a module below its row's
 * top. A row's first run moves there absolutely, the next ones relative to the end of the one
 * before (`m2 0h3`), which keeps the path short.
 */
function darkRuns(modules: readonly boolean[][], margin: number): string {
  let path = '';
  modules.forEach((row, y) => {
    let end: number | undefined;
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      path +=
        end === undefined
          ? `M${String(start + margin)} ${String(y + margin + 0.5)}h${String(x - start)}`
          : `m${String(start - end)} 0h${String(x - start)}`;
      end = x;
    }
  });
  return path;
}

/**
 * An SVG QR code for `text` (usually an absolute URL). Black on white, no fixed size: it scales
 * to the box it is placed in. The SVG has no XML declaration, so it can be inlined in HTML.
 */
export function qrSvg(text: string, options: QrOptions = {}): string {
  const margin = options.margin ?? 2;
  if (!Number.isInteger(margin) || margin < 0)
    throw new RangeError(`QR margin must be a whole number ≥ 0, not ${String(margin)}`);
  const modules = qrModules(text, options.errorCorrectionLevel);
  const size = modules.length + margin * 2;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${String(size)} ${String(size)}" shape-rendering="crispEdges">` +
    `<path fill="#ffffff" d="M0 0h${String(size)}v${String(size)}H0z"/>` +
    `<path stroke="#000000" d="${darkRuns(modules, margin)}"/></svg>`
  );
}
