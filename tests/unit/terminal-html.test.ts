/** The terminal picture for the editors' guide: colours and npm warnings out, head and tail kept, HTML escaped. */
import { describe, expect, it } from 'vitest';
import { terminalHtml, terminalRegels } from '../../scripts/docs/terminal-html.ts';

describe('terminal text for a screenshot', () => {
  it('drops colour codes, npm warnings and trailing empty lines', () => {
    const uit = 'npm warn Unknown user config\n\u001b[31mFout\u001b[39m in a.md\n\n\n';
    expect(terminalRegels(uit, 10)).toEqual(['Fout in a.md']);
  });

  it('keeps the first and last lines around an ellipsis when the output is long', () => {
    const uit = ['1', '2', '3', '4', '5', '6'].join('\n');
    expect(terminalRegels(uit, 2, 1)).toEqual(['1', '2', '…', '6']);
    expect(terminalRegels(uit, 3, 3)).toEqual(['1', '2', '3', '4', '5', '6']);
  });

  it('escapes the text so a file name cannot become markup', () => {
    const html = terminalHtml('npm run check:content', "veld '<script>' & meer", 5);
    expect(html).toContain("veld '&lt;script&gt;' &amp; meer");
    expect(html).not.toContain('<script>');
  });
});
