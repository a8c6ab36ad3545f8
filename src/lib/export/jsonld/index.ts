/** The JSON-LD of a detail page, by collection and id. */
import type { Thing, WithContext } from 'schema-dts';
import { indexOf, type Alles } from '../bron.ts';
import { activiteitJsonLd, dienstJsonLd, informatieJsonLd, locatieJsonLd, organisatieJsonLd } from './entities.ts';

export {
  activiteitJsonLd,
  dienstJsonLd,
  informatieJsonLd,
  locatieJsonLd,
  organisatieJsonLd,
  placeOf,
} from './entities.ts';
export { jsonLdText } from './serialize.ts';

export type DetailCollectie = 'activiteiten' | 'diensten' | 'informatie' | 'locaties' | 'organisaties';

export function jsonLdFor(alles: Alles, collectie: DetailCollectie, id: string, site: string): WithContext<Thing> {
  const index = indexOf(alles);
  switch (collectie) {
    case 'activiteiten':
      return activiteitJsonLd(index.activiteit(id), index, site);
    case 'diensten':
      return dienstJsonLd(index.dienst(id), index, site);
    case 'informatie':
      return informatieJsonLd(index.informatie(id), index, site);
    case 'locaties':
      return locatieJsonLd(index.locatie(id), index, site);
    case 'organisaties':
      return organisatieJsonLd(index.organisatie(id), index, site);
  }
}
