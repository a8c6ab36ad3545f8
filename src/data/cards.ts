/**
 * Entry cards for lists: turns entries into the plain props of `EntryCard`, looking up related
 * entries (location, kern, area names) through the indexes of the query layer.
 */
import { cardBadges, cardFacts, type EntryCardProps } from '../lib/entry/card.ts';
import { describeArea, describePeriod } from '../lib/entry/text.ts';
import { groupByTopic, metRegioBeperkt, type MetBereik } from '../lib/grouping.ts';
import { REGIO_PER_LIJST } from '../lib/overview-limits.ts';
import { t, tn } from '../lib/i18n.ts';
import { describeSchedule } from '../lib/schedule/describe.ts';
import { detailUrl, themaUrl } from '../lib/urls.ts';
import { INFORMATIE_SOORTEN, KANALEN, LOCATIE_SOORTEN, ORGANISATIE_SOORTEN, labelOf } from '../lib/vocabulary.ts';
import {
  indexen,
  type Activiteit,
  type Dienst,
  type Indexen,
  type Informatie,
  type Locatie,
  type Organisatie,
} from './content.ts';

type Niveau = EntryCardProps['headingLevel'];

export interface KaartOpties {
  headingLevel?: Niveau;
  /** Leave out where it is, on a page that is itself about that place. */
  zonderWaar?: boolean;
}

function areaNames(ix: Indexen, werkgebied: Dienst['data']['werkgebied']): string {
  return describeArea({
    regio: werkgebied.regio,
    gemeenten: (werkgebied.gemeenten ?? []).map((ref) => ix.gemeente.get(ref.id)?.data.naam ?? ref.id),
    kernen: (werkgebied.kernen ?? []).map((ref) => ix.kern.get(ref.id)?.data.naam ?? ref.id),
  });
}

export async function activiteitKaart(a: Activiteit, opties: KaartOpties = {}): Promise<EntryCardProps> {
  const ix = await indexen();
  const locatie = ix.locatie.get(a.data.locatie.id);
  const kern = locatie ? ix.kern.get(locatie.data.kern.id) : undefined;
  return {
    href: detailUrl('activiteiten', a.id),
    title: a.data.naam,
    summary: a.data.samenvatting,
    facts: cardFacts({
      wanneer: describeSchedule(a.data.wanneer),
      waar: opties.zonderWaar || !locatie ? undefined : [locatie.data.naam, kern?.data.naam].filter(Boolean).join(', '),
      kosten: a.data.kosten,
    }),
    badges: cardBadges({ inloop: a.data.inloop }),
    voorbeeld: a.data.voorbeeld,
    headingLevel: opties.headingLevel,
  };
}

export async function dienstKaart(d: Dienst, opties: KaartOpties = {}): Promise<EntryCardProps> {
  const ix = await indexen();
  const kanalen = d.data.kanalen.map((id) => labelOf(KANALEN, id));
  return {
    href: detailUrl('diensten', d.id),
    title: d.data.naam,
    summary: d.data.samenvatting,
    facts: [
      kanalen.join(' · '),
      ...cardFacts({ waar: opties.zonderWaar ? undefined : areaNames(ix, d.data.werkgebied), kosten: d.data.kosten }),
    ],
    badges: cardBadges({ inloop: d.data.toegang === 'inloop' }),
    voorbeeld: d.data.voorbeeld,
    headingLevel: opties.headingLevel,
  };
}

export async function informatieKaart(i: Informatie, opties: KaartOpties = {}): Promise<EntryCardProps> {
  const ix = await indexen();
  return {
    href: detailUrl('informatie', i.id),
    title: i.data.naam,
    summary: i.data.samenvatting,
    facts: [
      labelOf(INFORMATIE_SOORTEN, i.data.soort),
      describePeriod(i.data.van, i.data.tot),
      ...cardFacts({ waar: opties.zonderWaar ? undefined : areaNames(ix, i.data.werkgebied), kosten: i.data.kosten }),
    ],
    voorbeeld: i.data.voorbeeld,
    headingLevel: opties.headingLevel,
  };
}

export async function locatieKaart(l: Locatie, opties: KaartOpties = {}): Promise<EntryCardProps> {
  const ix = await indexen();
  const kern = ix.kern.get(l.data.kern.id);
  const kernNaam = kern?.data.naam ?? l.data.kern.id;
  const huisVan = t('site.huisVan', { kern: kernNaam });
  return {
    href: detailUrl('locaties', l.id),
    title: l.data.naam,
    summary: l.data.samenvatting,
    facts: [
      labelOf(LOCATIE_SOORTEN, l.data.soort),
      ...(opties.zonderWaar ? [] : [`${l.data.adres.straat}, ${kernNaam}`]),
    ],
    badges: l.data.huis_van_de_kern && l.data.naam !== huisVan ? [huisVan] : [],
    voorbeeld: l.data.voorbeeld,
    headingLevel: opties.headingLevel,
  };
}

export function organisatieKaart(o: Organisatie, opties: KaartOpties = {}): EntryCardProps {
  return {
    href: detailUrl('organisaties', o.id),
    title: o.data.naam,
    summary: o.data.samenvatting,
    facts: [labelOf(ORGANISATIE_SOORTEN, o.data.soort)],
    voorbeeld: o.data.voorbeeld,
    headingLevel: opties.headingLevel,
  };
}

/** Cards for a list of entries of one kind, in the list's order. */
export function kaarten<T>(
  items: readonly T[],
  maak: (item: T) => EntryCardProps | Promise<EntryCardProps>,
): Promise<EntryCardProps[]> {
  return Promise.all(items.map(maak));
}

/** Cards under one topic heading (components/kern/TopicGroups.astro). */
export interface ThemaGroep {
  thema: string;
  label: string;
  cards: EntryCardProps[];
  /** A link to the rest, when regional offers were left out (see metRegioBeperkt). */
  meer?: { href: string; tekst: string } | undefined;
}

/**
 * Services of a kern or gemeente page under their main topic, each topic with all services for
 * the place and at most REGIO_PER_LIJST for the whole region; the rest are on the topic page.
 */
export function dienstGroepen(diensten: readonly MetBereik<Dienst>[], opties: KaartOpties = {}): Promise<ThemaGroep[]> {
  return Promise.all(
    groupByTopic(diensten, (d) => d.item.data.thema).map(async (groep) => {
      const { items, regioWeggelaten } = metRegioBeperkt(groep.items, REGIO_PER_LIJST);
      return {
        thema: groep.thema,
        label: groep.label,
        cards: await kaarten(items, (d) => dienstKaart(d.item, opties)),
        meer:
          regioWeggelaten > 0
            ? {
                href: `${themaUrl(groep.thema)}#regio`,
                tekst: t('overzicht.meerRegio', {
                  wat: tn(regioWeggelaten, 'dienst', 'diensten'),
                  thema: groep.label.toLowerCase(),
                }),
              }
            : undefined,
      };
    }),
  );
}

/**
 * Information cards of a kern or gemeente page: all for the place, at most REGIO_PER_LIJST for
 * the whole region; `regioWeggelaten` counts the rest (the page then links to the topic pages).
 */
export async function informatieKaarten(
  informatie: readonly MetBereik<Informatie>[],
): Promise<{ cards: EntryCardProps[]; regioWeggelaten: number }> {
  const { items, regioWeggelaten } = metRegioBeperkt(informatie, REGIO_PER_LIJST);
  return { cards: await kaarten(items, (i) => informatieKaart(i.item)), regioWeggelaten };
}
