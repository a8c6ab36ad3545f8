/**
 * Splitting a long overview (a topic page) over numbered pages without losing its headings. The
 * overview is a list of sections (h2), each with parts (an h3, or none) holding items; a page
 * holds at most `perPagina` items. A section or part that runs on from the previous page is shown
 * again with its heading, marked `vervolg`, so every page says where its items belong.
 */

export interface Deel<T, K> {
  /** The part's heading, or undefined for items directly under the section heading. */
  kop?: K | undefined;
  items: readonly T[];
}

export interface Sectie<T, K> {
  /** Unique within the overview: the anchor of the section's heading. */
  id: string;
  kop: K;
  delen: readonly Deel<T, K>[];
}

export interface PaginaDeel<T, K> {
  kop?: K | undefined;
  /** True when this part started on an earlier page. */
  vervolg: boolean;
  items: T[];
}

export interface PaginaSectie<T, K> {
  id: string;
  kop: K;
  /** True when this section started on an earlier page. */
  vervolg: boolean;
  delen: PaginaDeel<T, K>[];
}

/** The sections of an overview spread over pages of at most `perPagina` items, in order. */
export function verdeelOverPaginas<T, K>(secties: readonly Sectie<T, K>[], perPagina: number): PaginaSectie<T, K>[][] {
  if (!Number.isInteger(perPagina) || perPagina < 1) throw new Error(`perPagina must be 1 or more (got ${perPagina})`);
  const paginas: PaginaSectie<T, K>[][] = [[]];
  let opPagina = 0;
  for (const sectie of secties) {
    let sectieBegonnen = false;
    for (const deel of sectie.delen) {
      for (let van = 0; van < deel.items.length;) {
        if (opPagina === perPagina) {
          paginas.push([]);
          opPagina = 0;
        }
        const pagina = paginas[paginas.length - 1]!;
        let stuk = pagina[pagina.length - 1];
        if (stuk?.id !== sectie.id) {
          stuk = { id: sectie.id, kop: sectie.kop, vervolg: sectieBegonnen, delen: [] };
          pagina.push(stuk);
        }
        const tot = Math.min(deel.items.length, van + perPagina - opPagina);
        // A part is only ever cut at the end of a page, so `van > 0` means it ran on from there.
        stuk.delen.push({ kop: deel.kop, vervolg: van > 0, items: deel.items.slice(van, tot) });
        opPagina += tot - van;
        van = tot;
        sectieBegonnen = true;
      }
    }
  }
  return paginas;
}

/**
 * The page numbers a page navigation shows: the first, the last, and the current one with its
 * neighbours; `null` marks a gap ("…"). With up to 7 pages all are shown.
 */
export function paginaNummers(huidig: number, totaal: number): (number | null)[] {
  if (totaal <= 7) return Array.from({ length: totaal }, (_, i) => i + 1);
  const toon = new Set([1, totaal, huidig - 1, huidig, huidig + 1].filter((n) => n >= 1 && n <= totaal));
  const nummers = [...toon].sort((a, b) => a - b);
  const uit: (number | null)[] = [];
  for (const [i, n] of nummers.entries()) {
    const vorige = nummers[i - 1];
    if (vorige !== undefined && n - vorige === 2) uit.push(vorige + 1);
    else if (vorige !== undefined && n - vorige > 2) uit.push(null);
    uit.push(n);
  }
  return uit;
}
