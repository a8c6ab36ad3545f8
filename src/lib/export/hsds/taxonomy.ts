/**
 * The published taxonomy: our closed vocabularies (topics, target groups, Positieve Gezondheid,
 * kinds, channels, access routes, flags) and the areas (region, gemeenten, kernen) as HSDS
 * taxonomies and taxonomy terms. Attributes link entries to these terms.
 */
import { absoluteUrl, gemeenteUrl, kernUrl, themaUrl } from '../../urls.ts';
import {
  DOELGROEPEN,
  INFORMATIE_SOORTEN,
  KANALEN,
  LOCATIE_SOORTEN,
  ORGANISATIE_SOORTEN,
  POSITIEVE_GEZONDHEID,
  THEMAS,
  TOEGANG,
} from '../../vocabulary.ts';
import { sortedById, type Alles } from '../bron.ts';
import { stableId } from '../ids.ts';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types.ts';

/** Version of the published taxonomy; raise it when a term's meaning changes. */
export const TAXONOMY_VERSION = '1';

/** Code of the area term for the whole region. */
export const REGIO_CODE = 'kop-van-noord-holland';

interface TaxonomyDef {
  name: string;
  description: string;
}

/** The taxonomies, by code. */
export const TAXONOMIES = {
  thema: {
    name: "Thema's van De Wegwijzer",
    description: 'Onderwerpen uit het dagelijks leven waarop je het aanbod kunt zoeken.',
  },
  doelgroep: { name: 'Voor wie', description: 'Voor wie een activiteit, dienst of informatie bedoeld is.' },
  'positieve-gezondheid': {
    name: 'Positieve Gezondheid',
    description: 'De zes gebieden van Positieve Gezondheid waar een aanbod bij past.',
  },
  'soort-aanbod': {
    name: 'Soort aanbod',
    description: 'Wat voor aanbod het is: een activiteit, een dienst, informatie of het loket van de gemeente.',
  },
  'soort-plek': { name: 'Soort plek', description: 'Wat voor plek een locatie is.' },
  'soort-organisatie': { name: 'Soort organisatie', description: 'Wat voor organisatie het is.' },
  kanaal: {
    name: 'Hoe het werkt',
    description: 'Hoe een dienst gegeven wordt: op een vaste plek, online, telefonisch of bij je thuis.',
  },
  toegang: { name: 'Hoe je begint', description: 'Hoe je gebruik maakt van een dienst.' },
  kenmerk: { name: 'Kenmerken', description: 'Kenmerken van een aanbod of plek, zoals inloop en voorbeeldinhoud.' },
  gebied: { name: 'Gebieden', description: 'De regio Kop van Noord-Holland, haar gemeenten en haar kernen en wijken.' },
} as const satisfies Record<string, TaxonomyDef>;

export type TaxonomyCode = keyof typeof TAXONOMIES;

/** Flags (taxonomy `kenmerk`). */
export const KENMERKEN = {
  voorbeeld: 'Voorbeeld: verzonnen inhoud om de site te laten zien. Adres, tijden en contactgegevens kloppen niet.',
  inloop: 'Inloop: je kunt zonder aanmelden binnenlopen.',
  'zonder-verwijzing': 'Zonder verwijzing: je hebt geen verwijzing van huisarts of wijkteam nodig.',
  'huis-van-de-kern': 'Het Huis van de kern: de vaste ontmoetingsplek van een kern of wijk.',
  ontmoetingsplek: 'Ontmoetingsplek: je kunt hier zomaar binnenlopen om mensen te ontmoeten.',
} as const;

/** Kinds of offer (taxonomy `soort-aanbod`); information products have their kind as a child term. */
export const AANBOD_SOORTEN = {
  activiteit: 'Activiteit',
  dienst: 'Dienst',
  informatie: 'Informatie',
  loket: 'Loket van de gemeente',
} as const;

const PG_UITLEG: Record<keyof typeof POSITIEVE_GEZONDHEID, string> = {
  lichaam: 'Je lichaam: gezond zijn, bewegen, slapen en eten.',
  mentaal: 'Je goed voelen: je hoofd erbij houden en omgaan met wat er gebeurt.',
  zingeving: 'Wat je leven de moeite waard maakt: idealen, doelen en waar je dankbaar voor bent.',
  'kwaliteit-van-leven': 'Genieten en je gelukkig voelen, ook als niet alles lukt.',
  meedoen: 'Contact met anderen, ergens bij horen en dingen doen die je zinvol vindt.',
  'dagelijks-functioneren': 'Voor jezelf zorgen, werken, leren en omgaan met geld.',
};

export function taxonomyId(code: TaxonomyCode): string {
  return stableId('taxonomy', code);
}

