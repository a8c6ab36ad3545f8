/**
 * The shortlist page /lijstje/: reads the list from ?ids= (or, without it, from localStorage),
 * shows every offer with when, where, cost and contact from /data/lijstje.json, reports entries
 * that no longer exist, and offers print, copy, e-mail, WhatsApp and a QR code (src/lib/qr.ts,
 * imported only when asked for).
 */
import { decodeLijstje, encodeLijstje, itemKey, removeItem, type LijstjeItem } from '../../lib/lijstje/ids.ts';
import { lijstjeUrl } from '../../lib/urls.ts';
import type { LijstjeRegel } from '../../data/lijstje.ts';
import { bewaarLijstje, leesLijstje } from './lijstje-store.ts';
import { fillTemplate } from '../../lib/template.ts';
import { el } from '../dom.ts';

type Teksten = Record<string, string>;

const app = document.querySelector<HTMLElement>('[data-lijstje-app]');

function feit(dl: HTMLDListElement, label: string, waarde: Node | string | undefined): void {
  if (!waarde) return;
  dl.append(el('dt', undefined, label));
  const dd = el('dd');
  dd.append(waarde);
  dl.append(dd);
}

function contactNode(c: NonNullable<LijstjeRegel['c']>, bel: string): DocumentFragment {
  const frag = document.createDocumentFragment();
  const delen: Node[] = [];
  if (c.t && c.h) {
    const a = el('a', undefined, `${bel} ${c.t}`);
    a.href = c.h;
    delen.push(a);
  }
  if (c.e) {
    const a = el('a', undefined, c.e);
    a.href = `mailto:${c.e}`;
    delen.push(a);
  }
  if (c.w) {
    const a = el('a', undefined, c.w.replace(/^https?:\/\//, '').replace(/\/$/, ''));
    a.href = c.w;
    delen.push(a);
  }
  delen.forEach((node, index) => {
    if (index > 0) frag.append(' · ');
    frag.append(node);
  });
  return frag;
}

function start(root: HTMLElement): void {
  const tekst = JSON.parse(root.dataset['teksten'] ?? '{}') as Teksten;
  const T = (key: string, values: Record<string, string> = {}): string => fillTemplate(tekst[key] ?? key, values);
  const status = root.querySelector<HTMLElement>('[data-lijstje-status]');
  const lijst = root.querySelector<HTMLOListElement>('[data-lijstje-items]');
  const delen = root.querySelector<HTMLElement>('[data-lijstje-delen]');
  const link = root.querySelector<HTMLInputElement>('[data-lijstje-link]');
  const mail = root.querySelector<HTMLAnchorElement>('[data-lijstje-mail]');
  const whatsapp = root.querySelector<HTMLAnchorElement>('[data-lijstje-whatsapp]');
  const qrKnop = root.querySelector<HTMLButtonElement>('[data-lijstje-qr-knop]');
  const qrBlok = root.querySelector<HTMLElement>('[data-lijstje-qr]');
  const qrCode = root.querySelector<HTMLElement>('[data-lijstje-qrcode]');
  const printQr = root.querySelector<HTMLElement>('[data-lijstje-printqr]');
  if (!status || !lijst || !delen || !link || !mail || !whatsapp || !qrKnop || !qrBlok || !qrCode || !printQr) return;

  const params = new URLSearchParams(window.location.search);
  const uitUrl = params.get('ids');
  const gelezen = decodeLijstje(uitUrl ?? encodeLijstje(leesLijstje()));
  let items: LijstjeItem[] = gelezen.items;
  let index: Record<string, LijstjeRegel> = {};

  const volledigeUrl = (): string => new URL(lijstjeUrl(encodeLijstje(items)), window.location.origin).href;

  async function qrSvg(): Promise<string> {
    const qr = await import('../../lib/qr.ts');
    return qr.qrSvg(volledigeUrl());
  }

  function bewaar(): void {
    window.history.replaceState(null, '', items.length > 0 ? lijstjeUrl(encodeLijstje(items)) : lijstjeUrl());
    bewaarLijstje(items);
  }

  function toon(): void {
    lijst!.replaceChildren();
    const ongeldig = gelezen.ongeldig;
    if (items.length === 0 && ongeldig.length === 0) {
      status!.textContent = T('leeg');
      delen!.hidden = true;
      return;
    }
    for (const item of items) {
      const key = itemKey(item);
      const regel = index[key];
      const li = el('li', 'ww-lijstje__item');
      if (!regel) {
        li.classList.add('ww-lijstje__weg');
        li.append(el('h2', undefined, T('weg')), el('p', undefined, T('wegCode', { code: key })));
      } else {
        const h2 = el('h2');
        const a = el('a', undefined, regel.n);
        a.href = regel.u;
        h2.append(a);
        const soort = el('p', 'ww-lijstje__soort', regel.v ? `${regel.s} · ${T('voorbeeld')}` : regel.s);
        const dl = el('dl', 'ww-lijstje__feiten');
        feit(dl, T('wanneer'), regel.w);
        feit(dl, T('waar'), regel.p);
        feit(dl, T('kosten'), regel.k);
        if (regel.c) feit(dl, T('contact'), contactNode(regel.c, T('bel')));
        li.append(h2, soort, dl);
      }
      const weg = el('button', 'ww-knop ww-no-print', T('haalWeg'));
      weg.type = 'button';
      weg.setAttribute('aria-label', T('haalWegLabel', { naam: regel?.n ?? key }));
      weg.addEventListener('click', () => {
        items = removeItem(items, item);
        bewaar();
        toon();
        status!.textContent = T('weggehaald', { naam: regel?.n ?? key });
      });
      li.append(weg);
      lijst!.append(li);
    }
    for (const key of ongeldig) {
      const li = el('li', 'ww-lijstje__item ww-lijstje__weg');
      li.append(el('h2', undefined, T('weg')), el('p', undefined, T('wegCode', { code: key })));
      lijst!.append(li);
    }
    const url = volledigeUrl();
    link!.value = url;
    const titel = document.querySelector('h1')?.textContent ?? '';
    mail!.href = `mailto:?subject=${encodeURIComponent(titel)}&body=${encodeURIComponent(url)}`;
    whatsapp!.href = `https://wa.me/?text=${encodeURIComponent(`${titel}: ${url}`)}`;
    delen!.hidden = items.length === 0;
    qrCode!.replaceChildren();
    qrBlok!.hidden = true;
    qrKnop!.setAttribute('aria-expanded', 'false');
    qrKnop!.textContent = T('qrToon');
    printQr!.replaceChildren();
  }

  qrKnop.addEventListener('click', () => {
    if (!qrBlok.hidden) {
      qrBlok.hidden = true;
      qrKnop.setAttribute('aria-expanded', 'false');
      qrKnop.textContent = T('qrToon');
      return;
    }
    void qrSvg().then((svg) => {
      qrCode.innerHTML = svg;
      qrBlok.hidden = false;
      qrKnop.setAttribute('aria-expanded', 'true');
      qrKnop.textContent = T('qrVerberg');
    });
  });

  root.querySelector('[data-lijstje-print]')?.addEventListener('click', () => {
    void qrSvg()
      .then((svg) => {
        printQr.innerHTML = svg;
      })
      .finally(() => {
        window.print();
      });
  });

  root.querySelector('[data-lijstje-kopieer]')?.addEventListener('click', () => {
    const fallback = (): void => {
      link.focus();
      link.select();
      status.textContent = T('mislukt');
    };
    if (!navigator.clipboard) return fallback();
    navigator.clipboard.writeText(volledigeUrl()).then(() => {
      status.textContent = T('gekopieerd');
    }, fallback);
  });

  root.querySelector('[data-lijstje-leeg]')?.addEventListener('click', () => {
    items = [];
    gelezen.ongeldig = [];
    bewaar();
    toon();
    status.textContent = T('geleegd');
  });

  // Opening a list (a shared link, or the stored one) makes it the list you are working on.
  if (items.length > 0) bewaar();
  status.textContent = T('laden');
  fetch(root.dataset['bron'] ?? '')
    .then((response) => {
      if (!response.ok) throw new Error(String(response.status));
      return response.json() as Promise<Record<string, LijstjeRegel>>;
    })
    .then((data) => {
      index = data;
      status.textContent = '';
      toon();
    })
    .catch(() => {
      status.textContent = T('fout');
    });
}

if (app) start(app);
