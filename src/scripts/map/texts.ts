import { fillTemplate } from '../../lib/template.ts';

/** The Dutch texts of a map section, rendered by the server into a JSON script tag. */
export interface KaartTeksten {
  inzoomen: string;
  uitzoomen: string;
  fout: string;
  /** With {aantal}. */
  cluster: string;
  gekozen: string;
  laden: string;
  open: string;
  sluit: string;
  bezig: string;
  klaar: string;
  /** With {kern}. */
  vanaf: string;
  geweigerd: string;
  mislukt: string;
}

/** Reads the texts of one map section. */
export function tekstenVan(section: HTMLElement): KaartTeksten {
  const json = section.querySelector('[data-kaart-teksten]')?.textContent ?? '{}';
  return JSON.parse(json) as KaartTeksten;
}

/** Fills {name} placeholders. */
export function vul(text: string, values: Record<string, string | number>): string {
  return fillTemplate(text, values);
}
