/**
 * HSDS organizations: every entry of `organisaties`, and every gemeente as an organization of
 * its own (its loket, the municipal contact route, is a service: see services.ts).
 */
import { sortedById, descriptionOf, type Gemeente, type Organisatie } from '../bron.ts';
import { stableId } from '../ids.ts';
import { attributes, compact, contactRecords } from './parts.ts';
import type { TaxonomyCode } from './taxonomy.ts';
import type { HsdsTables } from './types.ts';

export const organizationId = (organisatieId: string): string => stableId('organisaties', organisatieId);
export const gemeenteOrganizationId = (gemeenteId: string): string => stableId('gemeenten', gemeenteId);

export function organisatieRows(organisatie: Organisatie): Partial<HsdsTables> {
  const { data } = organisatie;
  const id = organizationId(organisatie.id);
  const owner = { collection: 'organisaties', id: organisatie.id, name: data.naam };
  const { phones, contacts } = contactRecords(owner, { organization_id: id }, data.contact);
  const terms: [TaxonomyCode, string][] = [
    ['soort-organisatie', data.soort],
    ...sortedById(data.gemeenten).map((g): [TaxonomyCode, string] => ['gebied', `gemeente-${g.id}`]),
    ...(data.voorbeeld ? [['kenmerk', 'voorbeeld'] as [TaxonomyCode, string]] : []),
  ];
  return {
    organizations: [
      compact({
        id,
        name: data.naam,
        description: descriptionOf(organisatie) ?? data.samenvatting,
        email: data.contact.email,
        website: data.contact.website,
      }),
    ],
    phones,
    contacts,
    attributes: attributes('organization', id, terms),
  };
}

export function gemeenteOrganisatieRows(gemeente: Gemeente): Partial<HsdsTables> {
  const { data } = gemeente;
  const id = gemeenteOrganizationId(gemeente.id);
  return {
    organizations: [
      {
        id,
        name: `Gemeente ${data.naam}`,
        description: `De gemeente ${data.naam}. Met je vragen over zorg, geld, opvoeden en meedoen kun je terecht bij ${data.loket.naam}.`,
        website: data.website,
      },
    ],
    attributes: attributes('organization', id, [
      ['soort-organisatie', 'gemeente'],
      ['gebied', `gemeente-${gemeente.id}`],
      ...(data.voorbeeld ? [['kenmerk', 'voorbeeld'] as const] : []),
    ]),
  };
}
