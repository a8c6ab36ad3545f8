/**
 * Organisations and locations: the entries other entries refer to. Each gemeente gets a welfare
 * organisation first; each kern gets a meeting place first (largest kernen first).
 */
import { ROLSTOEL, type LocatieSoortId } from '../../../src/lib/vocabulary.ts';
import { REGIO_GRENZEN } from '../../../src/schema/pieces.ts';
import {
  EIGENNAMEN,
  LOCATIE_GEWICHTEN,
  LOCATIE_NAMEN,
  ONTMOETINGSPLEK_SOORTEN,
  ORGANISATIE_SJABLONEN,
  SPORTNAMEN,
  STRATEN,
} from './catalog-plekken.ts';
import {
  append,
  contentFile,
  orgFor,
  uniqueIds,
  type Context,
  type GeneratedFile,
  type Loc,
  type Org,
  type Registry,
} from './context.ts';
import { round4, type GemeentePlace, type KernPlace } from './places.ts';
import { weightedPicker, type Random } from './random.ts';
import { beheer, contact } from './records.ts';
import { openingstijden } from './schedule.ts';
import { fill, locatieTekst, organisatieTekst, type Slots } from './text.ts';

const LOCATIE_SAMENVATTING: Record<LocatieSoortId, string> = {
  buurtkamer: 'Een huiskamer voor de buurt: binnenlopen voor koffie, een praatje en activiteiten.',
  wijksteunpunt: 'Het steunpunt van de wijk: spreekuren, koffie en hulp bij vragen.',
  wijkcentrum: 'Wijkcentrum met zalen voor clubs, cursussen en ontmoeting.',
  dorpshuis: 'Het dorpshuis: het hart van het dorp voor clubs, feesten en ontmoeting.',
  bibliotheek: 'Boeken lenen, lezen, leren en elkaar ontmoeten, met een Taalhuis en Digicafé.',
  kindcentrum: 'School, opvang en peuterwerk onder één dak, met activiteiten voor ouders.',
  school: 'Basisschool die na schooltijd ruimte biedt aan activiteiten voor de buurt.',
  sportclub: 'Sportpark en clubhuis met sporten voor jong en oud.',
  jongerenpunt: 'Een eigen plek voor jongeren, met jongerenwerkers om mee te praten.',
  zorgcentrum: 'Woonzorgcentrum met een restaurant en activiteiten die open zijn voor de buurt.',
  gemeentehuis: 'Het gemeentehuis, met de balie en spreekuren van het sociaal team.',
  gezondheidscentrum: 'Huisartsen, fysiotherapie en praktijkondersteuners onder één dak.',
  kerk: 'Kerkgebouw dat ook open is voor koffie, koor en ontmoeting.',
  buitenlocatie: 'Verzamelpunt in de buitenlucht voor wandelingen en buitenactiviteiten.',
  anders: 'Een ruimte waar activiteiten voor de buurt plaatsvinden.',
};

const TOEGANKELIJKHEID: Record<'ja' | 'deels' | 'nee', readonly string[]> = {
  ja: [
    'Gelijkvloers, met een automatische deur en een invalidentoilet.',
    'Er is een lift en een invalidentoilet; de ingang heeft geen drempel.',
  ],
  deels: [
    'De benedenzaal is gelijkvloers; de bovenzaal is alleen met de trap bereikbaar.',
    'Er is een kleine drempel bij de ingang; hulp is er als je belt.',
  ],
  nee: ['Alleen bereikbaar met een trap; bel gerust voor een andere plek om af te spreken.'],
};

function postcodeLetters(random: Random): string {
  const letters = 'ABCEGHJKLMNPRTVWXZ';
  return letters.charAt(random.int(0, letters.length - 1)) + letters.charAt(random.int(0, letters.length - 1));
}

function jitter(random: Random, value: number, spread: number, min: number, max: number): number {
  return round4(Math.min(max - 0.001, Math.max(min + 0.001, value + (random.next() - 0.5) * spread)));
}

/** `count` organisations; registers each in `registry`. */
export function* organisaties(
  ctx: Context,
  registry: Registry,
  random: Random,
  count: number,
): Generator<GeneratedFile> {
  const { gemeenten, kernenByGemeente } = ctx;
  const orgId = uniqueIds();
  const usedOrgNames = new Set<string>();
  const pickGemeente = weightedPicker(
    gemeenten,
    gemeenten.map((g) => (kernenByGemeente.get(g.id) ?? []).reduce((sum, k) => sum + k.gewicht, 0)),
  );
  for (let i = 0; i < count; i++) {
    const gemeente = i < gemeenten.length ? (gemeenten[i] as GemeentePlace) : pickGemeente(random);
    const gKernen = kernenByGemeente.get(gemeente.id) ?? [];
    const kern = random.weighted(
      gKernen,
      gKernen.map((k) => k.gewicht),
    );
    let sjabloon = ORGANISATIE_SJABLONEN[0] as (typeof ORGANISATIE_SJABLONEN)[number];
    let naam = '';
    for (let attempt = 0; attempt < 20; attempt++) {
      sjabloon =
        i < gemeenten.length
          ? sjabloon
          : random.weighted(
              ORGANISATIE_SJABLONEN,
              ORGANISATIE_SJABLONEN.map((s) => s.gewicht),
            );
      const eigen = sjabloon.soort === 'sport' ? random.pick(SPORTNAMEN) : random.pick(EIGENNAMEN);
      naam = sjabloon.naam.replace('{naam}', eigen).replace('{gemeente}', gemeente.naam).replace('{kern}', kern.naam);
      if (!usedOrgNames.has(naam)) break;
    }
    usedOrgNames.add(naam);
    const id = orgId(naam);
    const slots: Slots = { kern: kern.naam, gemeente: gemeente.naam, org: naam };
    const org: Org = {
      id,
      naam,
      gemeente: sjabloon.schaal === 'regio' ? undefined : gemeente.id,
      plekken: sjabloon.plekken,
    };
    registry.orgs.push(org);
    if (org.gemeente) append(registry.orgsByGemeente, org.gemeente, org);
    else registry.regionalOrgs.push(org);
    const samenvatting = fill(sjabloon.samenvatting, slots);
    yield contentFile(
      'organisaties',
      id,
      org.gemeente ?? 'regio',
      {
        naam,
        soort: sjabloon.soort,
        samenvatting,
        contact: contact(random, id, gemeente.netnummer, { telefoon: 0.9, email: 0.8, website: 0.7 }),
        gemeenten: org.gemeente ? [org.gemeente] : [],
        ...beheer(random, ctx.today, naam, ctx.seed),
      },
      organisatieTekst(random, { samenvatting, slots }),
    );
  }
}

