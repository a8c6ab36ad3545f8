import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { tileSource } from '../../src/lib/map-config.ts';
import { HEADER_POLICY, META_DIRECTIVES, META_POLICY, netlifyHeaders, nginxConf } from '../../src/lib/security/csp.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('Content-Security-Policy', () => {
  test('scripts and styles come only from the site itself, never inline', () => {
    expect(META_DIRECTIVES['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(META_DIRECTIVES['style-src']).toEqual(["'self'"]);
    expect(META_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  test('images may come from the map tile host in map-config.ts', () => {
    expect(META_DIRECTIVES['img-src']).toContain(tileSource.host);
  });

  test('frame-ancestors is only in the header policy, where browsers honour it', () => {
    expect(META_POLICY).not.toContain('frame-ancestors');
    expect(HEADER_POLICY).toContain("frame-ancestors 'none'");
  });

  test('deploy/_headers and deploy/nginx.conf match the policy (run npm run deploy:headers)', () => {
    expect(readFileSync(path.join(root, 'deploy/_headers'), 'utf8')).toBe(netlifyHeaders());
    expect(readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')).toBe(nginxConf());
    expect(nginxConf()).toContain(`add_header Content-Security-Policy "${HEADER_POLICY}" always;`);
    expect(netlifyHeaders()).toContain('X-Content-Type-Options: nosniff');
  });
});
