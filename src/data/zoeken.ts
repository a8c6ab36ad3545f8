/**
 * Search index data for pages: turns an entry, a kern or a topic into the pure `ZoekInvoer` of
 * src/lib/search/index-data.ts, and adds the extra terms from src/data/zoekwoorden.yml.
 */
import { parse } from 'yaml';
import bron from './zoekwoorden.yml?raw';
import { t } from '../lib/i18n.ts';
import { describeSchedule } from '../lib/schedule/describe.ts';
import {
  plaatsTekst,
  zoekFilters,
  zoekMeta,
  type Bereik,
  type Plaats,
  type Regio,
  type ZoekInvoer,
  type ZoekSoort,
} from '../lib/search/index-data.ts';
import { checkZoekwoorden, extraTerms } from '../lib/search/zoekwoorden.ts';
import { DOELGROEPEN, KERN_SOORTEN, labelOf, THEMAS } from '../lib/vocabulary.ts';
import {
  alles,
  indexen,
  type Activiteit,
  type Dienst,
  type Informatie,
  type Kern,
  type Locatie,
  type Organisatie,
} from './content.ts';

/** The curated word parts and synonyms (checked once per build). */
export const ZOEKWOORDEN = checkZoekwoorden(parse(bron));

export type ZoekEntry = Activiteit | Dienst | Locatie | Organisatie | Informatie;

let regioCache: Promise<Regio> | undefined;

async function regio(): Promise<Regio> {
  regioCache ??= (async () => {
    const { kernen } = await alles();
    const ix = await indexen();
    return {
      kernen: kernen.map((k) => ({
        id: k.id,
        naam: k.data.naam,
        gemeente: {
          id: k.data.gemeente.id,
          naam: ix.gemeente.get(k.data.gemeente.id)?.data.naam ?? k.data.gemeente.id,
        },
      })),
    };
  })();
  return regioCache;
}

const SOORT_LABEL: Record<ZoekSoort, Parameters<typeof t>[0]> = {
  activiteit: 'entry.soort.activiteit',
  dienst: 'entry.soort.dienst',
  plek: 'entry.soort.plek',
  informatie: 'entry.soort.informatie',
  organisatie: 'entry.soort.organisatie',
  wegwijzer: 'zoeken.soort.wegwijzer',
  onderwerp: 'zoeken.soort.onderwerp',
};

async function kernPlaats(kernId: string): Promise<Plaats & { gemeente: Plaats }> {
  const r = await regio();
  const kern = r.kernen.find((k) => k.id === kernId);
  if (!kern) throw new Error(`Geen kern met id "${kernId}" gevonden.`);
  return kern;
}

type Werkgebied = {
  regio?: boolean | undefined;
  gemeenten?: { id: string }[] | undefined;
  kernen?: { id: string }[] | undefined;
};

async function gebied(werkgebied: Werkgebied): Promise<Bereik> {
  const ix = await indexen();
  return {
    soort: 'gebied',
    regio: werkgebied.regio === true,
    gemeenten: (werkgebied.gemeenten ?? []).map((g) => ({ id: g.id, naam: ix.gemeente.get(g.id)?.data.naam ?? g.id })),
    kernen: await Promise.all((werkgebied.kernen ?? []).map((k) => kernPlaats(k.id))),
  };
}

async function inKern(locatieId: string): Promise<Bereik> {
  const ix = await indexen();
  const locatie = ix.locatie.get(locatieId);
  if (!locatie) throw new Error(`Geen locatie met id "${locatieId}" gevonden.`);
  return { soort: 'kern', kernen: [await kernPlaats(locatie.data.kern.id)] };
}

async function rolstoelOp(locatieIds: readonly string[]): Promise<boolean> {
  const ix = await indexen();
  return locatieIds.some((id) => ix.locatie.get(id)?.data.rolstoel === 'ja');
}

const wanneerTekst = (blocks: Parameters<typeof describeSchedule>[0] | undefined): string | undefined =>
  blocks && blocks.length > 0 ? describeSchedule(blocks) : undefined;

