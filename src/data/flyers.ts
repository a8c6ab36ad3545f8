/**
 * What the A4 flyers show (issue 5): one per kern ("De Wegwijzer van <kern>") and one per topic
 * per gemeente where that topic has content. Reads through the query layer and caps every list
 * with lib/print/flyer.ts so a flyer stays within two A4 pages.
 */
import { chooseContact, type Contact } from '../lib/entry/contact.ts';
import { formatAddress } from '../lib/entry/address.ts';
import { formatKosten } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';
import { cap, capWeek, FLYER_LIMITS, type Capped } from '../lib/print/flyer.ts';
import { byWeekday, describeSchedule, type Tijdblok } from '../lib/schedule/index.ts';
import { KANALEN, THEMAS, WEEKDAGEN, labelOf, type ThemaId, type WeekdagId } from '../lib/vocabulary.ts';
import { alles, indexen, kernGids, type Activiteit, type Dienst, type Gemeente, type Kern } from './content.ts';

export interface FlyerRegel {
  /** "elke dinsdag van 9.30 tot 11.30 uur" */
  wanneer: string;
  naam: string;
  waar?: string | undefined;
}

export interface FlyerDag {
  weekday: WeekdagId;
  label: string;
  entries: FlyerRegel[];
}

export interface FlyerPlek {
  titel: string;
  ondertitel?: string | undefined;
  adres: string;
  open?: string | undefined;
  activiteiten: Capped<FlyerRegel>;
  /** Distance from the kern, for a meeting place elsewhere. */
  afstand?: string | undefined;
}

export interface FlyerDienst {
  naam: string;
  samenvatting: string;
  hoe: string;
  contact?: Contact | undefined;
}