/** The id of a term: e.g. termId('thema', 'geld'). */
export function termId(taxonomy: TaxonomyCode, code: string): string {
  return stableId('taxonomy_term', `${taxonomy}:${code}`);
}

function taxonomyUri(site: string, code: TaxonomyCode): string {
  return absoluteUrl(`/open-data/#taxonomie-${code}`, site);
}

export function buildTaxonomies(site: string): HsdsTaxonomy[] {
  return (Object.entries(TAXONOMIES) as [TaxonomyCode, TaxonomyDef][]).map(([code, def]) => ({
    id: taxonomyId(code),
    name: def.name,
    description: def.description,
    uri: taxonomyUri(site, code),
    version: TAXONOMY_VERSION,
  }));
}

function term(
  taxonomy: TaxonomyCode,
  code: string,
  name: string,
  description: string,
  extra: { parent?: string; uri?: string } = {},
): HsdsTaxonomyTerm {
  return {
    id: termId(taxonomy, code),
    code,
    name,
    description,
    ...(extra.parent !== undefined ? { parent_id: termId(taxonomy, extra.parent) } : {}),
    taxonomy: TAXONOMIES[taxonomy].name,
    language: 'nl',
    taxonomy_id: taxonomyId(taxonomy),
    ...(extra.uri !== undefined ? { term_uri: extra.uri } : {}),
  };
}

function vocabularyTerms(
  taxonomy: TaxonomyCode,
  vocabulary: Record<string, string>,
  describe: (code: string, label: string) => string,
): HsdsTaxonomyTerm[] {
  return Object.entries(vocabulary).map(([code, label]) => term(taxonomy, code, label, describe(code, label)));
}

/** Every term of every taxonomy, areas taken from the content (gemeenten and kernen). */
export function buildTaxonomyTerms(alles: Alles, site: string): HsdsTaxonomyTerm[] {
  const label = (taxonomy: TaxonomyCode) => (_code: string, name: string) => `${TAXONOMIES[taxonomy].name}: ${name}.`;
  const terms: HsdsTaxonomyTerm[] = [
    ...Object.entries(THEMAS).map(([code, name]) =>
      term('thema', code, name, `Thema: ${name}.`, { uri: absoluteUrl(themaUrl(code), site) }),
    ),
    ...vocabularyTerms('doelgroep', DOELGROEPEN, (_code, name) => `${name}.`),
    ...vocabularyTerms(
      'positieve-gezondheid',
      POSITIEVE_GEZONDHEID,
      (code, name) => `${name}. ${PG_UITLEG[code as keyof typeof PG_UITLEG]}`,
    ),
    ...vocabularyTerms('soort-aanbod', AANBOD_SOORTEN, label('soort-aanbod')),
    ...Object.entries(INFORMATIE_SOORTEN).map(([code, name]) =>
      term('soort-aanbod', `informatie-${code}`, name, `Informatie: ${name}.`, { parent: 'informatie' }),
    ),
    ...vocabularyTerms('soort-plek', LOCATIE_SOORTEN, label('soort-plek')),
    ...vocabularyTerms('soort-organisatie', ORGANISATIE_SOORTEN, label('soort-organisatie')),
    ...vocabularyTerms('kanaal', KANALEN, label('kanaal')),
    ...vocabularyTerms('toegang', TOEGANG, label('toegang')),
    ...Object.entries(KENMERKEN).map(([code, description]) =>
      term('kenmerk', code, description.split(':')[0] ?? code, description),
    ),
    term(
      'gebied',
      REGIO_CODE,
      'Kop van Noord-Holland',
      'De regio Kop van Noord-Holland: de gemeenten Den Helder, Hollands Kroon, Schagen en Texel.',
      { uri: absoluteUrl('/', site) },
    ),
    ...sortedById(alles.gemeenten).map((g) =>
      term('gebied', `gemeente-${g.id}`, g.data.naam, `Gemeente ${g.data.naam} (CBS-code ${g.data.cbs_code}).`, {
        parent: REGIO_CODE,
        uri: absoluteUrl(gemeenteUrl(g.id), site),
      }),
    ),
    ...sortedById(alles.kernen).map((k) =>
      term(
        'gebied',
        `kern-${k.id}`,
        k.data.naam,
        `${k.data.soort === 'wijk' ? 'Wijk' : 'Woonkern'} ${k.data.naam}. ${k.data.intro}`,
        {
          parent: `gemeente-${k.data.gemeente.id}`,
          uri: absoluteUrl(kernUrl(k.data.gemeente.id, k.id), site),
        },
      ),
    ),
  ];
  return terms;
}
