/**
 * The compact index behind /lijstje/ (served as /data/lijstje.json): for every entry that can go
 * on the shortlist, by its list key ("a.taalcafe-den-helder"), what the printed list shows: name,
 * link, kind, when, where, cost and contact. Built once per build from the query layer.
 */
import { describeArea, describePeriod } from '../lib/entry/text.ts';
import { chooseContact, type Contact } from '../lib/entry/contact.ts';
import { formatAddress } from '../lib/entry/address.ts';
import { formatKosten, formatPhone, telHref, type Kosten } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';
import { itemKey, type LijstjeCollectie } from '../lib/lijstje/ids.ts';
import { describeSchedule } from '../lib/schedule/index.ts';
import { detailUrl } from '../lib/urls.ts';
import { KANALEN, labelOf } from '../lib/vocabulary.ts';
import { alles, indexen, type Indexen } from './content.ts';

/** One entry as the shortlist shows it. Short keys: the file is fetched by phones. */
export interface LijstjeRegel {
  /** name */
  n: string;
  /** page URL (site path) */
  u: string;
  /** kind: "Activiteit", "Plek", ... */
  s: string;
  /** when */
  w?: string | undefined;
  /** where */
  p?: string | undefined;
  /** cost */
  k?: string | undefined;
  /** contact: phone as read and as tel: link, e-mail, website */
  c?: { t?: string; h?: string; e?: string; w?: string } | undefined;
  /** demonstration content */
  v?: true;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const kosten = (k: Kosten): string => capitalize(formatKosten(k));

function contact(c: Contact | undefined): LijstjeRegel['c'] {
  if (!c) return undefined;
  const out: NonNullable<LijstjeRegel['c']> = {};
  if (c.telefoon) {
    out.t = formatPhone(c.telefoon);
    out.h = telHref(c.telefoon);
  }
  if (c.email) out.e = c.email;
  if (c.website) out.w = c.website;
  return Object.keys(out).length > 0 ? out : undefined;
}

function gebied(
  ix: Indexen,
  w: { regio?: boolean | undefined; gemeenten?: { id: string }[] | undefined; kernen?: { id: string }[] | undefined },
): string {
  return describeArea({
    regio: w.regio === true,
    gemeenten: (w.gemeenten ?? []).map((ref) => ix.gemeente.get(ref.id)?.data.naam ?? ref.id),
    kernen: (w.kernen ?? []).map((ref) => ix.kern.get(ref.id)?.data.naam ?? ref.id),
  });
}

function plek(ix: Indexen, locatieId: string): string | undefined {
  const locatie = ix.locatie.get(locatieId);
  if (!locatie) return undefined;
  return `${locatie.data.naam}, ${formatAddress(locatie.data.adres)}`;
}

const schoon = (regel: LijstjeRegel): LijstjeRegel =>
  Object.fromEntries(Object.entries(regel).filter(([, v]) => v !== undefined && v !== '')) as unknown as LijstjeRegel;

const key = (collectie: LijstjeCollectie, id: string): string => itemKey({ collectie, id });

/** key → what the shortlist shows, for every activity, service, location, organisation and information product. */
export async function lijstjeIndex(): Promise<Record<string, LijstjeRegel>> {
  const all = await alles();
  const ix = await indexen();
  const out: Record<string, LijstjeRegel> = {};
  for (const a of all.activiteiten) {
    const org = ix.organisatie.get(a.data.organisatie.id);
    out[key('activiteiten', a.id)] = schoon({
      n: a.data.naam,
      u: detailUrl('activiteiten', a.id),
      s: t('entry.soort.activiteit'),
      w: capitalize(describeSchedule(a.data.wanneer)),
      p: plek(ix, a.data.locatie.id),
      k: kosten(a.data.kosten),
      c: contact(chooseContact(a.data.contact, org?.data)?.contact),
      ...(a.data.voorbeeld ? { v: true as const } : {}),
    });
  }
  for (const d of all.diensten) {
    const org = ix.organisatie.get(d.data.organisatie.id);
    const plekken = d.data.locaties.map((ref) => plek(ix, ref.id)).filter((p): p is string => Boolean(p));
    out[key('diensten', d.id)] = schoon({
      n: d.data.naam,
      u: detailUrl('diensten', d.id),
      s: t('entry.soort.dienst'),
      w: d.data.kanalen.map((id) => labelOf(KANALEN, id)).join(' · '),
      p: plekken.length > 0 ? plekken.join('; ') : gebied(ix, d.data.werkgebied),
      k: kosten(d.data.kosten),
      c: contact(chooseContact(d.data.contact, org?.data)?.contact),
      ...(d.data.voorbeeld ? { v: true as const } : {}),
    });
  }
  for (const l of all.locaties) {
    const org = l.data.organisatie ? ix.organisatie.get(l.data.organisatie.id) : undefined;
    out[key('locaties', l.id)] = schoon({
      n: l.data.naam,
      u: detailUrl('locaties', l.id),
      s: t('entry.soort.plek'),
      w: l.data.openingstijden ? capitalize(describeSchedule(l.data.openingstijden)) : undefined,
      p: formatAddress(l.data.adres),
      c: contact(chooseContact(l.data.contact, org?.data)?.contact),
      ...(l.data.voorbeeld ? { v: true as const } : {}),
    });
  }
  for (const o of all.organisaties) {
    out[key('organisaties', o.id)] = schoon({
      n: o.data.naam,
      u: detailUrl('organisaties', o.id),
      s: t('entry.soort.organisatie'),
      c: contact(o.data.contact),
      ...(o.data.voorbeeld ? { v: true as const } : {}),
    });
  }
  for (const i of all.informatie) {
    const org = ix.organisatie.get(i.data.organisatie.id);
    out[key('informatie', i.id)] = schoon({
      n: i.data.naam,
      u: detailUrl('informatie', i.id),
      s: t('entry.soort.informatie'),
      w: describePeriod(i.data.van, i.data.tot),
      p: i.data.locatie ? plek(ix, i.data.locatie.id) : gebied(ix, i.data.werkgebied),
      k: i.data.kosten ? kosten(i.data.kosten) : undefined,
      c: contact(org?.data.contact),
      ...(i.data.voorbeeld ? { v: true as const } : {}),
    });
  }
  return out;
}
