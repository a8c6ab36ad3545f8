/** Which contact details an entry shows: its own, or those of the organisation behind it. */

export interface Contact {
  telefoon?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
  toelichting?: string | undefined;
}

export interface ContactKeuze {
  contact: Contact;
  /** Name of the organisation whose contact details are shown; absent when they are the entry's own. */
  van?: string;
}

/**
 * The entry's own contact when it has one; otherwise the organisation's, with its name so the page
 * can say whose number it is. Undefined when neither exists (a location without an organisation).
 */
export function chooseContact(
  eigen: Contact | undefined,
  organisatie?: { naam: string; contact?: Contact | undefined },
): ContactKeuze | undefined {
  if (eigen && hasReachableField(eigen)) return { contact: eigen };
  if (organisatie?.contact && hasReachableField(organisatie.contact))
    return { contact: organisatie.contact, van: organisatie.naam };
  return undefined;
}

function hasReachableField(contact: Contact): boolean {
  return Boolean(contact.telefoon || contact.email || contact.website);
}
