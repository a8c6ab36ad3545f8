import { describe, expect, it } from 'vitest';
import { kernOfPath } from '../../src/lib/export/og.ts';
import { loadContent, VALID_FIXTURE } from '../support/load-content.ts';

const alles = await loadContent(VALID_FIXTURE);

describe('the kern of a page, for the link preview title', () => {
  it('is the kern itself on a kern page', () => {
    expect(kernOfPath(alles, '/den-helder/julianadorp/')).toEqual({ id: 'julianadorp', naam: 'Julianadorp' });
  });

  it('is the kern of the location on activity and location pages', () => {
    expect(kernOfPath(alles, '/activiteiten/koffieochtend-julianadorp/')?.id).toBe('julianadorp');
    expect(kernOfPath(alles, '/plekken/buurtkamer-julianadorp')?.id).toBe('julianadorp');
  });

  it('is none for regional pages and services for a whole gemeente', () => {
    expect(kernOfPath(alles, '/')).toBeUndefined();
    expect(kernOfPath(alles, '/den-helder/')).toBeUndefined();
    expect(kernOfPath(alles, '/diensten/digi-hulplijn/')).toBeUndefined();
    expect(kernOfPath(alles, '/informatie/webinar-rondkomen/')).toBeUndefined();
  });
});
