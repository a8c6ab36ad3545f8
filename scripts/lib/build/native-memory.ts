/**
 * Settings for mimalloc, the memory allocator inside two native parts of the Astro build: rolldown
 * (Vite's bundler) and Astro's compiler. By default mimalloc keeps memory it has freed, for reuse,
 * so after bundling the Astro process held several hundred MB outside V8's heap for the rest of
 * the build: at 10,000 entries V8's heap held 330–380 MB after each full collection while the
 * process stood at 1.4–1.5 GB while rendering. With freed memory handed back to the system at once, the process peaked at
 * 1,322–1,323 MB instead of 1,564–1,747 MB (three runs each), in the same time
 * (docs/benchmarks.md, fifth round).
 *
 * A MIMALLOC_* variable the person has set keeps its value.
 */

/** Give freed pages back to the system at once (purge without delay, by decommitting them). */
export const MIMALLOC_RETURN_FREED: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '0',
  MIMALLOC_PURGE_DECOMMITS: '1',
  MIMALLOC_ARENA_EAGER_COMMIT: '0',
};

/** The environment for the Astro process: `env` with the settings above where it has none of its own. */
export function astroEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...MIMALLOC_RETURN_FREED, ...env };
}
