/**
 * Extra search terms for Dutch compounds and synonyms, computed at build time.
 *
 * Pagefind matches a query word as the start of an indexed word ("taal" finds "taalcafé"), but it
 * never looks inside a word: "ochtend" does not find "koffieochtend", "café" does not find
 * "taalcafé" (Pagefind issue #738), and "schulden" cannot find a page that only says "geld". For
 * every indexable page we therefore add, invisibly, the parts of its compounds and the synonyms of
 * its words, from the curated list in src/data/zoekwoorden.yml.
 */

/** The curated list, as editors write it in src/data/zoekwoorden.yml. */
export interface Zoekwoorden {
  /** Word parts compounds are made of, lower case, without accents. */
  woorddelen: readonly string[];
  /** Groups of words that find each other. */
  synoniemen: readonly (readonly string[])[];
}

/** Lower case, accents removed ("Financiën" → "financien"), as Pagefind compares words. */
export function normalizeWord(word: string): string {
  // toLowerCase, not toLocaleLowerCase('nl'): Dutch has no special casing rules (only Turkish,
  // Azeri and Lithuanian do), so the result is the same, without a locale lookup per call.
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, normalised; hyphenated words count as one word and as their parts. */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const raw of normalizeWord(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    if (raw.includes('-')) {
      words.push(raw.replaceAll('-', ''), ...raw.split('-'));
    } else {
      words.push(raw);
    }
  }
  return words;
}

/** Dutch alphabetical order; one collator, not one per comparison (as localeCompare would look up). */
const dutchOrder = new Intl.Collator('nl');

/** A final part alone must be this long: "vergeten" must not yield "eten". */
const MIN_TAIL = 5;

/** Linking sounds between parts of a Dutch compound ("scheiding-s-plein", "kind-er-en"). */
const LINKS = ['', 's', 'e', 'en'];

/**
 * The parts of a compound, when the whole word is made of known parts (with an optional linking
 * s/e/en between them): "ouderkindochtend" → ["ouder", "kind", "ochtend"]. Prefers the fewest
 * parts. When the word is not fully made of known parts, returns its longest known final part
 * of at least five letters, with at least three letters before it ("donderdagochtend" →
 * ["ochtend"]; "buurtbemiddeling" has none). A word that is itself a part, or has no known parts, gives [].
 */
export function splitCompound(word: string, parts: ReadonlySet<string>): string[] {
  const w = normalizeWord(word);
  if (w.length < 6) return [];
  // best[i]: the shortest list of parts that spells w.slice(0, i), or undefined.
  const best: (string[] | undefined)[] = [[]];
  for (let i = 0; i < w.length; i++) {
    const before = best[i];
    if (!before) continue;
    for (const link of before.length > 0 ? LINKS : ['']) {
      if (!w.startsWith(link, i)) continue;
      const start = i + link.length;
      for (let end = start + 3; end <= w.length; end++) {
        const part = w.slice(start, end);
        if (!parts.has(part)) continue;
        const candidate = [...before, part];
        const current = best[end];
        if (!current || candidate.length < current.length) best[end] = candidate;
      }
    }
  }
  const whole = best[w.length];
  if (whole && whole.length > 1) return whole;
  if (whole) return [];
  for (let start = 3; start <= w.length - MIN_TAIL; start++) {
    const tail = w.slice(start);
    if (parts.has(tail)) return [tail];
  }
  return [];
}

interface Prepared {
  parts: Set<string>;
  groups: string[][];
  /** For each word, the synonym groups it is in (positions in `groups`). */
  groupsOf: Map<string, number[]>;
  /** Compound splits per word: a site has a few thousand distinct words, split each once. */
  splits: Map<string, string[]>;
}

const preparedLists = new WeakMap<Zoekwoorden, Prepared>();

function prepared(lijst: Zoekwoorden): Prepared {
  let ready = preparedLists.get(lijst);
  if (!ready) {
    const groups = lijst.synoniemen.map((group) => group.map(normalizeWord));
    const groupsOf = new Map<string, number[]>();
    groups.forEach((group, position) => {
      for (const word of new Set(group)) groupsOf.set(word, [...(groupsOf.get(word) ?? []), position]);
    });
    ready = { parts: new Set(lijst.woorddelen.map(normalizeWord)), groups, groupsOf, splits: new Map() };
    preparedLists.set(lijst, ready);
  }
  return ready;
}

/**
 * The extra terms for a page whose own text is `text`: compound parts and synonyms that the text
 * does not already contain, in a stable order. Synonyms are looked up for every word and every
 * part, and are not followed further (a synonym's synonyms are not added).
 */
export function extraTerms(text: string, lijst: Zoekwoorden): string[] {
  const { parts, groups, groupsOf, splits } = prepared(lijst);
  const own = new Set(wordsOf(text));
  const extra = new Set<string>();
  const seen = new Set<string>(own);
  for (const word of own) {
    let split = splits.get(word);
    if (!split) {
      split = splitCompound(word, parts);
      splits.set(word, split);
    }
    for (const part of split) {
      seen.add(part);
      if (!own.has(part)) extra.add(part);
    }
  }
  const found = new Set<number>();
  for (const word of seen) for (const position of groupsOf.get(word) ?? []) found.add(position);
  for (const position of found) for (const word of groups[position] ?? []) if (!own.has(word)) extra.add(word);
  return [...extra].sort(dutchOrder.compare);
}

/** Reads and checks the parsed YAML of src/data/zoekwoorden.yml; throws with a Dutch message. */
export function checkZoekwoorden(data: unknown): Zoekwoorden {
  const fout = (msg: string): never => {
    throw new Error(`src/data/zoekwoorden.yml: ${msg}`);
  };
  if (typeof data !== 'object' || data === null) return fout('het bestand is leeg of geen lijst.');
  const { woorddelen, synoniemen } = data as Record<string, unknown>;
  const isWoord = (w: unknown): w is string => typeof w === 'string' && /^[a-z0-9-]+$/.test(w);
  if (!Array.isArray(woorddelen) || !woorddelen.every(isWoord)) {
    return fout('"woorddelen" moet een lijst woorden zijn, in kleine letters zonder accenten.');
  }
  if (!Array.isArray(synoniemen) || !synoniemen.every((g) => Array.isArray(g) && g.length > 1 && g.every(isWoord))) {
    return fout('"synoniemen" moet een lijst groepen zijn, elk met twee of meer woorden in kleine letters.');
  }
  return { woorddelen, synoniemen: synoniemen as string[][] };
}
