import { describe, expect, test } from 'vitest';
import { activiteitenInKern, indexOf } from '../../src/lib/export/bron.ts';
import { kernEvents } from '../../src/lib/export/ical/calendar.ts';
import { SITE_URL } from '../../src/lib/site.ts';
import { activiteitIcsUrl, detailUrl, kernIcsUrl, kernUrl } from '../../src/lib/urls.ts';
import { checkA11y, formatViolations } from '../support/axe.ts';
import { siteUrl, useBrowser, visit } from '../support/browser.ts';
import { CONTENT_DIR } from '../support/built.ts';
import { loadContent } from '../support/load-content.ts';
import { readBuiltHtml } from '../support/site.ts';

const chromium = useBrowser();
const content = await loadContent(CONTENT_DIR);
const index = indexOf(content);
const activity = content.activiteiten[0]!;
const kern = content.kernen.find((k) => kernEvents(activiteitenInKern(content, k.id), index, SITE_URL).length > 0)!;
const kernPath = kernUrl(kern.data.gemeente.id, kern.id);

function jsonLdTypes(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) =>
    String(JSON.parse(m[1]!)['@type']),
  );
}

describe('open data on the pages', () => {
  test('the open data page has no WCAG 2.2 A/AA violations according to axe', async () => {
    const page = await chromium.newPage();
    await visit(page, '/open-data/');
    const violations = await checkA11y(page);
    expect(violations, formatViolations(violations, '/open-data/')).toEqual([]);
  });

  test('an activity page offers "Zet in mijn agenda", and the file is served as a calendar', async () => {
    const page = await chromium.newPage();
    await visit(page, detailUrl('activiteiten', activity.id));
    const link = page.getByRole('link', { name: 'Zet in mijn agenda' });
    expect(await link.getAttribute('href')).toBe(activiteitIcsUrl(activity.id));
    const response = await page.request.get(siteUrl(activiteitIcsUrl(activity.id)));
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  test('a kern page links to the calendar of all its activities', async () => {
    const page = await chromium.newPage();
    await visit(page, kernPath);
    const link = page.getByRole('link', { name: `Zet alle activiteiten in ${kern.data.naam} in mijn agenda` });
    expect(await link.getAttribute('href')).toBe(kernIcsUrl(kern.id));
  });

  test('every detail page type carries its schema.org JSON-LD', () => {
    expect(jsonLdTypes(readBuiltHtml(detailUrl('activiteiten', activity.id)))).toEqual(['Event']);
    expect(jsonLdTypes(readBuiltHtml(detailUrl('locaties', content.locaties[0]!.id)))).toEqual(['Place']);
    expect(jsonLdTypes(readBuiltHtml(detailUrl('diensten', content.diensten[0]!.id)))[0]).toMatch(
      /^(Government)?Service$/,
    );
    expect(jsonLdTypes(readBuiltHtml(detailUrl('organisaties', content.organisaties[0]!.id)))[0]).toMatch(
      /Organization$/,
    );
    expect(jsonLdTypes(readBuiltHtml(detailUrl('informatie', content.informatie[0]!.id)))[0]).toMatch(
      /^(Event|CreativeWork)$/,
    );
  });

  test('pages have a canonical URL and Open Graph tags, with the kern in the site name of a kern page', () => {
    const html = readBuiltHtml(kernPath);
    const canonical = `${SITE_URL.replace(/\/$/, '')}${kernPath}`;
    expect(html).toContain(`<link rel="canonical" href="${canonical}">`);
    expect(html).toContain(`<meta property="og:site_name" content="De Wegwijzer van ${kern.data.naam}">`);
    expect(html).toContain(`<meta property="og:url" content="${canonical}">`);
    expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]+href="[^"]+\/feeds\/regio\.xml"/);
    expect(html).toContain(`/feeds/${kern.id}.xml`);
    expect(readBuiltHtml('/')).toContain('<meta property="og:site_name" content="De Wegwijzer van de Kop">');
  });
});
