/**
 * A per-build memory for pure functions of an object and a short key. Pages ask the same question
 * about the same entry again and again (an activity's schedule text is on its own page, its kern
 * page, its location, topic pages, the search data, the calendar and the open data), and the
 * answers never change within a build. Entries come from Astro's data store once per build, so
 * their object identity is stable; a WeakMap lets an answer go when its object does.
 */
export function memoByObject<K extends object, V>(
  compute: (object: K, key: string) => V,
): (object: K, key?: string) => V {
  const answers = new WeakMap<K, Map<string, V>>();
  return (object, key = '') => {
    let byKey = answers.get(object);
    if (!byKey) {
      byKey = new Map();
      answers.set(object, byKey);
    }
    if (byKey.has(key)) return byKey.get(key) as V;
    const answer = compute(object, key);
    byKey.set(key, answer);
    return answer;
  };
}
