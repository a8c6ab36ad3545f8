/**
 * The browser side of "Mijn lijstje": the list as kept in localStorage (key in src/lib/site.ts),
 * only as a convenience: the list itself travels in the /lijstje/?ids=... URL. Every change is
 * announced with a `wegwijzer-lijstje` event so the header count follows.
 */
import { decodeLijstje, encodeLijstje, type LijstjeItem } from '../../lib/lijstje/ids.ts';
import { LIJSTJE_STORAGE_KEY } from '../../lib/site.ts';

export const LIJSTJE_EVENT = 'wegwijzer-lijstje';

/** The stored list; empty when nothing is stored or storage is blocked. */
export function leesLijstje(): LijstjeItem[] {
  try {
    return decodeLijstje(window.localStorage.getItem(LIJSTJE_STORAGE_KEY)).items;
  } catch {
    return [];
  }
}

/** Stores the list (removes the key when it is empty) and tells the page. */
export function bewaarLijstje(items: readonly LijstjeItem[]): void {
  try {
    if (items.length === 0) window.localStorage.removeItem(LIJSTJE_STORAGE_KEY);
    else window.localStorage.setItem(LIJSTJE_STORAGE_KEY, encodeLijstje(items));
  } catch {
    // Storage blocked (private mode, settings): the URL still carries the list.
  }
  document.dispatchEvent(new CustomEvent(LIJSTJE_EVENT, { detail: items.length }));
}
