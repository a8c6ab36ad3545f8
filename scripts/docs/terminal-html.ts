/** Terminal text as a small self-contained HTML page, for a screenshot in the editors' guide. */

const escape = (tekst: string) => tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Strips ANSI colour codes and npm's own warnings; keeps the first `kop` and last `staart` lines. */
export function terminalRegels(uitvoer: string, kop: number, staart = 0): string[] {
  const regels = uitvoer
    // eslint-disable-next-line no-control-regex
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((r) => !r.startsWith('npm warn'))
    .map((r) => r.trimEnd());
  while (regels.length > 0 && regels[regels.length - 1] === '') regels.pop();
  if (regels.length <= kop + staart) return regels;
  return [...regels.slice(0, kop), '…', ...(staart > 0 ? regels.slice(-staart) : [])];
}

export function terminalHtml(commando: string, uitvoer: string, kop: number, staart = 0): string {
  const regels = terminalRegels(uitvoer, kop, staart);
  return `<!doctype html><html lang="nl"><meta charset="utf-8"><style>
body { margin: 0; background: #fff; }
.terminal { display: inline-block; max-width: 640px; box-sizing: border-box; margin: 0; padding: 12px 14px;
  background: #1e1e1e; color: #e8e8e8; font: 13px/1.45 "DejaVu Sans Mono", monospace;
  white-space: pre-wrap; overflow-wrap: anywhere; }
.prompt { color: #8fd18f; }
</style><pre class="terminal"><span class="prompt">$ ${escape(commando)}</span>
${regels.map(escape).join('\n')}</pre></html>`;
}
