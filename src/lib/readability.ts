/**
 * Rough readability figures for Dutch text, to warn editors when a description is far above
 * language level B1. Pure and dependency-free. The Flesch–Douma score is the Dutch adaptation of
 * Flesch Reading Ease: 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word).
 * Higher is easier; B1 texts usually score 60 or more. Syllables are estimated from vowel groups,
 * which is close enough for a warning (never for an error).
 */

export interface Leesbaarheid {
  woorden: number;
  zinnen: number;
  lettergrepen: number;
  /** Average words per sentence (0 for an empty text). */
  woordenPerZin: number;
  /** Flesch–Douma reading ease, or undefined for an empty text. */
  fleschDouma?: number;
  /** The longest sentence, in words. */
  langsteZin: number;
}

/** Strips markdown that is not read as words: links keep their text, code and URLs go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.)\s+/gm, '')
    .replace(/[*_]{1,3}/g, '');
}

const WOORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text (letters and digits, with inner apostrophes and hyphens). */
export function words(text: string): string[] {
  return text.match(WOORD) ?? [];
}

/**
 * Sentences: split after . ! ? or : followed by space, and at blank lines and list items, since
 * each list item is read as a sentence of its own.
 */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n\s*\n|\n(?=\s*(?:[-*+]|\d+\.)\s)/)
    .map((s) => s.trim())
    .filter((s) => words(s).length > 0);
}

// Vowel groups: "ij" counts as a vowel; a diaeresis (coördinatie, ideeën) starts a new syllable.
const KLINKERGROEP = /(?:ij|[aeiouyàáâèéêìíîòóôùúû])+|[äëïöü](?:ij|[aeiouyàáâèéêìíîòóôùúû])*/giu;

/** Estimated syllables of one Dutch word; at least 1. */
export function syllables(word: string): number {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Math.max(1, lower.length);
  const groups = lower.match(KLINKERGROEP)?.length ?? 0;
  return Math.max(1, groups);
}

/** Reading figures of a (markdown) text. */
export function readability(markdown: string): Leesbaarheid {
  const text = plainText(markdown);
  const zinnen = sentences(text);
  const alleWoorden = words(text);
  const lettergrepen = alleWoorden.reduce((sum, w) => sum + syllables(w), 0);
  const woorden = alleWoorden.length;
  const aantalZinnen = zinnen.length;
  const woordenPerZin = aantalZinnen === 0 ? 0 : woorden / aantalZinnen;
  const langsteZin = zinnen.reduce((max, z) => Math.max(max, words(z).length), 0);
  return {
    woorden,
    zinnen: aantalZinnen,
    lettergrepen,
    woordenPerZin,
    langsteZin,
    ...(woorden > 0 ? { fleschDouma: 206.835 - 0.93 * woordenPerZin - 77 * (lettergrepen / woorden) } : {}),
  };
}

/** Limits above which a description is "far above B1" for a web page entry. */
export const B1_GRENZEN = {
  /** More words than this is a long read on a phone. */
  maxWoorden: 250,
  /** Average sentence length; B1 advice is about 15 words. */
  maxWoordenPerZin: 20,
  /** Flesch–Douma below this is hard to read (only judged from `minWoordenVoorScore` words). */
  minFleschDouma: 40,
  minWoordenVoorScore: 40,
} as const;

/** Reasons, in plain Dutch, why a description is far above B1; empty when it is fine. */
export function b1Bezwaren(markdown: string, grenzen = B1_GRENZEN): string[] {
  const l = readability(markdown);
  const bezwaren: string[] = [];
  if (l.woorden > grenzen.maxWoorden)
    bezwaren.push(`de tekst is lang (${l.woorden} woorden; probeer onder de ${grenzen.maxWoorden} te blijven)`);
  if (l.zinnen > 0 && l.woordenPerZin > grenzen.maxWoordenPerZin)
    bezwaren.push(
      `de zinnen zijn lang (gemiddeld ${Math.round(l.woordenPerZin)} woorden; probeer rond de 15 te blijven)`,
    );
  if (l.fleschDouma !== undefined && l.woorden >= grenzen.minWoordenVoorScore && l.fleschDouma < grenzen.minFleschDouma)
    bezwaren.push(
      `de tekst is moeilijk te lezen (leesbaarheidsscore ${Math.round(l.fleschDouma)}; kies kortere woorden en zinnen)`,
    );
  return bezwaren;
}
