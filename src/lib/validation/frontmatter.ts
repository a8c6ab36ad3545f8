/**
 * Splits a markdown file into its YAML frontmatter and body the way Astro does
 * (`@astrojs/internal-helpers/frontmatter`), and remembers on which line the YAML starts so
 * problems can name the line in the file.
 */

// The same pattern Astro uses; keep in step so the validator sees what the build sees.
const FRONTMATTER = /(?:^\uFEFF?|^\s*\n)---([\s\S]*?\n)---/;
const TOML_START = /(?:^\uFEFF?|^\s*\n)\+\+\+/;

export interface Gesplitst {
  /** The YAML text between the two `---` lines. */
  yaml: string;
  /** 1-based line in the file where the YAML text starts (the line of the opening `---`). */
  yamlRegel: number;
  /** Everything after the closing `---`. */
  body: string;
  /** 1-based line of the closing `---`. */
  eindRegel: number;
}

export type SplitResultaat = { ok: true; deel: Gesplitst } | { ok: false; reden: 'geen-frontmatter' | 'toml' };

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Splits `text` into frontmatter and body, or says why that is not possible. */
export function splitFrontmatter(text: string): SplitResultaat {
  const match = FRONTMATTER.exec(text);
  if (!match) return { ok: false, reden: TOML_START.test(text) ? 'toml' : 'geen-frontmatter' };
  const yaml = match[1] ?? '';
  const yamlStart = match.index + match[0].length - yaml.length - 3;
  const closing = match.index + match[0].length - 3;
  return {
    ok: true,
    deel: {
      yaml,
      yamlRegel: lineAt(text, yamlStart),
      body: text.slice(match.index + match[0].length),
      eindRegel: lineAt(text, closing),
    },
  };
}
