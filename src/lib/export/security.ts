/**
 * /.well-known/security.txt (RFC 9116). `Expires` is required and must lie in the future; a
 * value based on the build time would make builds differ, so it is derived from the content:
 * the newest gecontroleerd date plus 364 days (RFC 9116 recommends less than a year), at
 * midnight UTC. A site whose content nobody checked for a year thus also shows an expired
 * security.txt, which is the signal it deserves. SOURCE_DATE_EPOCH (the reproducible-builds
 * convention), when set and later, takes the place of that newest date.
 */

/** Days between the base date and Expires. */
export const EXPIRES_AFTER_DAYS = 364;

/** The base date: the newest of the given dates and SOURCE_DATE_EPOCH (seconds), as YYYY-MM-DD. */
export function expiresBase(dates: readonly string[], sourceDateEpoch?: string | undefined): string {
  let base = dates.reduce((max, d) => (d > max ? d : max), '1970-01-01');
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch)) {
    const epochDate = new Date(Number(sourceDateEpoch) * 1000).toISOString().slice(0, 10);
    if (epochDate > base) base = epochDate;
  }
  return base;
}

/** Expires as RFC 3339 UTC: expiresAt('2026-11-01') === '2027-10-31T00:00:00.000Z'. */
export function expiresAt(base: string): string {
  const [y, m, d] = base.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + EXPIRES_AFTER_DAYS)).toISOString();
}

export interface SecurityTxtOptions {
  contact: string;
  expires: string;
  canonical: string;
  policy?: string | undefined;
  languages?: readonly string[];
}

export function buildSecurityTxt(options: SecurityTxtOptions): string {
  const lines = [
    `Contact: ${options.contact}`,
    `Expires: ${options.expires.replace(/\.\d{3}Z$/, 'Z')}`,
    `Preferred-Languages: ${(options.languages ?? ['nl', 'en']).join(', ')}`,
    `Canonical: ${options.canonical}`,
    ...(options.policy ? [`Policy: ${options.policy}`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
