/**
 * The Decap CMS configuration (public/admin/config.yml), generated from the zod schemas via
 * `veldDocs` (src/lib/schema-docs.ts), so the form editor and the validator cannot drift apart.
 * `npm run cms:config` writes it; a unit test checks it is up to date and agrees field by field.
 *
 * Widgets: dates → datetime (date only, YYYY-MM-DD); references → relation; closed vocabularies
 * → select; lists of groups → list with fields; yes/no → boolean; numbers → number; the markdown
 * body → markdown. `ligging` is an object with lat/lon numbers: Decap's map widget stores a
 * GeoJSON string, which the schema (and the HSDS export) do not accept.
 *
 * Entries live in subfolders per gemeente (`content/activiteiten/texel/…`), so every collection
 * is a nested collection (`nested.subfolders: false`: no index file per folder). In a nested
 * collection Decap's `{{slug}}` of an entry is its path (`texel/koffie`), while our id is the file
 * name alone (src/schema/ids.ts): relations therefore store `{{filename}}`. Without `meta.path`,
 * new entries are written at the top of the collection folder; the folder does not change the id.
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
  options?: (string | CmsKeuze)[];
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

/** A select option that stores a number (Decap stores `value` as it is typed here). */
export interface CmsKeuze {
  label: string;
  value: number;
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
  identifier_field: string;
  summary: string;
  nested: { depth: number; subfolders: false; summary: string };
  fields: CmsVeld[];
}

export interface CmsConfig {
  backend: { name: 'github'; repo: string; branch: string };
  publish_mode: 'editorial_workflow';
  locale: 'nl';
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
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

/** Labels for the numeric choices of `weken` (week of the month). */
const WEEK_LABELS: Record<string, string> = {
  '1': '1: eerste week',
  '2': '2: tweede week',
  '3': '3: derde week',
  '4': '4: vierde week',
  '-1': '-1: laatste week',
};

/** Select options; numeric choices (`weken`) become `{ label, value: number }` so Decap stores numbers. */
export function keuzeOpties(doc: VeldDoc): (string | CmsKeuze)[] {
  const keuzes = doc.keuzes ?? [];
  if (!doc.getallen) return keuzes;
  return keuzes.map((k) => ({ label: WEEK_LABELS[k] ?? k, value: Number(k) }));
}

/** The widget for a documented field (without nested fields). */
export function widgetVoor(doc: VeldDoc): Omit<CmsVeld, 'name' | 'label' | 'required'> {
  const lijst = doc.soort.startsWith('lijst');
  if (doc.verwijzing)
    return {
      widget: 'relation',
      collection: doc.verwijzing,
      value_field: '{{filename}}',
      search_fields: ['naam'],
      display_fields: ['naam'],
      ...(lijst ? { multiple: true } : {}),
    };
  if (doc.keuzes) return { widget: 'select', options: keuzeOpties(doc), ...(lijst ? { multiple: true } : {}) };
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

/** Folder levels below a collection folder the CMS reads: `<gemeente>/<file>.md` plus one spare. */
export const NESTED_DEPTH = 3;

export function cmsConfig(repo: string, branch = 'main'): CmsConfig {
  return {
    backend: { name: 'github', repo, branch },
    publish_mode: 'editorial_workflow',
    locale: 'nl',
    media_folder: 'public/media',
    public_folder: '/media',
    // File names become ids: lower case, a-z, 0-9 and hyphens (ID_PATROON in src/schema/pieces.ts).
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: COLLECTIES.map((c) => ({
      name: c,
      label: LABELS[c],
      label_singular: ENKELVOUD[c],
      folder: `content/${c}`,
      create: true,
      extension: 'md',
      format: 'frontmatter',
      slug: '{{slug}}',
      identifier_field: 'naam',
      summary: '{{naam}}',
      nested: { depth: NESTED_DEPTH, subfolders: false, summary: '{{naam}}' },
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
