import { describe, expect, it } from 'vitest';
import { formatAfstand, formatEuro, formatKosten, formatPhone, telHref } from '../../src/lib/format.ts';

const NBSP = '\u00a0';

describe('phone numbers', () => {
  it('a number with a four-digit area code reads as 0223 – 00 00 01 and dials internationally', () => {
    expect(formatPhone('0223000001')).toBe('0223 – 00 00 01');
    expect(telHref('0223 00 00 01')).toBe('tel:+31223000001');
  });

  it('a number with a three-digit area code is grouped 020 – 123 45 67', () => {
    expect(formatPhone('020-1234567')).toBe('020 – 123 45 67');
    expect(telHref('020-1234567')).toBe('tel:+31201234567');
  });

  it('a mobile number reads as 06 – 12 34 56 78', () => {
    expect(formatPhone('0612345678')).toBe('06 – 12 34 56 78');
  });

  it('a number written with +31 is shown in the national form', () => {
    expect(formatPhone('+31 223 123456')).toBe('0223 – 12 34 56');
    expect(telHref('+31 223 123456')).toBe('tel:+31223123456');
  });

  it('a municipal 14-number reads as 14 0223 and dials as tel:140223', () => {
    expect(formatPhone('14 0223')).toBe('14 0223');
    expect(formatPhone('140223')).toBe('14 0223');
    expect(telHref('14 0223')).toBe('tel:140223');
  });

  it('a free 0800 number keeps its national form', () => {
    expect(formatPhone('0800-1234')).toBe('0800 – 1234');
    expect(formatPhone('08000234567')).toBe('0800 – 023 45 67');
    expect(telHref('0800 1234')).toBe('tel:08001234');
  });

  it('a number the formatter does not recognise is shown as written', () => {
    expect(formatPhone(' 112 ')).toBe('112');
  });
});

describe('money', () => {
  it('an amount with cents is written as € 2,50 on one line', () => {
    expect(formatEuro(2.5)).toBe(`€${NBSP}2,50`);
  });

  it('a whole amount is written without cents', () => {
    expect(formatEuro(5)).toBe(`€${NBSP}5`);
  });

  it('free, paid and voluntary contributions are named in words', () => {
    expect(formatKosten({ soort: 'gratis' })).toBe('gratis');
    expect(formatKosten({ soort: 'betaald', bedrag: 2.5 })).toBe(`€${NBSP}2,50`);
    expect(formatKosten({ soort: 'vrijwillige-bijdrage' })).toBe('vrijwillige bijdrage');
    expect(formatKosten({ soort: 'vrijwillige-bijdrage', bedrag: 1 })).toBe(`vrijwillige bijdrage (€${NBSP}1)`);
  });
});

describe('distances', () => {
  it('a distance under ten kilometres has one decimal with a comma', () => {
    expect(formatAfstand(3.24)).toBe(`3,2${NBSP}km`);
    expect(formatAfstand(1)).toBe(`1,0${NBSP}km`);
  });

  it('a distance under a kilometre is given in metres, rounded to a hundred', () => {
    expect(formatAfstand(0.84)).toBe(`800${NBSP}m`);
    expect(formatAfstand(0.01)).toBe(`100${NBSP}m`);
    expect(formatAfstand(0.97)).toBe(`1,0${NBSP}km`);
  });

  it('a distance of ten kilometres or more is rounded to whole kilometres', () => {
    expect(formatAfstand(12.4)).toBe(`12${NBSP}km`);
    expect(formatAfstand(9.97)).toBe(`10${NBSP}km`);
  });
});
