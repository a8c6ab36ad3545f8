/**
 * The output folder an `astro build` command line asks for (`--outDir X` or `--outDir=X`), or
 * undefined when it names none (then Astro uses the config's outDir, `dist`).
 */
export function outDirFromArgs(args: readonly string[]): string | undefined {
  let found: string | undefined;
  args.forEach((arg, i) => {
    if (arg === '--outDir') found = args[i + 1];
    else if (arg.startsWith('--outDir=')) found = arg.slice('--outDir='.length);
  });
  return found;
}
