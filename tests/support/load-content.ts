/**
 * The content loader of the tests: the script-side loader in the shape pages get from `alles()`
 * (scripts/lib/load-alles.ts: checked and parsed by the content validator, as the build's calendar
 * files are), so the exporters are tested without building the site. Async: `await loadContent(…)`.
 */
import path from 'node:path';

export { loadAlles as loadContent } from '../../scripts/lib/load-alles.ts';

export const VALID_FIXTURE = path.resolve(import.meta.dirname, '../fixtures/valid');