/** `count` locations; registers each in `registry`. */
export function* locaties(ctx: Context, registry: Registry, random: Random, count: number): Generator<GeneratedFile> {
  const { kernen, gemeenteOf, pickKern } = ctx;
  const locId = uniqueIds();
  const kernOrder = [...kernen].sort((a, b) => b.gewicht - a.gewicht);
  const soortIds = Object.keys(LOCATIE_GEWICHTEN) as LocatieSoortId[];
  for (let j = 0; j < count; j++) {
    const kern = j < kernOrder.length ? (kernOrder[j] as KernPlace) : pickKern(random);
    const gemeente = gemeenteOf(kern);
    const first = !registry.locsByKern.has(kern.id);
    const soort: LocatieSoortId = first
      ? random.pick(
          ONTMOETINGSPLEK_SOORTEN.filter((s) => (kern.soort === 'wijk' ? s !== 'dorpshuis' : s !== 'wijksteunpunt')),
        )
      : random.weighted(
          soortIds,
          soortIds.map((s) => LOCATIE_GEWICHTEN[s] ?? 0),
        );
    const huis = first && random.chance(0.7);
    const pattern = random.pick(LOCATIE_NAMEN[soort]);
    const naam =
      huis && random.chance(0.3)
        ? `Het Huis van ${kern.naam}`
        : pattern
            .replace('{naam}', random.pick(EIGENNAMEN))
            .replace('{kern}', kern.naam)
            .replace('{gemeente}', gemeente.naam)
            .replace('{sport}', random.pick(SPORTNAMEN));
    const id = locId(naam.includes(kern.naam) ? naam : `${naam} ${kern.naam}`);
    const org = random.chance(0.85) ? orgFor(random, registry, gemeente.id, soort) : undefined;
    const adres = {
      straat: `${random.pick(STRATEN)} ${random.int(1, 140)}${random.chance(0.1) ? 'a' : ''}`,
      postcode: `${kern.postcode} ${postcodeLetters(random)}`,
      plaats: kern.plaats,
    };
    const loc: Loc = { id, naam, soort, kern, adres: `${adres.straat}, ${adres.postcode} ${adres.plaats}`, org };
    append(registry.locsByKern, kern.id, loc);
    append(registry.locsByGemeente, gemeente.id, loc);
    const ontmoetingsplek = ONTMOETINGSPLEK_SOORTEN.includes(soort) || (soort === 'bibliotheek' && random.chance(0.5));
    const rolstoel = random.weighted(Object.keys(ROLSTOEL) as ('ja' | 'deels' | 'nee')[], [6, 2, 1]);
    const toegankelijkheid = random.pick(TOEGANKELIJKHEID[rolstoel]);
    const slots: Slots = { kern: kern.naam, gemeente: gemeente.naam, org: org?.naam ?? 'de beheerder', plek: naam };
    const samenvatting = LOCATIE_SAMENVATTING[soort];
    yield contentFile(
      'locaties',
      id,
      gemeente.id,
      {
        naam,
        soort,
        samenvatting,
        kern: kern.id,
        adres,
        ligging: {
          lat: jitter(random, kern.lat, 0.012, REGIO_GRENZEN.minLat, REGIO_GRENZEN.maxLat),
          lon: jitter(random, kern.lon, 0.018, REGIO_GRENZEN.minLon, REGIO_GRENZEN.maxLon),
        },
        huis_van_de_kern: huis,
        ontmoetingsplek,
        openingstijden:
          ontmoetingsplek || random.chance(0.5) ? openingstijden(random, soort === 'bibliotheek') : undefined,
        rolstoel,
        toegankelijkheid,
        organisatie: org?.id,
        contact: random.chance(0.4)
          ? contact(random, id, gemeente.netnummer, { telefoon: 0.8, email: 0.5, website: 0.2 })
          : undefined,
        ...beheer(random, ctx.today, org?.naam ?? `Dorpsraad ${kern.naam}`, ctx.seed),
      },
      locatieTekst(random, {
        samenvatting: `${naam} in ${kern.naam}: ${samenvatting.charAt(0).toLowerCase()}${samenvatting.slice(1)}`,
        huis,
        adres: loc.adres,
        toegankelijkheid,
        slots,
      }),
    );
  }
}
