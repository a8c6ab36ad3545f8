/**
 * Generates the editors' field reference (Dutch) from the zod schemas and writes it into
 * CONTRIBUTING.md between the markers. `--check` exits 1 when the file is out of date (used by
 * a unit test), so CONTRIBUTING.md always documents exactly the fields the build accepts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { plainSchemas } from '../../src/schema/plain.ts';
import { COLLECTIES } from '../../src/schema/collections.ts';
import { veldDocs, veldTabel } from '../../src/lib/schema-docs.ts';

export const START = '<!-- velden:start (gemaakt door npm run docs:fields, niet met de hand wijzigen) -->';
export const END = '<!-- velden:end -->';

/** The generated Markdown: one section per collection with its field table. */
export function fieldReference(): string {
  return COLLECTIES.map((name) => `### Map \`content/${name}/\`\n\n${veldTabel(veldDocs(plainSchemas[name]))}`).join(
    '\n\n',
  );
}

/** The document with the section between the markers replaced. */
export function withFieldReference(document: string): string {
  const start = document.indexOf(START);
  const end = document.indexOf(END);
  if (start === -1 || end === -1 || end < start) {
    throw new Error(`CONTRIBUTING.md mist de markeringen ${START} en ${END}.`);
  }
  return `${document.slice(0, start + START.length)}\n\n${fieldReference()}\n\n${document.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const path = new URL('../../CONTRIBUTING.md', import.meta.url);
  const current = readFileSync(path, 'utf8');
  const next = withFieldReference(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('CONTRIBUTING.md is niet bijgewerkt. Draai: npm run docs:fields');
      process.exit(1);
    }
    console.log('CONTRIBUTING.md beschrijft alle velden.');
  } else {
    writeFileSync(path, next);
    console.log(`CONTRIBUTING.md bijgewerkt: velden van ${COLLECTIES.length} mappen.`);
  }
}
