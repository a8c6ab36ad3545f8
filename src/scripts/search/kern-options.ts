/**
 * Fills the kern filter of the search page when the page left its options out (a region with
 * more kernen than fit in the page; src/lib/search/kern-filter.ts): one group per gemeente, the
 * same options the page would otherwise carry. Without the list the filter keeps "Overal" and the
 * search still works.
 */
import { leesZoekGemeenten } from '../../lib/search/kern-filter.ts';
import { el } from '../dom.ts';

export async function vulKernFilter(select: HTMLSelectElement): Promise<void> {
  const url = select.dataset['kernenUrl'];
  if (!url) return;
  try {
    const response = await fetch(url);
    if (!response.ok) return;
    for (const gemeente of leesZoekGemeenten(await response.json())) {
      const group = el('optgroup');
      group.label = gemeente.naam;
      for (const kern of gemeente.kernen) {
        const option = el('option', undefined, kern.naam);
        option.value = kern.id;
        option.dataset['naam'] = kern.naam;
        option.dataset['gemeente'] = gemeente.id;
        group.append(option);
      }
      select.append(group);
    }
    delete select.dataset['kernenUrl'];
  } catch {
    // Offline or blocked: the filter keeps "Overal".
  }
}

/** Keeps a kern from the URL choosable when the list could not be loaded, under its id. */
export function houdKernVast(select: HTMLSelectElement, kernId: string | undefined): void {
  if (!kernId || [...select.options].some((option) => option.value === kernId)) return;
  const option = el('option', undefined, kernId);
  option.value = kernId;
  select.append(option);
}
