/** Close-match suggestions for typos in field names, ids and vocabulary values. */

/** Edit distance (Damerau: a swap of two neighbouring letters counts as one edit). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * The candidates that look most like `word`, best first: exact matches apart from case and
 * punctuation, then small edit distances (at most a third of the word's length, minimum 2), then
 * candidates that start with or contain the word, then ones sharing the first half of the word. Returns at most `max` candidates.
 */
export function closeMatches(word: string, candidates: Iterable<string>, max = 3): string[] {
  const norm = (s: string) => s.toLowerCase().replace(/[\s_\-.]+/g, '');
  const target = norm(word);
  if (target === '') return [];
  const limit = Math.max(2, Math.floor(target.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of new Set(candidates)) {
    if (candidate === word) continue;
    const other = norm(candidate);
    let score: number;
    if (other === target) score = 0;
    else {
      const distance = editDistance(target, other);
      if (distance <= limit) score = distance;
      else if (target.length >= 4 && (other.startsWith(target) || target.startsWith(other))) score = limit + 1;
      else if (target.length >= 5 && other.includes(target)) score = limit + 2;
      else if (commonPrefix(target, other) >= Math.max(4, Math.ceil(target.length / 2))) score = limit + 3;
      else continue;
    }
    scored.push({ candidate, score });
  }
  return scored
    .sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate))
    .slice(0, max)
    .map((s) => s.candidate);
}

/** "'a'", "'a' of 'b'", "'a', 'b' of 'c'": a Dutch list of quoted alternatives. */
export function ofLijst(items: readonly string[]): string {
  const quoted = items.map((i) => `'${i}'`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} of ${quoted.at(-1)}`;
}

/** A file name turned into a valid id: lower case, accents removed, other characters as dashes. */
export function toId(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
