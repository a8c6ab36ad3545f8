/** Short Dutch sentences for the facts on entry pages, built from content fields. */
import { t } from '../i18n.ts';

/** "a", "a en b", "a, b en c": a list as part of a Dutch sentence. */
export function joinNl(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${t('entry.en')} ${items.at(-1)}`;
}

export interface GebiedNamen {
  regio?: boolean | undefined;
  /** Names of whole gemeenten. */
  gemeenten?: readonly string[] | undefined;
  /** Names of kernen. */
  kernen?: readonly string[] | undefined;
}

/** The area a service or information product is for: "Voor heel Den Helder en Den Burg". */
export function describeArea(gebied: GebiedNamen): string {
  if (gebied.regio) return t('entry.gebied.regio');
  const delen = [...(gebied.gemeenten ?? []).map((naam) => t('entry.gebied.heel', { naam })), ...(gebied.kernen ?? [])];
  return delen.length > 0 ? t('entry.gebied.voor', { lijst: joinNl(delen) }) : '';
}

/**
 * A page title that says where: "Koffieochtend in Julianadorp". Names that already mention the
 * place ("Het Huis van Julianadorp") stay as they are.
 */
export function titleWithPlace(naam: string, plaats: string): string {
  if (naam.toLocaleLowerCase('nl').includes(plaats.toLocaleLowerCase('nl'))) return naam;
  return t('entry.titel.in', { naam, plaats });
}

export interface Deelname {
  /** Walk-in (activities); absent for services, which say this through their access route. */
  inloop?: boolean | undefined;
  aanmelden?: string | undefined;
  zonderVerwijzing: boolean;
}

/** How to take part, in one or two short sentences. */
export function participationLines(deelname: Deelname): string[] {
  const regels: string[] = [];
  if (deelname.inloop === true) regels.push(t('entry.deelname.inloop'));
  if (deelname.inloop === false) regels.push(deelname.aanmelden?.trim() || t('entry.deelname.aanmelden'));
  regels.push(t(deelname.zonderVerwijzing ? 'entry.deelname.zonderVerwijzing' : 'entry.deelname.metVerwijzing'));
  return regels;
}

const MAANDEN = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** A calendar date "2026-10-14" as "14 oktober 2026". No time zone: the text is the date. */
export function formatDateLong(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const [, jaar, maand, dag] = match;
  return `${Number(dag)} ${MAANDEN[Number(maand) - 1] ?? maand} ${jaar}`;
}

/** The period of an information product: "Van 1 september 2026 tot en met 31 augustus 2027". */
export function describePeriod(
  van: string,
  tot: string | undefined,
  formatDate: (iso: string) => string = formatDateLong,
): string {
  if (!tot) return t('entry.periode.vanaf', { van: formatDate(van) });
  if (tot === van) return t('entry.periode.op', { datum: formatDate(van) });
  return t('entry.periode.vanTot', { van: formatDate(van), tot: formatDate(tot) });
}
