/**
 * The topic pages as numbered pages: the offers of one topic in their area sections (whole
 * region, then per gemeente: whole gemeente, then per kern), spread over pages of at most
 * KAARTEN_PER_PAGINA cards (src/lib/overview-limits.ts, src/lib/paging.ts), so a topic stays light at any scale.
 */
import { t } from '../lib/i18n.ts';
import { KAARTEN_PER_PAGINA } from '../lib/overview-limits.ts';
import { verdeelOverPaginas, type PaginaSectie, type Sectie } from '../lib/paging.ts';
import { gemeenteUrl, kernUrl } from '../lib/urls.ts';
import type { ThemaId } from '../lib/vocabulary.ts';
import { indexen, themaGids, type ThemaItem } from './content.ts';

/** A heading on a topic page: its text, and a link when it names a gemeente or kern. */
export interface ThemaKop {
  tekst: string;
  href?: string | undefined;
}

export type ThemaSectie = PaginaSectie<ThemaItem, ThemaKop>;

export interface ThemaPaginas {
  paginas: ThemaSectie[][];
  /** Per gemeente section: its name and the page number where it starts. */
  gemeenten: { id: string; naam: string; pagina: number }[];
}

/** The area sections of one topic, spread over pages. */
export async function themaPaginas(thema: ThemaId): Promise<ThemaPaginas> {
  const gids = await themaGids(thema);
  const ix = await indexen();
  const secties: Sectie<ThemaItem, ThemaKop>[] = [];
  if (gids.regio.length > 0)
    secties.push({ id: 'regio', kop: { tekst: t('thema.regio.kop') }, delen: [{ items: gids.regio }] });
  for (const groep of gids.gemeenten) {
    const gemeente = ix.gemeente.get(groep.gemeenteId);
    if (!gemeente) throw new Error(`Geen gemeente met id "${groep.gemeenteId}" gevonden.`);
    const naam = gemeente.data.naam;
    secties.push({
      id: `gemeente-${gemeente.id}`,
      kop: { tekst: naam, href: gemeenteUrl(gemeente.id) },
      delen: [
        ...(groep.heel.length > 0
          ? [{ kop: { tekst: t('thema.heel.kop', { gemeente: naam }) }, items: groep.heel }]
          : []),
        ...groep.kernen.map(({ kernId, items }) => {
          const kern = ix.kern.get(kernId);
          if (!kern) throw new Error(`Geen kern met id "${kernId}" gevonden.`);
          return { kop: { tekst: kern.data.naam, href: kernUrl(gemeente.id, kern.id) }, items };
        }),
      ],
    });
  }
  const paginas = verdeelOverPaginas(secties, KAARTEN_PER_PAGINA);
  const gemeenten = paginas.flatMap((pagina, i) =>
    pagina
      .filter((sectie) => sectie.id !== 'regio' && !sectie.vervolg)
      .map((sectie) => ({ id: sectie.id, naam: sectie.kop.tekst, pagina: i + 1 })),
  );
  return { paginas, gemeenten };
}
