/**
 * The folder a new imported entry goes in, following the sample content: one subfolder per
 * gemeente (`activiteiten/texel`), `regio` for services and information for the whole region or
 * several gemeenten, and no subfolder for organisations. The folder never changes the id.
 */
import type { ImportCollectie } from './layouts.ts';

export interface Ligging {
  gemeenteVanKern: ReadonlyMap<string, string>;
  kernVanLocatie: ReadonlyMap<string, string>;
}

const lijst = (waarde: unknown): string[] => (Array.isArray(waarde) ? waarde.map(String) : []);

/** The one gemeente a werkgebied lies in, `regio` for more (or the whole region), undefined if unknown. */
function gebiedMap(werkgebied: unknown, ligging: Ligging): string | undefined {
  const w = (werkgebied ?? {}) as { regio?: unknown; gemeenten?: unknown; kernen?: unknown };
  if (w.regio === true) return 'regio';
  const gemeenten = new Set([
    ...lijst(w.gemeenten),
    ...lijst(w.kernen).map((k) => ligging.gemeenteVanKern.get(k) ?? ''),
  ]);
  gemeenten.delete('');
  if (gemeenten.size === 0) return undefined;
  return gemeenten.size === 1 ? [...gemeenten][0] : 'regio';
}

export function mapVoorNieuw(collectie: ImportCollectie, data: Record<string, unknown>, ligging: Ligging): string {
  let sub: string | undefined;
  if (collectie === 'locaties') sub = ligging.gemeenteVanKern.get(String(data.kern));
  else if (collectie === 'activiteiten') {
    const kern = ligging.kernVanLocatie.get(String(data.locatie));
    sub = kern ? ligging.gemeenteVanKern.get(kern) : undefined;
  } else if (collectie === 'diensten' || collectie === 'informatie') sub = gebiedMap(data.werkgebied, ligging);
  return sub ? `${collectie}/${sub}` : collectie;
}