/** The search input of an entry's detail page. */
export async function zoekInvoerVoorEntry(entry: ZoekEntry): Promise<ZoekInvoer> {
  switch (entry.collection) {
    case 'activiteiten': {
      const d = entry.data;
      return {
        soort: 'activiteit',
        titel: d.naam,
        samenvatting: d.samenvatting,
        bereik: await inKern(d.locatie.id),
        thema: d.thema,
        doelgroep: d.doelgroep,
        wanneer: d.wanneer,
        wanneerTekst: wanneerTekst(d.wanneer),
        gratis: d.kosten.soort === 'gratis',
        inloop: d.inloop,
        rolstoel: await rolstoelOp([d.locatie.id]),
      };
    }
    case 'diensten': {
      const d = entry.data;
      return {
        soort: 'dienst',
        titel: d.naam,
        samenvatting: d.samenvatting,
        bereik: await gebied(d.werkgebied),
        thema: d.thema,
        doelgroep: d.doelgroep,
        wanneer: d.wanneer,
        wanneerTekst: wanneerTekst(d.wanneer),
        gratis: d.kosten.soort === 'gratis',
        inloop: d.toegang === 'inloop',
        rolstoel: await rolstoelOp(d.locaties.map((l) => l.id)),
        kanalen: d.kanalen,
      };
    }
    case 'locaties': {
      const d = entry.data;
      return {
        soort: 'plek',
        titel: d.naam,
        samenvatting: d.samenvatting,
        bereik: { soort: 'kern', kernen: [await kernPlaats(d.kern.id)] },
        wanneer: d.openingstijden,
        wanneerTekst: wanneerTekst(d.openingstijden),
        inloop: d.huis_van_de_kern || d.ontmoetingsplek,
        rolstoel: d.rolstoel === 'ja',
      };
    }
    case 'informatie': {
      const d = entry.data;
      return {
        soort: 'informatie',
        titel: d.naam,
        samenvatting: d.samenvatting,
        bereik: d.locatie ? await inKern(d.locatie.id) : await gebied(d.werkgebied),
        thema: d.thema,
        doelgroep: d.doelgroep,
        wanneer: d.wanneer,
        wanneerTekst: wanneerTekst(d.wanneer),
        gratis: d.kosten?.soort === 'gratis',
        rolstoel: d.locatie ? await rolstoelOp([d.locatie.id]) : false,
        kanalen: d.soort === 'webinar' ? ['online'] : [],
      };
    }
    case 'organisaties': {
      const d = entry.data;
      return {
        soort: 'organisatie',
        titel: d.naam,
        samenvatting: d.samenvatting,
        bereik: await gebied({ gemeenten: d.gemeenten }),
      };
    }
  }
}

/** The search input of a kern's guide page ("De Wegwijzer van <kern>"). */
export async function zoekInvoerVoorKern(kern: Kern): Promise<ZoekInvoer> {
  return {
    soort: 'wegwijzer',
    titel: t('site.kern', { kern: kern.data.naam }),
    samenvatting: kern.data.intro,
    bereik: { soort: 'kern', kernen: [await kernPlaats(kern.id)] },
  };
}

/** The search input of a topic page. */
export function zoekInvoerVoorThema(thema: string): ZoekInvoer {
  return {
    soort: 'onderwerp',
    titel: labelOf(THEMAS, thema),
    samenvatting: t('thema.beschrijving', { thema: labelOf(THEMAS, thema) }),
    bereik: { soort: 'gebied', regio: true, gemeenten: [], kernen: [] },
    thema: [thema],
  };
}

export interface ZoekAttributen {
  filters: [naam: string, waarde: string][];
  meta: [naam: string, waarde: string][];
  /** Extra words for the index: compound parts, synonyms, place names. */
  woorden: string;
}

/** Filters, metadata and extra terms of a page, ready for SearchMeta.astro. */
export async function zoekAttributen(invoer: ZoekInvoer, eigenTekst: string): Promise<ZoekAttributen> {
  const filters = zoekFilters(invoer, await regio());
  const plaats = plaatsTekst(invoer.bereik, {
    heel: t('entry.gebied.heel', { naam: '{naam}' }),
    regio: t('zoeken.plaats.regio'),
    en: t('entry.en'),
  });
  const meta = zoekMeta(invoer, { soort: t(SOORT_LABEL[invoer.soort]), plaats });
  const labels = [
    ...(invoer.thema ?? []).map((id) => labelOf(THEMAS, id)),
    ...(invoer.doelgroep ?? []).map((id) => labelOf(DOELGROEPEN, id)),
  ];
  const tekst = [invoer.titel, invoer.samenvatting ?? '', eigenTekst, ...labels].join(' ');
  const plaatsen =
    invoer.bereik.soort === 'kern'
      ? invoer.bereik.kernen.flatMap((k) => [k.naam, k.gemeente.naam])
      : invoer.bereik.gemeenten.map((g) => g.naam);
  return {
    filters: Object.entries(filters).flatMap(([naam, waarden]) => waarden.map((w): [string, string] => [naam, w])),
    meta: Object.entries(meta),
    woorden: [...extraTerms(tekst, ZOEKWOORDEN), ...plaatsen].join(' '),
  };
}

/** A kern's kind as a word for the index ("Woonkern", "Wijk"). */
export const kernSoortWoord = (kern: Kern): string => labelOf(KERN_SOORTEN, kern.data.soort);
