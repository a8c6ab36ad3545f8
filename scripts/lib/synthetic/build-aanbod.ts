/**
 * The offers residents look for: activities at locations, services for an area, and information
 * products. They refer to the organisations and locations in the registry.
 */
import { ACTIVITEIT_SOORTEN } from './catalog-activiteiten.ts';
import { DIENST_SOORTEN, INFORMATIE_SOORTEN_CATALOGUS } from './catalog-diensten.ts';
import {
  contentFile,
  kostenRecord,
  orgFor,
  uniqueIds,
  type Context,
  type GeneratedFile,
  type Registry,
} from './context.ts';
import { weightedPicker, type Random } from './random.ts';
import { beheer, contact } from './records.ts';
import { activiteitRooster, addDays, eenmalig, eindigtAlsReeks, openingstijden } from './schedule.ts';
import { activiteitTekst, aanbodTekst, fill, kostenTekst, kostenZin, roosterTekst, type Slots } from './text.ts';

const AANMELDEN = [
  'Bel of mail {org}.',
  'Meld je aan via de website van {org}.',
  'Aanmelden kan tot een dag van tevoren bij {org}.',
  'Bel of mail; er is plek voor ongeveer twaalf mensen.',
];

/** `count` activities, each at a registered location in a kern that has one. */
export function* activiteiten(
  ctx: Context,
  registry: Registry,
  random: Random,
  count: number,
): Generator<GeneratedFile> {
  const { today, gemeenteOf } = ctx;
  const kernenMetPlek = ctx.kernen.filter((k) => registry.locsByKern.has(k.id));
  const pickKernMetPlek = weightedPicker(
    kernenMetPlek,
    kernenMetPlek.map((k) => k.gewicht),
  );
  const actId = uniqueIds();
  for (let i = 0; i < count; i++) {
    const soort = random.weighted(
      ACTIVITEIT_SOORTEN,
      ACTIVITEIT_SOORTEN.map((s) => s.gewicht),
    );
    const kern = pickKernMetPlek(random);
    const gemeente = gemeenteOf(kern);
    const here = registry.locsByKern.get(kern.id) ?? [];
    const fitting = here.filter((l) => soort.plekken.includes(l.soort));
    const loc = random.pick(fitting.length > 0 ? fitting : here);
    const org = loc.org && random.chance(0.7) ? loc.org : orgFor(random, registry, gemeente.id, loc.soort);
    const baseNaam = random.pick(soort.namen);
    const naam = random.chance(0.5) ? `${baseNaam} in ${kern.naam}` : baseNaam;
    const id = actId(`${baseNaam} ${kern.naam}`);
    const slots: Slots = { kern: kern.naam, gemeente: gemeente.naam, org: org.naam, plek: loc.naam };
    const kosten = kostenRecord(random.pick(soort.kosten));
    const inloop = random.chance(soort.inloop);
    const aanmelden = inloop ? undefined : fill(random.pick(AANMELDEN), slots);
    const samenvatting = fill(random.pick(soort.samenvatting), slots);
    const wanneer = eindigtAlsReeks(
      activiteitRooster(random, today, soort.dagdeel),
      `${naam} ${samenvatting}`,
      random,
      today,
    );
    yield contentFile(
      'activiteiten',
      id,
      gemeente.id,
      {
        naam,
        samenvatting,
        thema: [...soort.thema],
        doelgroep: [...soort.doelgroep],
        positieve_gezondheid: [...soort.dimensies],
        ...beheer(random, ctx.today, org.naam, ctx.seed),
        locatie: loc.id,
        organisatie: org.id,
        wanneer,
        kosten,
        inloop,
        aanmelden,
        zonder_verwijzing: true,
        contact: random.chance(0.25)
          ? contact(random, id, gemeente.netnummer, { telefoon: 0.7, email: 0.6, website: 0.1 })
          : undefined,
      },
      activiteitTekst(random, {
        samenvatting,
        wat: soort.wat,
        doelgroep: soort.doelgroep,
        slots,
        ookInDeBuurt: random
          .sample(
            ACTIVITEIT_SOORTEN.filter((s) => s !== soort),
            random.int(2, 3),
          )
          .map((s) => s.namen[0] as string),
        praktisch: {
          wanneer: roosterTekst(wanneer),
          waar: `${loc.naam}, ${loc.adres}`,
          kosten: kostenTekst(kosten),
          aanmelden: aanmelden ?? 'niet nodig, je kunt zo binnenlopen.',
        },
      }),
    );
  }
}