export interface FlyerInhoud {
  plekken: Capped<FlyerPlek>;
  /** True when the plekken are elsewhere (the kern has no meeting place of its own). */
  plekkenElders: boolean;
  week: { groups: FlyerDag[]; rest: number };
  diensten: Capped<FlyerDienst>;
  loket: Gemeente['data']['loket'];
  /** True when anything on the flyer is demonstration content. */
  voorbeeld: boolean;
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A flyer hangs on a notice board for months: it gives the pattern without the cancelled days
 * ("niet op 24 december"); "Tijden kunnen veranderen" and the QR code lead to the exact dates.
 */
const zonderUitzonderingen = (blocks: readonly Tijdblok[]): Tijdblok[] =>
  blocks.map((block) => ({ ...block, behalve: [] }));

const wanneer = (blocks: readonly Tijdblok[]): string => describeSchedule(zonderUitzonderingen(blocks));

async function locatieNaam(id: string): Promise<string> {
  return (await indexen()).locatie.get(id)?.data.naam ?? id;
}

/** Recurring activities per weekday, capped; one line per activity per day. */
async function weekOverzicht(activiteiten: readonly Activiteit[]): Promise<FlyerInhoud['week']> {
  const namen = new Map(
    await Promise.all(activiteiten.map(async (a) => [a.id, await locatieNaam(a.data.locatie.id)] as const)),
  );
  const groups = byWeekday(
    activiteiten.map((a) => ({ id: a.id, blocks: zonderUitzonderingen(a.data.wanneer), activiteit: a })),
  )
    .filter((dag) => dag.entries.length > 0)
    .map((dag) => ({
      weekday: dag.weekday,
      label: capitalize(WEEKDAGEN[dag.weekday]),
      entries: dag.entries.map((entry) => ({
        wanneer: entry.description,
        naam: entry.item.activiteit.data.naam,
        waar: namen.get(entry.item.id),
      })),
    }));
  return capWeek(groups, FLYER_LIMITS.week);
}

async function dienstRegel(dienst: Dienst): Promise<FlyerDienst> {
  const ix = await indexen();
  const organisatie = ix.organisatie.get(dienst.data.organisatie.id);
  return {
    naam: dienst.data.naam,
    samenvatting: dienst.data.samenvatting,
    hoe: [...dienst.data.kanalen.map((id) => labelOf(KANALEN, id)), formatKosten(dienst.data.kosten)].join(' · '),
    contact: chooseContact(dienst.data.contact, organisatie?.data)?.contact,
  };
}

const isVoorbeeld = (...lists: readonly { data: { voorbeeld?: boolean | undefined } }[][]): boolean =>
  lists.some((list) => list.some((e) => e.data.voorbeeld === true));

/** The content of the flyer "De Wegwijzer van <kern>". */
export async function kernFlyer(kern: Kern): Promise<FlyerInhoud & { gemeente: Gemeente }> {
  const gids = await kernGids(kern);
  const ix = await indexen();
  const eigen = gids.plekken.map((plek) => ({
    titel: plek.locatie.data.huis_van_de_kern ? t('site.huisVan', { kern: kern.data.naam }) : plek.locatie.data.naam,
    ondertitel:
      plek.locatie.data.huis_van_de_kern && plek.locatie.data.naam !== t('site.huisVan', { kern: kern.data.naam })
        ? plek.locatie.data.naam
        : undefined,
    adres: formatAddress(plek.locatie.data.adres),
    open: plek.locatie.data.openingstijden ? wanneer(plek.locatie.data.openingstijden) : undefined,
    activiteiten: cap(
      plek.activiteiten.map((a) => ({ wanneer: wanneer(a.data.wanneer), naam: a.data.naam })),
      FLYER_LIMITS.activiteitenPerPlek,
    ),
  }));
  const elders = gids.dichtbij.map(({ plek, afstand }) => ({
    titel: plek.locatie.data.naam,
    ondertitel: plek.kern.data.naam,
    adres: formatAddress(plek.locatie.data.adres),
    open: plek.locatie.data.openingstijden ? wanneer(plek.locatie.data.openingstijden) : undefined,
    activiteiten: cap(
      (ix.activiteitenOp.get(plek.locatie.id) ?? []).map((a) => ({
        wanneer: wanneer(a.data.wanneer),
        naam: a.data.naam,
      })),
      FLYER_LIMITS.activiteitenPerPlek,
    ),
    afstand,
  }));
  const diensten = gids.diensten.map((d) => d.item);
  return {
    gemeente: gids.gemeente,
    plekken: cap(eigen.length > 0 ? eigen : elders, FLYER_LIMITS.plekken),
    plekkenElders: eigen.length === 0,
    week: await weekOverzicht(gids.activiteiten),
    diensten: cap(await Promise.all(diensten.map(dienstRegel)), FLYER_LIMITS.diensten),
    loket: gids.gemeente.data.loket,
    voorbeeld: isVoorbeeld(
      [kern, gids.gemeente],
      gids.plekken.map((p) => p.locatie),
      gids.activiteiten,
      diensten,
    ),
  };
}

export interface ThemaFlyerSleutel {
  gemeente: Gemeente;
  thema: ThemaId;
}

/** Activities in the gemeente and services for (part of) the gemeente or the region, on a topic. */
/** A gemeente's offer for all topics: its activities, and its services by reach (kern, gemeente). */
interface GemeenteAanbod {
  activiteiten: Activiteit[];
  /** Services for one of its kernen (reach 0), then for the whole gemeente (reach 1). */
  lokaal: Dienst[][];
}

interface AanbodPerGemeente {
  gemeenten: Map<string, GemeenteAanbod>;
  /** Services for the whole region (reach 2), in name order. */
  regio: Dienst[];
}

let aanbodCache: Promise<AanbodPerGemeente> | undefined;

/**
 * Every gemeente's activities and services, grouped in one pass over the content. The topic
 * flyers ask per gemeente and topic; filtering all entries for each of those calls grew with
 * gemeenten × topics × entries and stalled a build at national scale. Lists keep the name order
 * of `alles()`.
 */
function aanbodPerGemeente(): Promise<AanbodPerGemeente> {
  aanbodCache ??= (async () => {
    const all = await alles();
    const ix = await indexen();
    const gemeenten = new Map<string, GemeenteAanbod>(
      all.gemeenten.map((g) => [g.id, { activiteiten: [], lokaal: [[], []] }]),
    );
    const gemeenteVanKern = (kernId: string) => ix.kern.get(kernId)?.data.gemeente.id;
    for (const a of all.activiteiten) {
      const locatie = ix.locatie.get(a.data.locatie.id);
      const gemeente = locatie && gemeenteVanKern(locatie.data.kern.id);
      if (gemeente) gemeenten.get(gemeente)?.activiteiten.push(a);
    }
    const regio: Dienst[] = [];
    for (const d of all.diensten) {
      const w = d.data.werkgebied;
      const viaKern = new Set((w.kernen ?? []).map((ref) => gemeenteVanKern(ref.id)));
      for (const id of new Set((w.gemeenten ?? []).map((ref) => ref.id)))
        if (!viaKern.has(id)) gemeenten.get(id)?.lokaal[1]?.push(d);
      for (const gemeente of viaKern) if (gemeente) gemeenten.get(gemeente)?.lokaal[0]?.push(d);
      if (w.regio) regio.push(d);
    }
    return { gemeenten, regio };
  })();
  return aanbodCache;
}

async function themaAanbod(
  gemeente: Gemeente,
  thema: ThemaId,
): Promise<{ activiteiten: Activiteit[]; diensten: Dienst[]; lokaal: number }> {
  const { gemeenten, regio } = await aanbodPerGemeente();
  const eigen = gemeenten.get(gemeente.id);
  const metThema = (d: Dienst) => d.data.thema.includes(thema);
  // Nearest reach first: kernen of this gemeente, then the whole gemeente, then the region.
  const lokaal = (eigen?.lokaal ?? []).map((lijst) => lijst.filter(metThema));
  const alLokaal = new Set(lokaal.flat());
  const diensten = [...lokaal.flat(), ...regio.filter((d) => metThema(d) && !alLokaal.has(d))];
  return {
    activiteiten: (eigen?.activiteiten ?? []).filter((a) => a.data.thema.includes(thema)),
    diensten,
    lokaal: alLokaal.size,
  };
}

/**
 * Every topic per gemeente with something of its own (an activity, or a service for the gemeente or
 * one of its kernen): one flyer each. Regional services alone would give the same flyer in every
 * gemeente, and the topic page has no section for that gemeente to link to.
 */
export async function themaFlyerSleutels(): Promise<ThemaFlyerSleutel[]> {
  const all = await alles();
  const sleutels: ThemaFlyerSleutel[] = [];
  for (const gemeente of all.gemeenten) {
    for (const thema of Object.keys(THEMAS) as ThemaId[]) {
      const aanbod = await themaAanbod(gemeente, thema);
      if (aanbod.activiteiten.length + aanbod.lokaal > 0) sleutels.push({ gemeente, thema });
    }
  }
  return sleutels;
}

/** The content of the flyer about `thema` in `gemeente`. */
export async function themaFlyer(gemeente: Gemeente, thema: ThemaId): Promise<FlyerInhoud> {
  const { activiteiten, diensten } = await themaAanbod(gemeente, thema);
  const eenmalig = activiteiten.filter((a) => a.data.wanneer.every((b) => b.herhaling === 'eenmalig'));
  const week = await weekOverzicht(activiteiten);
  return {
    plekken: { shown: [], rest: 0 },
    plekkenElders: false,
    week: { groups: week.groups, rest: week.rest + eenmalig.length },
    diensten: cap(await Promise.all(diensten.map(dienstRegel)), FLYER_LIMITS.diensten),
    loket: gemeente.data.loket,
    voorbeeld: isVoorbeeld([gemeente], activiteiten, diensten),
  };
}
