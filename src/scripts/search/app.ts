/**
 * The search interface of /zoeken/, in plain TypeScript on top of Pagefind's JS API: results as
 * you type, filters with counts, the state in the URL (replaceState while typing, pushState on
 * submit and filter changes, popstate and reload restore it). Loaded only when used (boot.ts).
 * All text comes from the page (rendered with t() at build time), so no dictionary is shipped.
 *
 * Speed at 10,000 pages (docs/benchmarks.md):
 * - typing searches once the person pauses (TYPING_PAUSE_MS); submit, filters and history search
 *   at once. Searches run one at a time and the newest wins (latestWins): an older query that
 *   is overtaken downloads no result fragments and never paints;
 * - results first, counts later: the filter counts come from a second Pagefind in its own worker
 *   (pagefind.ts), only while the filter panel is open and only after the results are on screen;
 *   a pending count is dropped when a newer query comes in.
 */
import { FILTER_NAMEN, type FilterNaam } from '../../lib/search/index-data.ts';
import {
  hasFilters,
  inWholeGemeente,
  inWholeRegion,
  isActive,
  pagefindFilters,
  parseState,
  stateToSearch,
  type ZoekStaat,
} from '../../lib/search/state.ts';
import { debouncer, latestWins } from '../../lib/search/latest.ts';
import {
  loadCountsPagefind,
  loadPagefind,
  type FilterCounts,
  type PagefindApi,
  type PagefindResult,
  type PagefindResultData,
} from './pagefind.ts';
import { fillTemplate } from '../../lib/template.ts';
import { el } from '../dom.ts';
import { houdKernVast, vulKernFilter } from './kern-options.ts';

const PAGE_SIZE = 10;
/** How long typing must pause before a search runs (the benchmark types at 120 ms per key). */
const TYPING_PAUSE_MS = 150;

type Teksten = Record<string, string>;

