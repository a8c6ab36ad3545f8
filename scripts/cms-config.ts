/**
 * `npm run cms:config`: writes public/admin/config.yml (Decap CMS) from the zod schemas.
 * `--check` exits 1 when the file is out of date (the unit test uses the same comparison).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { cmsConfig, repoVan } from '../src/lib/cms/config.ts';
import { REPO_URL } from '../src/lib/site.ts';

export const PAD = 'public/admin/config.yml';

export function cmsConfigYaml(): string {
  return `# Gemaakt door npm run cms:config uit de schema's in src/schema/. Niet met de hand wijzigen.\n${stringify(cmsConfig(repoVan(REPO_URL)), { lineWidth: 0 })}`;
}

if (import.meta.main) {
  if (process.argv.includes('--check')) {
    const actueel = readFileSync(PAD, 'utf8') === cmsConfigYaml();
    console.log(actueel ? `${PAD} is actueel.` : `${PAD} is verouderd. Draai npm run cms:config.`);
    process.exitCode = actueel ? 0 : 1;
  } else {
    writeFileSync(PAD, cmsConfigYaml());
    console.log(`Geschreven: ${PAD}`);
  }
}
