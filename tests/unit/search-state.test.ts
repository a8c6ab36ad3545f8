import { describe, expect, test } from 'vitest';
import {
  hasFilters,
  inWholeGemeente,
  inWholeRegion,
  isActive,
  pagefindFilters,
  parseState,
  stateToSearch,
} from '../../src/lib/search/state.ts';

describe('search state in the URL', () => {
  test('a query string round-trips through the state', () => {
    const search = '?q=koffie+ochtend&kern=julianadorp&thema=ontmoeten&thema=bewegen&gratis=ja';
    expect(stateToSearch(parseState(search))).toBe(search);
  });

  test('unknown parameters and malformed values are ignored', () => {
    const state = parseState('?q=taal&kern=<script>&foo=bar&thema=taal&thema=taal');
    expect(state.filters.kern).toEqual([]);
    expect(state.filters.thema).toEqual(['taal']);
    expect(stateToSearch(state)).toBe('?q=taal&thema=taal');
  });

  test('an empty state is inactive and has an empty query string', () => {
    const state = parseState('');
    expect(isActive(state)).toBe(false);
    expect(hasFilters(state)).toBe(false);
    expect(stateToSearch(state)).toBe('');
    expect(isActive(parseState('?gratis=ja'))).toBe(true);
  });

  test('one value becomes a plain Pagefind filter, several become "any"', () => {
    expect(pagefindFilters(parseState('?kern=julianadorp&thema=geld&thema=werk'))).toEqual({
      kern: 'julianadorp',
      thema: { any: ['geld', 'werk'] },
    });
  });

  test('widening replaces the kern by its gemeente, or drops all place filters', () => {
    const state = parseState('?q=voetbal&kern=de-cocksdorp&gratis=ja');
    expect(stateToSearch(inWholeGemeente(state, 'texel'))).toBe('?q=voetbal&gemeente=texel&gratis=ja');
    expect(stateToSearch(inWholeRegion(inWholeGemeente(state, 'texel')))).toBe('?q=voetbal&gratis=ja');
  });
});
