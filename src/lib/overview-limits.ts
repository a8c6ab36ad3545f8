/**
 * How much one overview page holds, so pages stay light at any scale (issue 9): a topic page runs
 * over numbered pages of at most KAARTEN_PER_PAGINA cards, and kern and gemeente pages show at
 * most REGIO_PER_LIJST offers for the whole region per list of cards and REGIO_PER_GEBIEDSBLOK
 * per list of names beside the map (the topic pages list them all); the home page's region map
 * lists at most PLEKKEN_OP_REGIOKAART places; a kern page offers its own gemeente's kernen and the
 * START_KERNEN_DICHTBIJ nearest ones as a starting point for "nearest first"; the search page lists
 * every kern only up to KERNEN_OP_PAGINA kernen.
 *
 * The defaults leave the sample region whole: its largest topic has 105 cards, its longest
 * regional list of cards 7 and its 13 regional services fit in one block. The environment can
 * lower them (WEGWIJZER_KAARTEN_PER_PAGINA, WEGWIJZER_REGIO_PER_LIJST,
 * WEGWIJZER_REGIO_PER_GEBIEDSBLOK, WEGWIJZER_PLEKKEN_OP_REGIOKAART, WEGWIJZER_START_KERNEN_DICHTBIJ,
 * WEGWIJZER_KERNEN_OP_PAGINA) so the browser tests see paging and limits on the small sample.
 */

/** A whole number of at least 1 from the environment, the default when unset; throws otherwise. */
export function limietUit(naam: string, waarde: string | undefined, standaard: number): number {
  if (waarde === undefined || waarde.trim() === '') return standaard;
  const getal = Number(waarde);
  if (!Number.isInteger(getal) || getal < 1)
    throw new Error(`${naam} moet een heel getal van 1 of meer zijn, niet "${waarde}".`);
  return getal;
}

/** At most this many cards on one page of a topic: about 150 KB of HTML, ≈ 10 KB compressed. */
export const KAARTEN_PER_PAGINA = limietUit(
  'WEGWIJZER_KAARTEN_PER_PAGINA',
  process.env['WEGWIJZER_KAARTEN_PER_PAGINA'],
  150,
);

/** At most this many regional offers per list on a kern or gemeente page. */
export const REGIO_PER_LIJST = limietUit('WEGWIJZER_REGIO_PER_LIJST', process.env['WEGWIJZER_REGIO_PER_LIJST'], 8);

/** At most this many regional services per block of names beside the map (AreaServices). */
export const REGIO_PER_GEBIEDSBLOK = limietUit(
  'WEGWIJZER_REGIO_PER_GEBIEDSBLOK',
  process.env['WEGWIJZER_REGIO_PER_GEBIEDSBLOK'],
  25,
);

/**
 * The home page's region map lists at most this many meeting places: about 40 KB compressed, within
 * the page budget. With more, the home page points to the gemeente pages, each with its own map.
 */
export const PLEKKEN_OP_REGIOKAART = limietUit(
  'WEGWIJZER_PLEKKEN_OP_REGIOKAART',
  process.env['WEGWIJZER_PLEKKEN_OP_REGIOKAART'],
  1500,
);

/**
 * A kern page's "Of kies een dorp of wijk" offers the kernen of its own gemeente and this many
 * nearest kernen, not every kern (2,500 options, 277 KB of HTML, at 100,000 entries).
 */
export const START_KERNEN_DICHTBIJ = limietUit(
  'WEGWIJZER_START_KERNEN_DICHTBIJ',
  process.env['WEGWIJZER_START_KERNEN_DICHTBIJ'],
  40,
);

/**
 * The search page lists every kern (as links, and as options of the kern filter) up to this many
 * kernen in the region; with more it links to the gemeente pages and loads the filter's kernen when
 * the search starts (src/lib/search/kern-filter.ts).
 */
export const KERNEN_OP_PAGINA = limietUit('WEGWIJZER_KERNEN_OP_PAGINA', process.env['WEGWIJZER_KERNEN_OP_PAGINA'], 300);
