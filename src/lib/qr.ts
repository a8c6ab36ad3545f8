/**
 * QR codes as SVG, made at build time with the `qrcode` package (flyers, the print footer of
 * every page). Pure apart from the library: the same text always gives the same SVG.
 */
import QRCode from 'qrcode';

export interface QrOptions {
  /** Quiet zone around the code in modules (the standard asks for 4; 2 is enough on paper). */
  margin?: number;
  /** Error correction: M (15%) survives a crease or a smudge on a notice board. */
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
}

/**
 * An SVG QR code for `text` (usually an absolute URL). Black on white, no fixed size: it scales
 * to the box it is placed in. The SVG has no XML declaration, so it can be inlined in HTML.
 */
export async function qrSvg(text: string, options: QrOptions = {}): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    margin: options.margin ?? 2,
    errorCorrectionLevel: options.errorCorrectionLevel ?? 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg.trim();
}

/** The QR code's modules as rows of booleans (true = dark), for tests and custom renderers. */
export function qrModules(text: string, errorCorrectionLevel: QrOptions['errorCorrectionLevel'] = 'M'): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel });
  const rows: boolean[][] = [];
  for (let y = 0; y < modules.size; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < modules.size; x++) row.push(modules.get(x, y) === 1);
    rows.push(row);
  }
  return rows;
}
