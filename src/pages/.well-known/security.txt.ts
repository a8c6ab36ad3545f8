/** /.well-known/security.txt (RFC 9116); Expires is derived from the content (see src/lib/export/security.ts). */
import type { APIRoute } from 'astro';
import { alles } from '../../data/content.ts';
import { buildSecurityTxt, expiresAt, expiresBase } from '../../lib/export/security.ts';
import { SECURITY_CONTACT, SECURITY_POLICY, SITE_URL } from '../../lib/site.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { COLLECTIES } from '../../schema/collections.ts';

export const GET: APIRoute = async () => {
  const all = await alles();
  const dates = COLLECTIES.flatMap((c) => all[c].map((entry) => entry.data.gecontroleerd));
  const body = buildSecurityTxt({
    contact: SECURITY_CONTACT,
    expires: expiresAt(expiresBase(dates, process.env['SOURCE_DATE_EPOCH'])),
    canonical: absoluteUrl('/.well-known/security.txt', SITE_URL),
    policy: SECURITY_POLICY || undefined,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
