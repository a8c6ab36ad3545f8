/**
 * "Nieuw en gewijzigd": Atom feeds (RFC 4287) of the newest and most recently checked entries,
 * one for the region and one per kern. An entry's `updated` is its gecontroleerd date, so a
 * feed reader shows an entry again when someone has checked it again. No build time anywhere:
 * the feed's own `updated` is its newest entry's date.
 */
import { formatDateNl } from '../schedule/format.ts';
import { t } from '../i18n.ts';
import { absoluteUrl, detailUrl, feedUrl, homeUrl, kernUrl } from '../urls.ts';
import { activiteitenInKern, type Alles, type Kern } from './bron.ts';
import { stableId } from './ids.ts';
import { el, xmlDocument, type XmlElement } from './xml.ts';

/** How many entries a feed holds (the newest first). */
export const FEED_LIMIT = 50;

/** The `updated` of a feed without entries (a fixed date, never the build time). */
export const EMPTY_FEED_UPDATED = '2024-01-01';

type FeedCollection = 'activiteiten' | 'diensten' | 'informatie' | 'locaties' | 'organisaties';

const KIND_KEY = {
  activiteiten: 'entry.soort.activiteit',
  diensten: 'entry.soort.dienst',
  informatie: 'entry.soort.informatie',
  locaties: 'entry.soort.plek',
  organisaties: 'entry.soort.organisatie',
} as const;

export interface FeedItem {
  collection: FeedCollection;
  id: string;
  title: string;
  summary: string;
  updated: string;
  voorbeeld: boolean;
}

interface Werkgebied {
  regio?: boolean | undefined;
  gemeenten?: readonly { id: string }[] | undefined;
  kernen?: readonly { id: string }[] | undefined;
}

function servesKern(werkgebied: Werkgebied, kern: Kern): boolean {
  return (
    werkgebied.regio === true ||
    (werkgebied.gemeenten ?? []).some((g) => g.id === kern.data.gemeente.id) ||
    (werkgebied.kernen ?? []).some((k) => k.id === kern.id)
  );
}

/** Entries of the region (kern undefined) or of one kern: newest gecontroleerd first, at most FEED_LIMIT. */
export function feedItems(alles: Alles, kern?: Kern): FeedItem[] {
  const item = (
    collection: FeedCollection,
    entry: { id: string; data: { naam: string; samenvatting: string; gecontroleerd: string; voorbeeld: boolean } },
  ): FeedItem => ({
    collection,
    id: entry.id,
    title: entry.data.naam,
    summary: entry.data.samenvatting,
    updated: entry.data.gecontroleerd,
    voorbeeld: entry.data.voorbeeld,
  });
  const items: FeedItem[] = [
    ...(kern ? activiteitenInKern(alles, kern.id) : alles.activiteiten).map((a) => item('activiteiten', a)),
    ...alles.locaties.filter((l) => !kern || l.data.kern.id === kern.id).map((l) => item('locaties', l)),
    ...alles.diensten.filter((d) => !kern || servesKern(d.data.werkgebied, kern)).map((d) => item('diensten', d)),
    ...alles.informatie.filter((i) => !kern || servesKern(i.data.werkgebied, kern)).map((i) => item('informatie', i)),
    ...(kern ? [] : alles.organisaties.map((o) => item('organisaties', o))),
  ];
  return items
    .sort((a, b) =>
      a.updated !== b.updated
        ? a.updated < b.updated
          ? 1
          : -1
        : a.collection !== b.collection
          ? a.collection < b.collection
            ? -1
            : 1
          : a.id < b.id
            ? -1
            : a.id > b.id
              ? 1
              : 0,
    )
    .slice(0, FEED_LIMIT);
}

const atomDate = (date: string) => `${date}T00:00:00Z`;

export interface FeedOptions {
  site: string;
  siteName: string;
  license: string;
  kern?: Kern | undefined;
}

/** The Atom document of a feed. */
export function buildAtomFeed(items: readonly FeedItem[], options: FeedOptions): string {
  const { site, kern } = options;
  const self = absoluteUrl(feedUrl(kern?.id), site);
  const page = absoluteUrl(kern ? kernUrl(kern.data.gemeente.id, kern.id) : homeUrl(), site);
  const updated = items.reduce((newest, i) => (i.updated > newest ? i.updated : newest), EMPTY_FEED_UPDATED);
  const entries: XmlElement[] = items.map((i) => {
    const url = absoluteUrl(detailUrl(i.collection, i.id), site);
    const kind = t(KIND_KEY[i.collection]);
    const title = i.voorbeeld ? `${i.title} (${t('label.voorbeeld').toLowerCase()})` : i.title;
    return el('entry', {}, [
      el('id', {}, `urn:uuid:${stableId(i.collection, i.id)}`),
      el('title', { type: 'text' }, title),
      el('link', { rel: 'alternate', type: 'text/html', href: url }),
      el('updated', {}, atomDate(i.updated)),
      el('category', { term: i.collection, label: kind }),
      el(
        'summary',
        { type: 'text' },
        `${kind}: ${i.summary} ${t('export.feed.gecontroleerd', { datum: formatDateNl(i.updated, { weekday: false }) })}`,
      ),
    ]);
  });
  return xmlDocument(
    el('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'nl' }, [
      el('id', {}, `urn:uuid:${stableId('feeds', kern?.id ?? 'regio')}`),
      el('title', { type: 'text' }, kern ? t('export.feed.kern', { kern: kern.data.naam }) : t('export.feed.regio')),
      el('subtitle', { type: 'text' }, t('export.feed.uitleg')),
      el('updated', {}, atomDate(updated)),
      el('link', { rel: 'self', type: 'application/atom+xml', href: self }),
      el('link', { rel: 'alternate', type: 'text/html', href: page }),
      el('author', {}, [el('name', {}, options.siteName), el('uri', {}, absoluteUrl(homeUrl(), site))]),
      el('rights', { type: 'text' }, options.license),
      ...entries,
    ]),
  );
}
