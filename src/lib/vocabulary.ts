/**
 * Closed vocabularies: every id an editor may use in a content file, with the Dutch label the
 * site shows. This is the one place to add a topic, target group or kind; schemas, filters,
 * exports and the CMS configuration all read from here.
 */

/** Everyday topics a resident recognises; each has a topic page under /thema/<id>/. */
export const THEMAS = {
  ontmoeten: 'Ontmoeten en samen doen',
  bewegen: 'Bewegen en sport',
  gezondheid: 'Gezondheid',
  'je-goed-voelen': 'Je goed voelen',
  geld: 'Geld en rondkomen',
  opvoeding: 'Opvoeden en opgroeien',
  taal: 'Taal en lezen',
  digitaal: 'Computer, telefoon en internet',
  werk: 'Werk, school en leren',
  vrijwilligerswerk: 'Vrijwilligerswerk',
  mantelzorg: 'Mantelzorg',
  'thuis-wonen': 'Thuis wonen en hulp in huis',
  'iedereen-hoort-erbij': 'Iedereen hoort erbij',
} as const;

/** Who an offer is for, worded as "Voor ..." so filters never label people. */
export const DOELGROEPEN = {
  iedereen: 'Voor iedereen',
  kinderen: 'Voor kinderen',
  jongeren: 'Voor jongeren',
  ouders: 'Voor ouders en gezinnen',
  ouderen: 'Voor ouderen',
  mantelzorgers: 'Voor mantelzorgers',
  vrijwilligers: 'Voor vrijwilligers',
  nieuwkomers: 'Voor nieuwe inwoners',
  werkzoekenden: 'Voor wie werk zoekt',
  beperking: 'Voor mensen met een beperking',
  'extra-steun': 'Voor wie wat extra steun kan gebruiken',
} as const;

/** The six dimensions of Positieve Gezondheid (Machteld Huber's model). */
export const POSITIEVE_GEZONDHEID = {
  lichaam: 'Lichaamsfuncties',
  mentaal: 'Mentaal welbevinden',
  zingeving: 'Zingeving',
  'kwaliteit-van-leven': 'Kwaliteit van leven',
  meedoen: 'Meedoen',
  'dagelijks-functioneren': 'Dagelijks functioneren',
} as const;

/** Kinds of meeting places and venues. */
export const LOCATIE_SOORTEN = {
  buurtkamer: 'Buurtkamer',
  wijksteunpunt: 'Wijksteunpunt',
  wijkcentrum: 'Wijkcentrum',
  dorpshuis: 'Dorpshuis',
  bibliotheek: 'Bibliotheek',
  kindcentrum: 'Kindcentrum',
  school: 'School',
  sportclub: 'Sportclub',
  jongerenpunt: 'Jongerenpunt',
  zorgcentrum: 'Zorgcentrum',
  gemeentehuis: 'Gemeentehuis',
  gezondheidscentrum: 'Gezondheidscentrum',
  kerk: 'Kerk of gebedshuis',
  buitenlocatie: 'Buiten (verzamelpunt)',
  anders: 'Andere plek',
} as const;

/** Kinds of organisations (HSDS organization; used for grouping and the CMS). */
export const ORGANISATIE_SOORTEN = {
  gemeente: 'Gemeente',
  welzijn: 'Welzijnsorganisatie',
  bibliotheek: 'Bibliotheek',
  zorg: 'Zorg en gezondheid',
  onderwijs: 'Onderwijs en kinderopvang',
  sport: 'Sport',
  wonen: 'Wonen',
  werk: 'Werk en inkomen',
  vrijwilligers: 'Vrijwilligersorganisatie',
  samenwerking: 'Samenwerkingsverband',
  anders: 'Andere organisatie',
} as const;

/** How a service is delivered (HSDS: service_at_location vs. service_area and contacts). */
export const KANALEN = {
  'op-locatie': 'Op een vaste plek',
  online: 'Online',
  telefoon: 'Telefonisch',
  'aan-huis': 'Bij je thuis',
} as const;

/** How a person gets access (HSDS: application_process), worded as what you can do. */
export const TOEGANG = {
  inloop: 'Je kunt zo binnenlopen',
  'zelf-bellen': 'Bel gerust zelf',
  'zelf-aanmelden': 'Je kunt je zelf aanmelden',
  'via-huisarts': 'Je huisarts kan je aanmelden',
  'via-wijkteam': 'Het wijkteam kan je aanmelden',
  online: 'Online, wanneer het jou uitkomt',
} as const;

/** Kinds of information products (answers to collective signals, project 3b). */
export const INFORMATIE_SOORTEN = {
  informatiepakket: 'Informatiepakket',
  webinar: 'Webinar',
  informatiebijeenkomst: 'Informatiebijeenkomst',
  flyer: 'Flyer',
  campagne: 'Campagne',
} as const;

/** Cost kinds (HSDS cost_option). */
export const KOSTEN_SOORTEN = {
  gratis: 'Gratis',
  betaald: 'Betaald',
  'vrijwillige-bijdrage': 'Vrijwillige bijdrage',
} as const;

/** Wheelchair access of a location (HSDS accessibility). */
export const ROLSTOEL = {
  ja: 'Goed toegankelijk met een rolstoel',
  deels: 'Deels toegankelijk met een rolstoel',
  nee: 'Niet toegankelijk met een rolstoel',
} as const;

/** Weekday ids in Dutch abbreviations, Monday first (the Dutch week). */
export const WEEKDAGEN = {
  ma: 'maandag',
  di: 'dinsdag',
  wo: 'woensdag',
  do: 'donderdag',
  vr: 'vrijdag',
  za: 'zaterdag',
  zo: 'zondag',
} as const;

/** Recurrence kinds of a schedule block (mapped to RFC 5545 FREQ/INTERVAL). */
export const HERHALINGEN = {
  eenmalig: 'Eén keer',
  wekelijks: 'Elke week',
  tweewekelijks: 'Om de week',
  maandelijks: 'Elke maand (op een vaste weekdag)',
} as const;

/** Kinds of places (kernen collection). */
export const KERN_SOORTEN = {
  woonkern: 'Woonkern',
  wijk: 'Wijk',
} as const;

export type ThemaId = keyof typeof THEMAS;
export type DoelgroepId = keyof typeof DOELGROEPEN;
export type DimensieId = keyof typeof POSITIEVE_GEZONDHEID;
export type LocatieSoortId = keyof typeof LOCATIE_SOORTEN;
export type KanaalId = keyof typeof KANALEN;
export type ToegangId = keyof typeof TOEGANG;
export type WeekdagId = keyof typeof WEEKDAGEN;
export type HerhalingId = keyof typeof HERHALINGEN;

/** The ids of a vocabulary as a non-empty tuple, the shape `z.enum` needs. */
export function idsOf<T extends Record<string, string>>(vocabulary: T): [keyof T & string, ...(keyof T & string)[]] {
  const ids = Object.keys(vocabulary) as (keyof T & string)[];
  if (ids.length === 0) throw new Error('A vocabulary needs at least one id');
  return ids as [keyof T & string, ...(keyof T & string)[]];
}

/** The Dutch label of an id, or the id itself for an unknown one (never throws while rendering). */
export function labelOf<T extends Record<string, string>>(vocabulary: T, id: string): string {
  return (vocabulary as Record<string, string>)[id] ?? id;
}
