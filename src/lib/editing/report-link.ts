/**
 * Links behind "Klopt er iets niet?": a GitHub new-issue URL that opens the issue form
 * `er-klopt-iets-niet.yml` pre-filled with the entry, and a mailto fallback for people without
 * a GitHub account. Field ids match `.github/ISSUE_TEMPLATE/er-klopt-iets-niet.yml`.
 */

export const MELD_TEMPLATE = 'er-klopt-iets-niet.yml';

export interface MeldOnderdeel {
  /** Collection folder, e.g. `activiteiten`. */
  collectie: string;
  id: string;
  naam: string;
  /** Absolute URL of the entry page. */
  url: string;
}

/** The GitHub "new issue" URL with the form and the entry filled in. */
export function githubMeldUrl(repoUrl: string, onderdeel: MeldOnderdeel): string {
  const params = new URLSearchParams({
    template: MELD_TEMPLATE,
    title: `Klopt niet: ${onderdeel.naam}`,
    pagina: onderdeel.url,
    bestand: `content/${onderdeel.collectie}/…/${onderdeel.id}.md`,
  });
  return `${repoUrl.replace(/\/+$/, '')}/issues/new?${params.toString()}`;
}

/** A mailto: link with subject and a short body that names the entry. */
export function mailMeldUrl(email: string, onderdeel: MeldOnderdeel): string {
  const subject = `Klopt er iets niet? ${onderdeel.naam}`;
  const body = [
    `Het gaat om: ${onderdeel.naam}`,
    `Pagina: ${onderdeel.url}`,
    `Id: ${onderdeel.collectie}/${onderdeel.id}`,
    '',
    'Wat klopt er niet? En wat moet het wel zijn?',
    '',
  ].join('\n');
  // encodeURIComponent, not URLSearchParams: mail clients expect %20 for spaces, not "+".
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