export function mountSearch(root: HTMLElement, field: HTMLInputElement): void {
  const form = field.form;
  const teksten = JSON.parse(document.getElementById('zoek-teksten')?.textContent ?? '{}') as Teksten;
  const tekst = (key: string, values: Record<string, string | number> = {}): string =>
    fillTemplate(teksten[key] ?? key, values);
  const status = root.querySelector<HTMLElement>('[data-zoek-status]');
  const section = root.querySelector<HTMLElement>('[data-zoek-resultaten]');
  const list = root.querySelector<HTMLOListElement>('[data-zoek-lijst]');
  const empty = root.querySelector<HTMLElement>('[data-zoek-leeg]');
  const more = root.querySelector<HTMLButtonElement>('[data-zoek-meer]');
  const details = root.querySelector<HTMLDetailsElement>('[data-zoek-filters]');
  const clear = root.querySelector<HTMLButtonElement>('[data-zoek-wissen]');
  if (!form || !status || !section || !list || !empty || !more || !details || !clear) return;

  const controls = (naam: FilterNaam): (HTMLInputElement | HTMLSelectElement)[] => [
    ...root.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${naam}"]`),
  ];
  const kernSelect = root.querySelector<HTMLSelectElement>('select[name="kern"]');
  const gemeenteSelect = root.querySelector<HTMLSelectElement>('select[name="gemeente"]');
  const kernOption = (id: string): HTMLOptionElement | undefined =>
    [...(kernSelect?.options ?? [])].find((option) => option.value === id);
  const gemeenteNaam = (id: string): string =>
    [...(gemeenteSelect?.options ?? [])].find((option) => option.value === id)?.dataset['naam'] ?? id;

  let pagefind: PagefindApi | undefined;
  let seq = 0;
  let results: PagefindResult[] = [];
  let shown = 0;

  /* ---- state <-> controls ---- */

  function readControls(): ZoekStaat {
    const params = new URLSearchParams();
    params.set('q', field.value);
    for (const naam of FILTER_NAMEN) {
      for (const control of controls(naam)) {
        if (control instanceof HTMLSelectElement ? control.value !== '' : control.checked)
          params.append(naam, control.value);
      }
    }
    return parseState(params);
  }

  function writeControls(state: ZoekStaat): void {
    field.value = state.q;
    for (const naam of FILTER_NAMEN) {
      for (const control of controls(naam)) {
        if (control instanceof HTMLSelectElement) control.value = state.filters[naam][0] ?? '';
        else control.checked = state.filters[naam].includes(control.value);
      }
    }
    if (hasFilters(state)) details!.open = true;
  }

  /* ---- counts ---- */

  function showCounts(counts: FilterCounts): void {
    for (const naam of FILTER_NAMEN) {
      const perValue = counts[naam] ?? {};
      for (const control of controls(naam)) {
        const options = control instanceof HTMLSelectElement ? [...control.options] : [control];
        for (const option of options) {
          if (option.value === '') continue;
          const target =
            option instanceof HTMLOptionElement
              ? option
              : option.closest('label')?.querySelector<HTMLElement>('[data-aantal]');
          if (!target) continue;
          const count = perValue[option.value] ?? 0;
          if (option instanceof HTMLOptionElement) {
            option.textContent = `${option.dataset['naam'] ?? option.value} (${count})`;
          } else {
            target.textContent = `(${count})`;
          }
        }
      }
    }
  }

  /* ---- results ---- */

  function statusText(state: ZoekStaat, count: number): string {
    const aantal = `${count} ${count === 1 ? tekst('zoeken.resultaat.een') : tekst('zoeken.resultaat.meer')}`;
    const kern = state.filters.kern[0];
    const gemeente = state.filters.gemeente[0];
    const plaats = kern ? (kernOption(kern)?.dataset['naam'] ?? kern) : gemeente ? gemeenteNaam(gemeente) : '';
    const base =
      count === 0
        ? state.q
          ? tekst('zoeken.status.geen', { q: state.q })
          : tekst('zoeken.status.geenFilters')
        : state.q
          ? tekst('zoeken.status.aantal', { aantal, q: state.q })
          : tekst('zoeken.status.aantalFilters', { aantal });
    if (!plaats) return base;
    const inPlaats = tekst('zoeken.status.in', { plaats });
    return count === 0 ? base.replace(/\.$/, ` ${inPlaats}.`) : `${base} ${inPlaats}`;
  }

  const loadBatch = (): Promise<PagefindResultData[]> =>
    Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));

  async function renderMore(mySeq: number, focusFirst: boolean): Promise<void> {
    const data = await loadBatch();
    if (mySeq !== seq) return;
    renderItems(data, focusFirst);
  }

  function renderItems(data: PagefindResultData[], focusFirst: boolean): void {
    let first: HTMLAnchorElement | undefined;
    for (const item of data) {
      const li = el('li', 'ww-zoek-resultaat');
      const h3 = el('h3');
      const link = el('a', undefined, item.meta['title'] ?? item.url);
      link.href = item.url;
      h3.append(link);
      li.append(h3);
      const soortPlaats = [item.meta['soort'], item.meta['plaats']].filter(Boolean).join(' · ');
      if (soortPlaats) li.append(el('p', 'ww-meta', soortPlaats));
      if (item.meta['wanneer']) li.append(el('p', 'ww-zoek-resultaat__wanneer', item.meta['wanneer']));
      if (item.meta['samenvatting']) li.append(el('p', undefined, item.meta['samenvatting']));
      list!.append(li);
      first ??= link;
    }
    shown += data.length;
    more!.hidden = shown >= results.length;
    more!.textContent = `${tekst('zoeken.meer')} (${tekst('zoeken.getoond', { getoond: shown, aantal: results.length })})`;
    if (focusFirst) first?.focus();
  }

  function renderEmpty(state: ZoekStaat): void {
    empty!.replaceChildren(el('p', undefined, tekst('zoeken.leeg.uitleg')));
    const kern = state.filters.kern[0];
    const gemeente = kern ? kernOption(kern)?.dataset['gemeente'] : state.filters.gemeente[0];
    const buttons: [string, ZoekStaat][] = [];
    if (kern && gemeente) {
      buttons.push([
        tekst('zoeken.leeg.gemeente', { gemeente: gemeenteNaam(gemeente) }),
        inWholeGemeente(state, gemeente),
      ]);
    }
    if (kern || gemeente) buttons.push([tekst('zoeken.leeg.regio'), inWholeRegion(state)]);
    if (buttons.length > 0) {
      const ul = el('ul', 'ww-plain-list ww-zoek-leeg__opties');
      for (const [label, next] of buttons) {
        const button = el('button', 'ww-zoek-knop', label);
        button.type = 'button';
        button.addEventListener('click', () => {
          writeControls(next);
          runNow('push');
          field.focus();
        });
        const li = el('li');
        li.append(button);
        ul.append(li);
      }
      empty!.append(ul);
    }
    empty!.hidden = false;
  }

  /* ---- filter counts (after the results, only with the panel open) ---- */

  const counting = latestWins(async (state: ZoekStaat): Promise<FilterCounts> => {
    const api = await loadCountsPagefind();
    const response = await api.search(state.q.trim() === '' ? null : state.q, { filters: pagefindFilters(state) });
    return response.filters;
  });

  function refreshCounts(state: ZoekStaat): void {
    if (!details!.open || !isActive(state)) {
      counting.cancel();
      details!.removeAttribute('aria-busy');
      return;
    }
    details!.setAttribute('aria-busy', 'true');
    counting.run(state).then(
      (counts) => {
        if (counts === undefined) return; // overtaken by a newer query
        showCounts(counts);
        details!.removeAttribute('aria-busy');
      },
      () => details!.removeAttribute('aria-busy'),
    );
  }

  /* ---- searching ---- */

  interface Antwoord {
    results: PagefindResult[];
    data: PagefindResultData[];
  }

  // One search at a time; a query overtaken while it waits is skipped, and one overtaken while it
  // runs loads no result data.
  const searching = latestWins(async ({ state, mySeq }: { state: ZoekStaat; mySeq: number }) => {
    pagefind ??= await loadPagefind();
    const response = await pagefind.search(state.q.trim() === '' ? null : state.q, {
      filters: pagefindFilters(state),
    });
    if (mySeq !== seq) return undefined;
    const first = response.results.slice(0, PAGE_SIZE);
    const antwoord: Antwoord = { results: response.results, data: await Promise.all(first.map((r) => r.data())) };
    return antwoord;
  });
  const typing = debouncer(TYPING_PAUSE_MS);

  async function run(history: 'push' | 'replace' | 'none'): Promise<void> {
    const state = readControls();
    const search = stateToSearch(state);
    const url = `${location.pathname}${search}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    const mySeq = ++seq;
    if (!isActive(state)) {
      searching.cancel();
      refreshCounts(state);
      results = [];
      shown = 0;
      list!.replaceChildren();
      section!.hidden = true;
      empty!.hidden = true;
      status!.textContent = '';
      root.removeAttribute('aria-busy');
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      const antwoord = await searching.run({ state, mySeq });
      if (antwoord === undefined || mySeq !== seq) return;
      results = antwoord.results;
      shown = 0;
      list!.replaceChildren();
      section!.hidden = false;
      empty!.hidden = true;
      if (results.length === 0) {
        more!.hidden = true;
        renderEmpty(state);
      } else {
        renderItems(antwoord.data, false);
      }
      status!.textContent = statusText(state, results.length);
      refreshCounts(state);
    } catch {
      if (mySeq === seq) status!.textContent = tekst('zoeken.fout');
    } finally {
      if (mySeq === seq) root.removeAttribute('aria-busy');
    }
  }

  /** Runs a search now (submit, filters, history) and drops a search waiting for a typing pause. */
  const runNow = (history: 'push' | 'replace' | 'none'): void => typing.now(() => void run(history));

  /* ---- events ---- */

  field.addEventListener('input', () => {
    // Busy from the first key, so nobody reads the previous query's status as this one's.
    root.setAttribute('aria-busy', 'true');
    typing.schedule(() => void run('replace'));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    runNow('push');
  });
  root.addEventListener('change', (event) => {
    const target = event.target;
    if (target === kernSelect && kernSelect && kernSelect.value !== '' && gemeenteSelect) gemeenteSelect.value = '';
    if (target === gemeenteSelect && gemeenteSelect && gemeenteSelect.value !== '' && kernSelect) {
      const kernGemeente = kernOption(kernSelect.value)?.dataset['gemeente'];
      if (kernGemeente && kernGemeente !== gemeenteSelect.value) kernSelect.value = '';
    }
    runNow('push');
  });
  details.addEventListener('toggle', () => {
    // Opening the panel counts for the results on screen; closing it stops counting.
    // While a search runs, it counts once its results are on screen.
    if (!details.open || !root.hasAttribute('aria-busy')) refreshCounts(readControls());
  });
  clear.addEventListener('click', () => {
    const state = readControls();
    writeControls({ q: state.q, filters: parseState('').filters });
    runNow('push');
  });
  more.addEventListener('click', () => void renderMore(seq, true));
  window.addEventListener('popstate', () => {
    writeControls(parseState(location.search));
    runNow('none');
  });

  // Pagefind starts loading at once, also while the kern filter fetches its options (regions with
  // many kernen): a search from the URL then waits for the two side by side, not one by one.
  // A failure is shown by the search that needs Pagefind (run), so it is not reported twice here.
  loadPagefind().then(
    (api) => {
      pagefind = api;
    },
    () => undefined,
  );
  // Start from the URL (a shared link, a reload, or the header and kern search forms), once the
  // kern filter has its options.
  const initial = parseState(location.search);
  void (kernSelect ? vulKernFilter(kernSelect) : Promise.resolve()).then(() => {
    if (kernSelect) houdKernVast(kernSelect, initial.filters.kern[0]);
    if (isActive(initial)) {
      writeControls(initial);
      runNow('none');
    } else if (field.value.trim() !== '') {
      runNow('replace');
    }
  });
}