/** `count` services, for the whole region, a gemeente or a few kernen. */
export function* diensten(ctx: Context, registry: Registry, random: Random, count: number): Generator<GeneratedFile> {
  const { today, gemeenteOf, pickKern, kernenByGemeente } = ctx;
  const dienstId = uniqueIds();
  for (let i = 0; i < count; i++) {
    const soort = random.weighted(
      DIENST_SOORTEN,
      DIENST_SOORTEN.map((s) => s.gewicht),
    );
    const kern = pickKern(random);
    const gemeente = gemeenteOf(kern);
    const bereik = random.pick(soort.bereik);
    const org =
      bereik === 'regio' && registry.regionalOrgs.length > 0 && random.chance(0.6)
        ? random.pick(registry.regionalOrgs)
        : orgFor(random, registry, gemeente.id);
    const area = bereik === 'regio' ? 'de regio' : bereik === 'gemeente' ? gemeente.naam : kern.naam;
    const werkgebied =
      bereik === 'regio'
        ? { regio: true }
        : bereik === 'gemeente'
          ? { gemeenten: [gemeente.id] }
          : {
              kernen: [
                kern.id,
                ...random
                  .sample(
                    (kernenByGemeente.get(gemeente.id) ?? []).filter((k) => k.id !== kern.id),
                    random.int(0, 2),
                  )
                  .map((k) => k.id),
              ],
            };
    let kanalen = random.sample(soort.kanalen, random.int(1, soort.kanalen.length));
    const places = random.sample(registry.locsByGemeente.get(gemeente.id) ?? [], random.int(1, 2));
    if (kanalen.includes('op-locatie') && places.length === 0) kanalen = kanalen.filter((k) => k !== 'op-locatie');
    if (kanalen.length === 0) kanalen = ['telefoon'];
    const baseNaam = random.pick(soort.namen);
    const naam = bereik === 'regio' ? baseNaam : `${baseNaam} ${area}`;
    const id = dienstId(naam);
    const slots: Slots = { kern: kern.naam, gemeente: gemeente.naam, org: org.naam };
    const toegangUitleg = random.pick(soort.toegangUitleg);
    const samenvatting = fill(random.pick(soort.samenvatting), slots);
    const kosten = kostenRecord(random.pick(soort.kosten));
    const toegang = random.pick(soort.toegang);
    yield contentFile(
      'diensten',
      id,
      bereik === 'regio' ? 'regio' : gemeente.id,
      {
        naam: naam.slice(0, 90),
        samenvatting,
        thema: [...soort.thema],
        doelgroep: [...soort.doelgroep],
        positieve_gezondheid: [...soort.dimensies],
        ...beheer(random, ctx.today, org.naam, ctx.seed),
        organisatie: org.id,
        werkgebied,
        kanalen,
        locaties: kanalen.includes('op-locatie') ? places.map((l) => l.id) : [],
        toegang,
        toegang_uitleg: toegangUitleg,
        kosten,
        zonder_verwijzing: !toegang.startsWith('via-'),
        wanneer: soort.bereikbaarheid
          ? eindigtAlsReeks(openingstijden(random, false), `${naam} ${samenvatting}`, random, today)
          : undefined,
        contact: random.chance(0.5)
          ? contact(random, id, gemeente.netnummer, { telefoon: 0.8, email: 0.6, website: 0.5 })
          : undefined,
      },
      aanbodTekst(random, {
        samenvatting,
        wat: soort.wat,
        doelgroep: soort.doelgroep,
        kop: 'Hoe werkt het?',
        begin: `${toegangUitleg} ${kostenZin(kosten)}`,
        slots,
      }),
    );
  }
}

/** `count` information products: packages, webinars, meetings, flyers, campaigns. */
export function* informatie(ctx: Context, registry: Registry, random: Random, count: number): Generator<GeneratedFile> {
  const { today, gemeenteOf, pickKern } = ctx;
  const anyLocations = [...registry.locsByKern.values()][0] ?? [];
  const infoId = uniqueIds();
  for (let i = 0; i < count; i++) {
    const soort = random.weighted(
      INFORMATIE_SOORTEN_CATALOGUS,
      INFORMATIE_SOORTEN_CATALOGUS.map((s) => s.gewicht),
    );
    const kern = pickKern(random);
    const gemeente = gemeenteOf(kern);
    const org = orgFor(random, registry, gemeente.id);
    const regio = soort.soort === 'campagne' || random.chance(0.2);
    const meeting = soort.soort === 'informatiebijeenkomst' || soort.soort === 'webinar';
    const van = meeting ? addDays(today, random.int(3, 100)) : addDays(today, -random.int(0, 200));
    const tot = meeting
      ? van
      : soort.soort === 'campagne'
        ? addDays(van, 7)
        : random.chance(0.3)
          ? addDays(van, random.int(60, 365))
          : undefined;
    const locatie =
      soort.soort === 'informatiebijeenkomst'
        ? random.pick(registry.locsByGemeente.get(gemeente.id) ?? anyLocations)
        : undefined;
    const wanneer = meeting
      ? eenmalig(random, van, soort.soort === 'webinar' ? 'avond' : random.pick(['middag', 'avond'] as const))
      : undefined;
    const baseNaam = random.pick(soort.namen);
    const naam = regio ? baseNaam : `${baseNaam} (${gemeente.naam})`;
    const id = infoId(naam);
    const slots: Slots = {
      kern: kern.naam,
      gemeente: gemeente.naam,
      org: org.naam,
      ...(locatie ? { plek: locatie.naam } : {}),
    };
    const samenvatting = fill(random.pick(soort.samenvatting), slots);
    const waar = locatie
      ? `De bijeenkomst is in ${locatie.naam}, ${locatie.adres}`
      : soort.soort === 'webinar'
        ? 'Je kijkt online mee, vanuit huis'
        : 'Je vindt het online en op papier in de bibliotheek';
    yield contentFile(
      'informatie',
      id,
      regio ? 'regio' : gemeente.id,
      {
        naam: naam.slice(0, 90),
        samenvatting,
        thema: [...soort.thema],
        doelgroep: [...soort.doelgroep],
        positieve_gezondheid: [...soort.dimensies],
        ...beheer(random, ctx.today, org.naam, ctx.seed),
        soort: soort.soort,
        organisatie: org.id,
        werkgebied: regio ? { regio: true } : { gemeenten: [gemeente.id] },
        van,
        tot,
        wanneer,
        locatie: locatie?.id,
        link: `https://example.org/${id}/`,
        kosten: { soort: 'gratis' },
      },
      aanbodTekst(random, {
        samenvatting,
        wat: soort.wat,
        doelgroep: soort.doelgroep,
        kop: 'Wat is het?',
        begin: `${waar}${wanneer ? `, ${roosterTekst(wanneer)}` : ''}. ${meeting ? 'Aanmelden kan via de link op deze pagina.' : 'Je kunt het gratis bekijken of downloaden.'}`,
        slots,
      }),
    );
  }
}
