/** The short facts and badges on an entry card, from plain values. */
import { formatKosten, type Kosten } from '../format.ts';
import { t } from '../i18n.ts';

/** What an entry card shows; plain values, so any page can fill them. */
export interface EntryCardProps {
  href: string;
  title: string;
  summary: string;
  /** Short facts, one line each: "Elke dinsdag van 9.30 tot 11.30 uur", "Buurtkamer De Schakel", "Gratis". */
  facts?: string[] | undefined;
  /** Short labels shown as badges, e.g. "Inloop". */
  badges?: string[] | undefined;
  voorbeeld?: boolean | undefined;
  /** Level of the card's heading, one below the heading of the list it is in. Default 3. */
  headingLevel?: 2 | 3 | 4 | undefined;
}

export interface CardFeiten {
  /** The schedule in words: "elke dinsdag van 9.30 tot 11.30 uur". */
  wanneer?: string | undefined;
  /** Where: "Buurtkamer De Schakel, Julianadorp", or the area of a service. */
  waar?: string | undefined;
  kosten?: Kosten | undefined;
}

/** One line per known fact, in the order a resident scans them: when, where, cost. */
export function cardFacts(feiten: CardFeiten): string[] {
  const regels: string[] = [];
  if (feiten.wanneer) regels.push(capitalize(feiten.wanneer));
  if (feiten.waar) regels.push(feiten.waar);
  if (feiten.kosten) regels.push(capitalize(formatKosten(feiten.kosten)));
  return regels;
}

/** Badges worth seeing at a glance: walk-in, and "no referral needed" when it is not obvious. */
export function cardBadges(opties: { inloop?: boolean | undefined; extra?: readonly string[] }): string[] {
  return [...(opties.inloop ? [t('entry.badge.inloop')] : []), ...(opties.extra ?? [])];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
