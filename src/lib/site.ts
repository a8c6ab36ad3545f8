/** Site-wide constants: one place to change the public address, name and contact. */
export const SITE_URL = process.env.SITE_URL ?? 'https://wegwijzer.example.org';
export const SITE_NAME = 'De Wegwijzer van de Kop';

/** Licence of the open data (HSDS, GeoJSON, iCalendar, feeds). Change it here; the pages follow. */
export const DATA_LICENSE = {
  name: 'CC0 1.0 Universeel',
  spdx: 'CC0-1.0',
  url: 'https://creativecommons.org/publicdomain/zero/1.0/deed.nl',
} as const;

/** Who publishes the site and its data (feeds, open data pages). */
export const PUBLISHER = 'Regioprogramma sociaal domein Kop van Noord-Holland';

/**
 * Where to report a security problem (/.well-known/security.txt, RFC 9116). Set SECURITY_CONTACT
 * to a mailto: or https: address of the real owner before going live.
 */
export const SECURITY_CONTACT = process.env.SECURITY_CONTACT ?? 'mailto:security@example.org';
/** Optional: a page with the disclosure policy (empty: no Policy line). */
export const SECURITY_POLICY = process.env.SECURITY_POLICY ?? '';

/**
 * The editors' address for questions about the site and for accessibility problems (about page,
 * accessibility statement). Set SITE_CONTACT_EMAIL to the real address before going live.
 */
export const CONTACT_EMAIL = process.env.SITE_CONTACT_EMAIL ?? 'wegwijzer@example.org';

/**
 * The public repository of the site's content. "Klopt er iets niet?" links open its issue form;
 * the CMS at /admin/ edits it. Set WEGWIJZER_REPO (https://github.com/owner/name) when forking.
 */
export const REPO_URL = process.env.WEGWIJZER_REPO ?? 'https://github.com/wegwijzer-kop/wegwijzer';

/**
 * The one localStorage key the site writes: the shortlist "Mijn lijstje" as its encoded id list
 * (see src/lib/lijstje/ids.ts and docs/lijstje.md). The list itself lives in the page URL; this
 * copy only lets the header link and the next visit remember it. No cookies, nothing else stored.
 */
export const LIJSTJE_STORAGE_KEY = 'wegwijzer-lijstje';
