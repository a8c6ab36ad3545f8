/**
 * How much one overview page holds, so pages stay light at any scale (issue 9): a topic page runs
 * over numbered pages of at most KAARTEN_PER_PAGINA cards, and kern and gemeente pages show at
 * most REGIO_PER_LIJST offers for the whole region per list (the topic pages list them all).
 *
 * The defaults leave the sample region whole: its largest topic has 105 cards and its longest
 * regional list 7. The environment can lower them (WEGWIJZER_KAARTEN_PER_PAGINA,
 * WEGWIJZER_REGIO_PER_LIJST) so the browser tests see paging and limits on the small sample.
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
