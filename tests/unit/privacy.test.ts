/** Heuristics for contact details that look private. */
import { describe, expect, it } from 'vitest';
import { findMobileNumbers, isMobileNumber, privateEmailReason } from '../../src/lib/privacy.ts';

describe('mobile numbers', () => {
  it('recognises 06 numbers however they are written', () => {
    for (const n of ['06-12345678', '06 12 34 56 78', '+31 6 12345678', '0612345678'])
      expect(isMobileNumber(n), n).toBe(true);
  });

  it('does not flag landline, service and municipal numbers', () => {
    for (const n of ['0223 – 12 34 56', '0800 1234', '14 0223', '020-1234567'])
      expect(isMobileNumber(n), n).toBe(false);
  });

  it('finds mobile numbers in running text', () => {
    expect(findMobileNumbers('Bel Ria op 06-12345678 of mail ons. Of bel 0223 123456.')).toEqual(['06-12345678']);
  });
});

describe('private-looking e-mail addresses', () => {
  it('flags consumer mail providers', () => {
    expect(privateEmailReason('buurtkamer@gmail.com')).toBe('maildomein');
    expect(privateEmailReason('Iemand@Hotmail.NL')).toBe('maildomein');
  });

  it('flags mailboxes that look like a person’s name', () => {
    expect(privateEmailReason('j.jansen@welzijn.example.org')).toBe('persoonsnaam');
    expect(privateEmailReason('jan.de.vries@gemeente.example.org')).toBe('persoonsnaam');
  });

  it('accepts function addresses of organisations', () => {
    for (const a of [
      'info@welzijn.example.org',
      'buurtkamer.julianadorp@welzijn.example.org',
      'aanmelden@bieb.example.org',
    ])
      expect(privateEmailReason(a), a).toBeUndefined();
  });
});
