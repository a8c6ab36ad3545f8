/** Small parts of the validator: suggestions, paths, frontmatter, YAML lines, file sorting. */
import { describe, expect, it } from 'vitest';
import { closeMatches, ofLijst, toId } from '../../src/lib/validation/suggest.ts';
import { formatPath, valueAt } from '../../src/lib/validation/paths.ts';
import { splitFrontmatter } from '../../src/lib/validation/frontmatter.ts';
import { parseYaml } from '../../src/lib/validation/yaml-source.ts';
import { deelIn } from '../../src/lib/validation/tree.ts';

describe('suggestions', () => {
  it('a typo in an id suggests the id that was meant', () => {
    expect(closeMatches('juliandorp', ['julianadorp', 'huisduinen', 'den-burg'])).toEqual(['julianadorp']);
  });

  it('a word that looks like nothing gets no suggestion', () => {
    expect(closeMatches('xyz', ['julianadorp', 'huisduinen'])).toEqual([]);
  });

  it('a word sharing its first half with a choice suggests that choice', () => {
    expect(closeMatches('buurthuis', ['buurtkamer', 'bibliotheek'])).toEqual(['buurtkamer']);
  });

  it('alternatives are listed the Dutch way', () => {
    expect(ofLijst(['a', 'b', 'c'])).toBe("'a', 'b' of 'c'");
  });

  it('a file name becomes a valid id without spaces, capitals or accents', () => {
    expect(toId('Koffie Ochtend Café')).toBe('koffie-ochtend-cafe');
  });
});

describe('field paths', () => {
  it('a path into a list is written with the index in brackets', () => {
    expect(formatPath(['wanneer', 0, 'van'])).toBe('wanneer[0].van');
  });

  it('finds the value at a path, and nothing where the path leads nowhere', () => {
    const data = { wanneer: [{ van: '09:30' }], naam: 'Koffie' };
    expect(valueAt(data, ['wanneer', 0, 'van'])).toBe('09:30');
    expect(valueAt(data, [])).toBe(data);
    expect(valueAt(data, ['naam', 'van'])).toBeUndefined();
    expect(valueAt(data, ['wanneer', 3, 'van'])).toBeUndefined();
  });
});

describe('frontmatter', () => {
  it('splits a file as Astro does and knows the lines of both --- markers', () => {
    const split = splitFrontmatter('\n---\nnaam: x\n---\nTekst\n');
    expect(split).toEqual({ ok: true, deel: { yaml: '\nnaam: x\n', yamlRegel: 2, body: '\nTekst\n', eindRegel: 4 } });
  });

  it('a file without --- has no frontmatter', () => {
    expect(splitFrontmatter('naam: x\n')).toEqual({ ok: false, reden: 'geen-frontmatter' });
  });
});

describe('YAML with line numbers', () => {
  const yaml = '\nnaam: x\nwanneer:\n  - van: "09:30"\n    tot: "11:30"\n';

  it('finds the line of a nested field in the file', () => {
    const result = parseYaml(yaml, 1);
    if (!result.ok) throw new Error('expected valid YAML');
    expect(result.regelVan(['wanneer', 0, 'tot'])).toBe(5);
    expect(result.regelVan(['naam'], 'sleutel')).toBe(2);
  });

  it('a field that is not there points at the nearest field that is', () => {
    const result = parseYaml(yaml, 1);
    if (!result.ok) throw new Error('expected valid YAML');
    expect(result.regelVan(['wanneer', 0, 'dagen'])).toBe(4);
  });

  it('an impossible date stays the text the editor wrote, a real one becomes a date', () => {
    const result = parseYaml('a: 2026-02-30\nb: 2026-03-02\n', 1);
    if (!result.ok) throw new Error('expected valid YAML');
    expect(result.data).toEqual({ a: '2026-02-30', b: new Date('2026-03-02T00:00:00Z') });
  });

  it('a tab used for indenting is explained in Dutch with its line', () => {
    const result = parseYaml('a:\n\tb: 1\n', 10);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fouten[0]).toMatchObject({ regel: 11 });
    expect(result.fouten[0]?.bericht).toContain('Gebruik alleen spaties');
  });
});

describe('sorting the files of a content folder', () => {
  it('markdown files in collection folders are entries, also in subfolders', () => {
    const { entries, problemen } = deelIn([
      'kernen/julianadorp.md',
      'activiteiten/texel/yoga.md',
      'README.md',
      'kernen/.gitkeep',
    ]);
    expect(entries.map((e) => `${e.collectie}:${e.id}`)).toEqual(['kernen:julianadorp', 'activiteiten:yoga']);
    expect(problemen).toEqual([]);
  });

  it('a hidden markdown file is an error, because the site would skip it', () => {
    expect(deelIn(['kernen/.oud.md']).problemen[0]).toMatchObject({ ernst: 'fout', soort: 'verborgen-bestand' });
  });

  it('a loose markdown file next to the collection folders is an error', () => {
    expect(deelIn(['koffie.md']).problemen[0]).toMatchObject({ ernst: 'fout', soort: 'buiten-collectie' });
  });

  it('a .markdown file in a collection is an error that proposes the .md name', () => {
    const [p] = deelIn(['activiteiten/yoga.markdown']).problemen;
    expect(p).toMatchObject({ ernst: 'fout', soort: 'verkeerde-extensie' });
    expect(p?.bericht).toContain('yoga.md');
  });
});
