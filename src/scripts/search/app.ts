/**
 * The search interface of /zoeken/, in plain TypeScript on top of Pagefind's JS API: results as
 * you type, filters with counts, the state in the URL (replaceState while typing, pushState on
 * submit and filter changes, popstate and reload restore it). Loaded only when used (boot.ts).
 * All text comes from the page (rendered with t() at build time), so no dictionary is shipped.
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
import { loadPagefind, type FilterCounts, type PagefindApi, type PagefindResult } from './pagefind.ts';

const PAGE_SIZE = 10;

type Teksten = Record<string, string>;

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

export function mountSearch(root: HTMLElement, field: HTMLInputElement): void {
  const form = field.form;
  const teksten = JSON.parse(document.getElementById('zoek-teksten')?.textContent ?? '{}') as Teksten;
  const tekst = (key: string, values: Record<string, string | number> = {}): string =>
    fill(teksten[key] ?? key, values);
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
  let countsLoaded = false;
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

  async function renderMore(mySeq: number, focusFirst: boolean): Promise<void> {
    const batch = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (mySeq !== seq) return;
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
    shown += batch.length;
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
          void run('push');
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

  /* ---- searching ---- */

  async function run(history: 'push' | 'replace' | 'none'): Promise<void> {
    const state = readControls();
    const search = stateToSearch(state);
    const url = `${location.pathname}${search}`;
    if (history === 'push' && url !== `${location.pathname}${location.search}`) window.history.pushState(null, '', url);
    if (history === 'replace') window.history.replaceState(null, '', url);
    const mySeq = ++seq;
    if (!isActive(state)) {
      results = [];
      shown = 0;
      list!.replaceChildren();
      section!.hidden = true;
      empty!.hidden = true;
      status!.textContent = '';
      return;
    }
    root.setAttribute('aria-busy', 'true');
    try {
      pagefind ??= await loadPagefind();
      const wantCounts = details!.open || hasFilters(state);
      if (wantCounts && !countsLoaded) {
        await pagefind.filters();
        countsLoaded = true;
      }
      const response = await pagefind.search(state.q.trim() === '' ? null : state.q, {
        filters: pagefindFilters(state),
      });
      if (mySeq !== seq) return;
      results = response.results;
      shown = 0;
      list!.replaceChildren();
      section!.hidden = false;
      empty!.hidden = true;
      if (countsLoaded) showCounts(response.filters);
      if (results.length === 0) {
        more!.hidden = true;
        renderEmpty(state);
      } else {
        await renderMore(mySeq, false);
      }
      if (mySeq !== seq) return;
      status!.textContent = statusText(state, results.length);
    } catch {
      if (mySeq === seq) status!.textContent = tekst('zoeken.fout');
    } finally {
      if (mySeq === seq) root.removeAttribute('aria-busy');
    }
  }

  /* ---- events ---- */

  field.addEventListener('input', () => void run('replace'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run('push');
  });
  root.addEventListener('change', (event) => {
    const target = event.target;
    if (target === kernSelect && kernSelect && kernSelect.value !== '' && gemeenteSelect) gemeenteSelect.value = '';
    if (target === gemeenteSelect && gemeenteSelect && gemeenteSelect.value !== '' && kernSelect) {
      const kernGemeente = kernOption(kernSelect.value)?.dataset['gemeente'];
      if (kernGemeente && kernGemeente !== gemeenteSelect.value) kernSelect.value = '';
    }
    void run('push');
  });
  details.addEventListener('toggle', () => {
    if (details.open && !countsLoaded && isActive(readControls())) void run('none');
  });
  clear.addEventListener('click', () => {
    const state = readControls();
    writeControls({ q: state.q, filters: parseState('').filters });
    void run('push');
  });
  more.addEventListener('click', () => void renderMore(seq, true));
  window.addEventListener('popstate', () => {
    writeControls(parseState(location.search));
    void run('none');
  });

  // Start from the URL (a shared link, a reload, or the header and kern search forms).
  const initial = parseState(location.search);
  if (isActive(initial)) {
    writeControls(initial);
    void run('none');
  } else if (field.value.trim() !== '') {
    void run('replace');
  } else {
    void loadPagefind().then((api) => {
      pagefind = api;
    });
  }
}
