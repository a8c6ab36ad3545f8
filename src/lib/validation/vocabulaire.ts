/** Finds the Dutch labels for the allowed values of a closed list (z.enum) in the vocabulary. */
import * as vocabulaire from '../vocabulary.ts';

const LIJSTEN = (Object.values(vocabulaire) as unknown[]).filter(
  (v): v is Record<string, string> =>
    typeof v === 'object' && v !== null && Object.values(v).every((l) => typeof l === 'string'),
);

/** "buurtkamer (Buurtkamer), wijksteunpunt (Wijksteunpunt), ...": the allowed ids with labels. */
export function keuzesMetLabels(waarden: readonly unknown[]): string {
  const ids = waarden.map(String);
  const lijst = LIJSTEN.find((l) => Object.keys(l).length === ids.length && ids.every((id) => id in l));
  return ids.map((id) => (lijst && lijst[id] !== id ? `${id} (${lijst[id]})` : id)).join(', ');
}
