/**
 * Issue 6 in the built site: every entry page says when it was checked and carries the
 * "Klopt er iets niet?" links; stale entries show the gentle notice and a lower search weight,
 * consistent with the report; /dekking/ and /admin/ stay out of search and the sitemap.
 */
import { describe, expect, it } from 'vitest';
import { peildatum } from '../../src/lib/build-date.ts';
import { isVerouderd } from '../../src/lib/freshness.ts';
import { detailUrl } from '../../src/lib/urls.ts';
import { CONTENT_DIR, readBuilt } from '../support/built.ts';
import { loadContent } from '../support/load-content.ts';

const alles = await loadContent(CONTENT_DIR);
const page = (p: string) => readBuilt(p.endsWith('/') ? `${p}index.html` : p);
// The build date of dist/ (WEGWIJZER_DATUM or today): the same function the build used.
const datum = peildatum();

describe('entry pages in dist/', () => {
  const activiteiten = alles.activiteiten;

  it('every activity page shows its check date and both report links', () => {
    for (const a of activiteiten) {
      const html = page(detailUrl('activiteiten', a.id));
      expect(html, a.id).toContain('Gecontroleerd op');
      expect(html, a.id).toContain('Klopt er iets niet?');
      expect(html, a.id).toMatch(/href="mailto:[^"]*subject=Klopt%20er%20iets%20niet/);
      expect(html, a.id).toContain('/issues/new?template=er-klopt-iets-niet.yml');
    }
  });

  it('stale entries, and only those, show the notice and a lower search weight', () => {
    const oud = activiteiten.filter((a) => isVerouderd('activiteiten', a.data.gecontroleerd, datum));
    expect(oud.length).toBeGreaterThan(0);
    for (const a of activiteiten) {
      const html = page(detailUrl('activiteiten', a.id));
      const stale = oud.includes(a);
      expect(html.includes('Deze informatie is al een tijd niet gecontroleerd.'), a.id).toBe(stale);
      expect(html.includes('data-pagefind-weight="0.5"'), a.id).toBe(stale);
      expect(html, a.id).toContain(`data-vers="${stale ? 'nee' : 'ja'}"`);
    }
  });
});

describe('pages for editors and the programme team', () => {
  it('/dekking/ is noindex, outside search and outside the sitemap', () => {
    const html = page('/dekking/');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('data-pagefind-body');
    expect(readBuilt('/sitemap.xml')).not.toContain('/dekking/');
  });

  it('/admin/ is noindex and points at the generated config', () => {
    const html = page('/admin/');
    expect(html).toContain('noindex');
    expect(html).toContain('href="/admin/config.yml"');
    expect(readBuilt('/admin/config.yml')).toContain('publish_mode: editorial_workflow');
  });
});
