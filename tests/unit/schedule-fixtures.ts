/** Schedule blocks for the schedule tests, parsed by the real schema so every fixture is valid content. */
import { tijdblok } from '../../src/schema/pieces.ts';
import type { Tijdblok } from '../../src/lib/schedule/types.ts';

export function blok(fields: Record<string, unknown>): Tijdblok {
  return tijdblok.parse(fields);
}
