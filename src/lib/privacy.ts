/**
 * Heuristics for contact details that look private: a mobile number (06) or an e-mail address at
 * a consumer mail provider or with a person's name in it. Private numbers of volunteers are
 * personal data (AVG); entries should use organisation or function addresses. Pure; used for
 * warnings, never errors, because a heuristic can be wrong.
 */
import { phoneDigits } from '../schema/pieces.ts';

/** Mobile numbers: 06 followed by 8 digits, written in any common way (06-12345678, +31 6 ...). */
const MOBIEL_IN_TEKST = /(?<![\d+])(?:\+31[\s-]?|0031[\s-]?|0)6[\s\-–.]?(?:\d[\s\-–.]?){7}\d(?!\d)/g;

/** Is this phone number a Dutch mobile number (06)? */
export function isMobileNumber(phone: string): boolean {
  return /^06\d{8}$/.test(phoneDigits(phone).replace(/^0031/, '0'));
}

/** Mobile numbers found in free text (a description, a note). */
export function findMobileNumbers(text: string): string[] {
  return text.match(MOBIEL_IN_TEKST)?.map((m) => m.trim()) ?? [];
}

/** Consumer mail providers: an address there usually belongs to a person. */
export const PRIVE_MAILDOMEINEN = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.nl',
  'outlook.com',
  'outlook.nl',
  'live.nl',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.nl',
  'icloud.com',
  'me.com',
  'ziggo.nl',
  'kpnmail.nl',
  'kpnplanet.nl',
  'planet.nl',
  'home.nl',
  'xs4all.nl',
  'hetnet.nl',
  'casema.nl',
  'upcmail.nl',
  'chello.nl',
  'quicknet.nl',
  'telfort.nl',
  'online.nl',
  'tele2.nl',
  'zeelandnet.nl',
  'proton.me',
  'protonmail.com',
] as const;

/** Words that make a mailbox a function address rather than a person's. */
const FUNCTIE_WOORDEN =
  /info|contact|secretari|redactie|welzijn|loket|team|balie|receptie|administratie|aanmeld|vrijwillig|bestuur|post|mail|servicedesk|helpdesk|support|klant|vraag|bureau|wijk|buurt|huis|dorp|centrum|bibliotheek|school|club|vereniging|stichting|regenboog|netwerk|noreply|no-reply/i;

export type PriveReden = 'maildomein' | 'persoonsnaam';

/**
 * Why an e-mail address looks private, or undefined when it looks like an organisation address.
 * Person-like: "jan.de.vries@", "j.jansen@", "jandevries1970@"-style mailboxes are hard to tell
 * apart from functions, so only the dotted name patterns count.
 */
export function privateEmailReason(address: string): PriveReden | undefined {
  const [local = '', domain = ''] = address.toLowerCase().trim().split('@');
  if (PRIVE_MAILDOMEINEN.some((d) => domain === d)) return 'maildomein';
  if (FUNCTIE_WOORDEN.test(local)) return undefined;
  // initial(s) + surname (j.jansen, a.b.smit) or first.last with optional tussenvoegsel (jan.de.vries)
  if (/^(?:[a-z]\.){1,3}[a-z]{2,}(?:-[a-z]{2,})?$/.test(local)) return 'persoonsnaam';
  if (/^[a-z]{2,}(?:\.(?:van|de|der|den|te|ter|het|in|'t))*\.[a-z]{2,}$/.test(local)) return 'persoonsnaam';
  return undefined;
}
