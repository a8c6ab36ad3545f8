/**
 * A plain-text table for benchmark output: a title, a header row, right-aligned numbers.
 * Other benchmark sections (page bytes, Lighthouse, search) print with the same function.
 */

export type Cell = string | number | undefined;

export interface Column {
  key: string;
  label: string;
  /** Format a number cell; default: locale-free, up to one decimal. */
  format?: (value: number) => string;
}

function defaultFormat(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** The table as text, one line per row; missing cells show as "–". */
export function formatTable(title: string, columns: readonly Column[], rows: readonly Record<string, Cell>[]): string {
  const cells = rows.map((row) =>
    columns.map((c) => {
      const value = row[c.key];
      if (value === undefined) return '–';
      return typeof value === 'number' ? (c.format ?? defaultFormat)(value) : value;
    }),
  );
  const numeric = columns.map((c) => rows.some((r) => typeof r[c.key] === 'number'));
  const widths = columns.map((c, i) => Math.max(c.label.length, ...cells.map((r) => (r[i] as string).length)));
  const line = (values: readonly string[]) =>
    values.map((v, i) => (numeric[i] ? v.padStart(widths[i] as number) : v.padEnd(widths[i] as number))).join('  ');
  return [
    title,
    line(columns.map((c) => c.label)),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...cells.map(line),
  ].join('\n');
}

/** The same table as GitHub markdown, for docs/benchmarks.md. */
export function formatMarkdownTable(columns: readonly Column[], rows: readonly Record<string, Cell>[]): string {
  const cell = (c: Column, value: Cell) =>
    value === undefined ? '–' : typeof value === 'number' ? (c.format ?? defaultFormat)(value) : value;
  const numeric = columns.map((c) => rows.some((r) => typeof r[c.key] === 'number'));
  return [
    `| ${columns.map((c) => c.label).join(' | ')} |`,
    `|${numeric.map((n) => (n ? '---:' : '---')).join('|')}|`,
    ...rows.map((r) => `| ${columns.map((c) => cell(c, r[c.key])).join(' | ')} |`),
  ].join('\n');
}

export function printTable(title: string, columns: readonly Column[], rows: readonly Record<string, Cell>[]): void {
  console.log(`\n${formatTable(title, columns, rows)}\n`);
}

/** Common formats. */
export const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
export const megabytes = (mb: number): string => `${Math.round(mb).toLocaleString('en-US')} MB`;
export const ratio = (value: number): string => `${value.toFixed(2)}×`;
