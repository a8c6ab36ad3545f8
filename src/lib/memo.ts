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

/**
 * A per-build memory for answers to questions that a number or a string identifies, for values
 * that are no objects (instants, rule texts). Bounded: emptied when it holds `max` answers, so
 * memory stays bounded however many different questions a build asks.
 */
export function boundedMemo<K, V>(max: number): (key: K, compute: () => V) => V {
  const answers = new Map<K, V>();
  return (key, compute) => {
    if (answers.has(key)) return answers.get(key) as V;
    const answer = compute();
    if (answers.size >= max) answers.clear();
    answers.set(key, answer);
    return answer;
  };
}
