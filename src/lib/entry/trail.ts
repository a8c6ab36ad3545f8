/** Breadcrumb trails for detail pages: Home > gemeente > kern > entry, as far as the place is known. */
import { t } from '../i18n.ts';
import { gemeenteUrl, homeUrl, kernUrl } from '../urls.ts';

export interface Crumb {
  label: string;
  /** Absent on the last crumb: the current page. */
  href?: string;
}

export interface Plaats {
  gemeente?: { id: string; naam: string } | undefined;
  kern?: { id: string; naam: string } | undefined;
}

/** The trail from the home page to the entry, skipping levels that are not known. */
export function entryTrail(plaats: Plaats, huidige: string): Crumb[] {
  const trail: Crumb[] = [{ label: t('nav.home'), href: homeUrl() }];
  if (plaats.gemeente) {
    trail.push({ label: plaats.gemeente.naam, href: gemeenteUrl(plaats.gemeente.id) });
    if (plaats.kern) trail.push({ label: plaats.kern.naam, href: kernUrl(plaats.gemeente.id, plaats.kern.id) });
  }
  trail.push({ label: huidige });
  return trail;
}

export interface Gebied {
  regio?: boolean | undefined;
  gemeenten?: readonly string[] | undefined;
  kernen?: readonly { id: string; gemeente: string }[] | undefined;
}

/**
 * The one place an area points at, for a breadcrumb: a single kern (with its gemeente), or a
 * single gemeente. A regional area, or one spread over several places, has no single place.
 */
export function singlePlace(gebied: Gebied): { gemeente: string; kern?: string } | undefined {
  if (gebied.regio) return undefined;
  const gemeenten = gebied.gemeenten ?? [];
  const kernen = gebied.kernen ?? [];
  if (kernen.length === 1 && gemeenten.every((g) => g === kernen[0]!.gemeente) && gemeenten.length <= 1) {
    return { gemeente: kernen[0]!.gemeente, kern: kernen[0]!.id };
  }
  if (kernen.length === 0 && gemeenten.length === 1) return { gemeente: gemeenten[0]! };
  return undefined;
}
