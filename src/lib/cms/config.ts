/**
 * The Decap CMS configuration (public/admin/config.yml), generated from the zod schemas via
 * `veldDocs` (src/lib/schema-docs.ts), so the form editor and the validator cannot drift apart.
 * `npm run cms:config` writes it; a unit test checks it is up to date and agrees field by field.
 *
 * Widgets: dates → datetime (date only, YYYY-MM-DD); references → relation; closed vocabularies
 * → select; lists of groups → list with fields; yes/no → boolean; numbers → number; the markdown
 * body → markdown. `ligging` is an object with lat/lon numbers: Decap's map widget stores a
 * GeoJSON string, which the schema (and the HSDS export) do not accept.
 */
import { BESCHRIJVING_VERPLICHT, COLLECTIES, type CollectieNaam } from '../../schema/collections.ts';
import { plainSchemas } from '../../schema/plain.ts';
import { veldDocs, type VeldDoc } from '../schema-docs.ts';
import { ENKELVOUD } from '../validation/collectie-namen.ts';

export interface CmsVeld {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  options?: string[];
  multiple?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  value_type?: string;
  pattern?: [string, string];
  field?: CmsVeld;
  fields?: CmsVeld[];
  default?: unknown;
}

export interface CmsCollectie {
  name: string;
  label: string;
  label_singular: string;
  folder: string;
  create: boolean;
  extension: 'md';
  format: 'frontmatter';
  slug: string;
  summary: string;
  fields: CmsVeld[];
}

export interface CmsConfig {
  backend: { name: 'github'; repo: string; branch: string };
  publish_mode: 'editorial_workflow';
  locale: 'nl';
  media_folder: string;
  public_folder: string;
  collections: CmsCollectie[];
}

const LABELS: Record<CollectieNaam, string> = {
  gemeenten: 'Gemeenten',
  kernen: 'Kernen en wijken',
  locaties: 'Plekken',
  organisaties: 'Organisaties',
  activiteiten: 'Activiteiten',
  diensten: 'Diensten',
  informatie: 'Informatie',
};

/** The widget for a documented field (without nested fields). */
export function widgetVoor(doc: VeldDoc): Omit<CmsVeld, 'name' | 'label' | 'required'> {
  const lijst = doc.soort.startsWith('lijst');
  if (doc.verwijzing)
    return {
      widget: 'relation',
      collection: doc.verwijzing,
      value_field: '{{slug}}',
      search_fields: ['naam'],
      display_fields: ['naam'],
      ...(lijst ? { multiple: true } : {}),
    };
  if (doc.keuzes) return { widget: 'select', options: doc.keuzes, ...(lijst ? { multiple: true } : {}) };
  if (doc.soort.startsWith('datum'))
    return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
  if (doc.soort.startsWith('tijd'))
    return { widget: 'string', pattern: ['^([01]\\d|2[0-3]):[0-5]\\d$', 'Schrijf uu:mm, bijvoorbeeld 09:30'] };
  if (doc.soort === 'lijst van datum (jjjj-mm-dd)') return { widget: 'list' };
  if (doc.soort === 'lijst van groepen velden') return { widget: 'list' };
  if (doc.soort.startsWith('lijst')) return { widget: 'list' };
  if (doc.soort.startsWith('ja/nee')) return { widget: 'boolean' };
  if (doc.soort === 'getal') return { widget: 'number', value_type: 'float' };
  if (doc.soort === 'groep velden') return { widget: 'object' };
  return { widget: 'string' };
}

/** Builds the nested CMS fields from the flat field docs (`wanneer[].van` under `wanneer`). */
export function cmsVelden(docs: readonly VeldDoc[], prefix = ''): CmsVeld[] {
  const direct = docs.filter((d) => d.pad.startsWith(prefix) && !/[.[]/.test(d.pad.slice(prefix.length)));
  return direct.map((doc) => {
    const name = doc.pad.slice(prefix.length);
    const veld: CmsVeld = {
      name,
      label: name.replace(/_/g, ' '),
      required: doc.verplicht,
      ...(doc.uitleg ? { hint: doc.uitleg } : {}),
      ...widgetVoor(doc),
    };
    if (veld.widget === 'object') veld.fields = cmsVelden(docs, `${doc.pad}.`);
    if (veld.widget === 'list' && docs.some((d) => d.pad.startsWith(`${doc.pad}[].`)))
      veld.fields = cmsVelden(docs, `${doc.pad}[].`);
    if (veld.widget === 'datetime' || veld.widget === 'list') {
      // A list of dates: one datetime per item.
      if (doc.soort.startsWith('lijst van datum'))
        veld.field = {
          name: 'datum',
          label: 'datum',
          required: true,
          widget: 'datetime',
          format: 'YYYY-MM-DD',
          date_format: 'YYYY-MM-DD',
          time_format: false,
        };
    }
    if (doc.pad === 'voorbeeld') veld.default = false;
    return veld;
  });
}

export function cmsConfig(repo: string, branch = 'main'): CmsConfig {
  return {
    backend: { name: 'github', repo, branch },
    publish_mode: 'editorial_workflow',
    locale: 'nl',
    media_folder: 'public/media',
    public_folder: '/media',
    collections: COLLECTIES.map((c) => ({
      name: c,
      label: LABELS[c],
      label_singular: ENKELVOUD[c],
      folder: `content/${c}`,
      create: true,
      extension: 'md',
      format: 'frontmatter',
      slug: '{{slug}}',
      summary: '{{naam}}',
      fields: [
        ...cmsVelden(veldDocs(plainSchemas[c])),
        {
          name: 'body',
          label: 'beschrijving',
          widget: 'markdown',
          required: BESCHRIJVING_VERPLICHT.includes(c),
          hint: 'Een paar korte zinnen in gewone taal (B1): wat is het, voor wie, wat kun je er doen?',
        },
      ],
    })),
  };
}

/** "owner/name" from a GitHub URL. */
export function repoVan(url: string): string {
  return new URL(url).pathname.replace(/^\/|\/$/g, '').replace(/\.git$/, '');
}
