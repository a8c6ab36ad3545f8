/** Small building blocks shared by the HSDS mappers: contacts, phones, attributes, costs. */
import { formatKosten, telHref } from '../../format.ts';
import { KOSTEN_SOORTEN } from '../../vocabulary.ts';
import { stableId } from '../ids.ts';
import { termId, type TaxonomyCode } from './taxonomy.ts';
import type { HsdsAttribute, HsdsContact, HsdsCostOption, HsdsPhone, LinkEntity } from './types.ts';

/** `T` with every field that may be `undefined` made optional instead (what `compact` returns). */
export type Compact<T> = { [K in keyof T as undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as undefined extends T[K] ? K : never]?: Exclude<T[K], undefined>;
};

/** The object without its `undefined` fields (key order kept), so JSON has no empty keys. */
export function compact<T extends object>(object: T): Compact<T> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Compact<T>;
}

/** "gratis" → "Gratis". */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface Owner {
  /** Collection and id of the entry the object belongs to (the source of its stable id). */
  collection: string;
  id: string;
  /** The name shown for a function address, e.g. the organisation's name. */
  name: string;
}

export interface ContactVelden {
  telefoon?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  toelichting?: string | undefined;
}

/** Which entity a contact or phone belongs to, as HSDS link fields. */
export type ContactLink = { organization_id: string } | { service_id: string } | { location_id: string };

/**
 * A phone number as dialled from anywhere: +31223123456; 14-numbers and 0800/0900 numbers
 * only work inside the Netherlands and keep their national digits.
 */
export function dialNumber(telefoon: string): string {
  return telHref(telefoon).slice('tel:'.length);
}

/** HSDS phones and contacts for one contact block (function addresses only, no persons). */
export function contactRecords(
  owner: Owner,
  link: ContactLink,
  contact: ContactVelden | undefined,
  part = 'contact',
): { phones: HsdsPhone[]; contacts: HsdsContact[] } {
  if (!contact) return { phones: [], contacts: [] };
  const phones: HsdsPhone[] = contact.telefoon
    ? [
        compact({
          id: stableId(owner.collection, owner.id, `${part}-phone`),
          ...link,
          number: dialNumber(contact.telefoon),
          type: 'voice' as const,
          description: contact.toelichting,
        }),
      ]
    : [];
  const contacts: HsdsContact[] = contact.email
    ? [{ id: stableId(owner.collection, owner.id, `${part}-email`), ...link, name: owner.name, email: contact.email }]
    : [];
  return { phones, contacts };
}

/** One attribute per term, linking an entity to our taxonomy. */
export function attributes(
  entity: LinkEntity,
  linkId: string,
  terms: readonly (readonly [TaxonomyCode, string])[],
): HsdsAttribute[] {
  const seen = new Set<string>();
  const out: HsdsAttribute[] = [];
  for (const [taxonomy, code] of terms) {
    const key = `${taxonomy}:${code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({
      id: stableId('attribute', `${linkId}:${key}`),
      link_id: linkId,
      taxonomy_term_id: termId(taxonomy, code),
      link_entity: entity,
    });
  }
  return out;
}

export interface KostenVelden {
  soort: keyof typeof KOSTEN_SOORTEN;
  bedrag?: number | undefined;
  toelichting?: string | undefined;
}

/** The HSDS cost option of a `kosten` block (free is an amount of 0 euro). */
export function costOption(owner: Owner, serviceId: string, kosten: KostenVelden): HsdsCostOption {
  return compact({
    id: stableId(owner.collection, owner.id, 'cost'),
    service_id: serviceId,
    option: KOSTEN_SOORTEN[kosten.soort],
    currency: 'EUR',
    amount: kosten.soort === 'gratis' ? 0 : kosten.bedrag,
    amount_description: kosten.toelichting,
  });
}

/** The fees text of a service: "Gratis", "€ 2,50 (per keer)". */
export function feesDescription(kosten: KostenVelden): string {
  const text = capitalize(formatKosten(kosten));
  return kosten.toelichting ? `${text}. ${kosten.toelichting}` : text;
}
