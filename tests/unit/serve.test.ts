import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  chooseEncoding,
  contentTypeFor,
  isInside,
  parseArgs,
  resolveRequestPath,
  startServer,
  type ResponseRecord,
  type RunningServer,
} from '../../scripts/serve.ts';

const ROOT = '/srv/site';

describe('resolveRequestPath', () => {
  test('maps / and directory paths with a trailing slash to index.html', () => {
    expect(resolveRequestPath(ROOT, '/')).toEqual({ kind: 'file', file: '/srv/site/index.html', trailingSlash: true });
    expect(resolveRequestPath(ROOT, '/kernen/den-burg/')).toEqual({
      kind: 'file',
      file: '/srv/site/kernen/den-burg/index.html',
      trailingSlash: true,
    });
  });

  test('maps a file path to that file and ignores the query string', () => {
    expect(resolveRequestPath(ROOT, '/_astro/app.js?v=1')).toEqual({
      kind: 'file',
      file: '/srv/site/_astro/app.js',
      trailingSlash: false,
    });
  });

  test('decodes percent-encoded names', () => {
    expect(resolveRequestPath(ROOT, '/caf%C3%A9/menu.pdf')).toMatchObject({ file: '/srv/site/café/menu.pdf' });
  });

  test.each([
    '/../etc/passwd',
    '/a/../../etc/passwd',
    '/%2e%2e/etc/passwd',
    '/%2E%2E/%2E%2E/etc/passwd',
    '/a/%2e%2e%2f%2e%2e%2fetc/passwd',
    '/..%2fetc/passwd',
    '/..%5c..%5cetc/passwd',
    '/a\\..\\..\\etc',
    '/a/..',
  ])('refuses the traversal attempt %s', (attempt) => {
    expect(resolveRequestPath(ROOT, attempt).kind).toBe('forbidden');
  });

  test('keeps doubled slashes inside the root', () => {
    expect(resolveRequestPath(ROOT, '//etc/passwd')).toMatchObject({ kind: 'file', file: '/srv/site/etc/passwd' });
  });

  test.each([
    ['/%00', 'NUL byte'],
    ['/index.html%00.png', 'NUL byte'],
    ['/%E0%A4%A', 'malformed'],
    ['relative/path', 'must start with /'],
  ])('rejects %s as a bad request', (bad, reason) => {
    const result = resolveRequestPath(ROOT, bad);
    expect(result.kind).toBe('bad-request');
    expect(result.kind === 'bad-request' ? result.reason : '').toContain(reason);
  });
});

describe('isInside', () => {
  test('accepts the root itself and paths below it', () => {
    expect(isInside('/srv/site', '/srv/site')).toBe(true);
    expect(isInside('/srv/site', '/srv/site/a/b.html')).toBe(true);
  });

  test('rejects a sibling folder that merely shares the prefix', () => {
    expect(isInside('/srv/site', '/srv/site-evil/index.html')).toBe(false);
    expect(isInside('/srv/site', '/srv')).toBe(false);
  });
});

describe('chooseEncoding', () => {
  test.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1.0, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['identity', 'identity'],
    ['deflate', 'identity'],
  ] as const)('Accept-Encoding %j gives %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('contentTypeFor', () => {
  test.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['pagefind/wasm.nl.pagefind', 'application/octet-stream'],
    ['x.wasm', 'application/wasm'],
    ['pagefind/pagefind.nl_abc.pf_meta', 'application/octet-stream'],
    ['pagefind/index/nl_1.pf_index', 'application/octet-stream'],
    ['pagefind/fragment/nl_2.pf_fragment', 'application/octet-stream'],
    ['agenda.ics', 'text/calendar; charset=utf-8'],
    ['admin/config.yml', 'text/yaml; charset=utf-8'],
    ['x.YAML', 'text/yaml; charset=utf-8'],
    ['sitemap-index.xml', 'application/xml; charset=utf-8'],
    ['data/hsds.json', 'application/json; charset=utf-8'],
    ['manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['logo.SVG', 'image/svg+xml'],
    ['flyer.pdf', 'application/pdf'],
    ['no-extension', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeFor(file)).toBe(type);
  });
});

describe('parseArgs', () => {
  test('defaults to dist on port 4321', () => {
    expect(parseArgs([], {})).toEqual({ root: 'dist', port: 4321 });
  });

  test('takes the port from PORT, overridden by --port', () => {
    expect(parseArgs(['out'], { PORT: '8080' })).toEqual({ root: 'out', port: 8080 });
    expect(parseArgs(['--port', '9000'], { PORT: '8080' })).toEqual({ root: 'dist', port: 9000 });
    expect(parseArgs(['--port=0', 'dist'], {})).toEqual({ root: 'dist', port: 0 });
  });

  test('rejects an invalid port or an unknown option', () => {
    expect(() => parseArgs(['--port', 'abc'], {})).toThrow(/Invalid port/);
    expect(() => parseArgs(['--verbose'], {})).toThrow(/Unknown option/);
  });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request with the path sent exactly as given (fetch() would normalise `..` away). */
function rawRequest(
  server: RunningServer,
  requestPath: string,
  options: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: requestPath,
        method: options.method ?? 'GET',
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('the static server', () => {
  let workDir: string;
  let server: RunningServer;
  const records: ResponseRecord[] = [];
  const homeHtml = `<!doctype html><html lang="nl"><title>Home</title><h1>${'Wegwijzer '.repeat(200)}</h1></html>`;

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'serve-test-'));
    const root = path.join(workDir, 'dist');
    mkdirSync(path.join(root, 'kernen', 'den-burg'), { recursive: true });
    mkdirSync(path.join(root, 'pagefind'), { recursive: true });
    writeFileSync(path.join(root, 'index.html'), homeHtml);
    writeFileSync(path.join(root, '404.html'), '<!doctype html><title>Niet gevonden</title>');
    writeFileSync(path.join(root, 'kernen', 'den-burg', 'index.html'), '<h1>Den Burg</h1>');
    writeFileSync(path.join(root, 'agenda.ics'), 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n');
    writeFileSync(path.join(root, 'pagefind', 'pagefind.nl.pf_meta'), Buffer.from([0x1f, 0x8b, 1, 2, 3]));
    writeFileSync(path.join(workDir, 'secret.txt'), 'outside the root');
    symlinkSync(path.join(workDir, 'secret.txt'), path.join(root, 'link.txt'));
    server = await startServer({ root, onResponse: (record) => records.push({ ...record }) });
  });

  afterAll(async () => {
    await server.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  test('listens on 127.0.0.1 and reports its URL', () => {
    expect(server.url).toBe(`http://127.0.0.1:${String(server.port)}/`);
  });

  test('serves index.html for / uncompressed when the client accepts no encoding', async () => {
    const res = await rawRequest(server, '/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString()).toBe(homeHtml);
  });

  test('compresses with brotli or gzip as the client asks, and reports the compressed bytes', async () => {
    const br = await rawRequest(server, '/', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(homeHtml);
    expect(br.body.length).toBeLessThan(Buffer.byteLength(homeHtml));

    const gz = await rawRequest(server, '/?gzip', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(homeHtml);

    const brRecord = records.find((record) => record.url === '/' && record.encoding === 'br');
    expect(brRecord).toMatchObject({ status: 200, bytes: br.body.length, rawBytes: Buffer.byteLength(homeHtml) });
    const gzRecord = records.find((record) => record.url === '/?gzip');
    expect(gzRecord).toMatchObject({ path: '/', encoding: 'gzip', bytes: gz.body.length });
  });

  test('does not compress Pagefind files again (they are gzip already)', async () => {
    const res = await rawRequest(server, '/pagefind/pagefind.nl.pf_meta', {
      headers: { 'Accept-Encoding': 'br, gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/octet-stream');
    expect(res.headers['content-encoding']).toBeUndefined();
    expect([...res.body]).toEqual([0x1f, 0x8b, 1, 2, 3]);
  });

  test('serves .ics as text/calendar', async () => {
    const res = await rawRequest(server, '/agenda.ics');
    expect(res.headers['content-type']).toBe('text/calendar; charset=utf-8');
  });

  test('redirects a directory without trailing slash to the slash URL, keeping the query', async () => {
    const res = await rawRequest(server, '/kernen/den-burg?from=home');
    expect(res.status).toBe(301);
    expect(res.headers.location).toBe('/kernen/den-burg/?from=home');
    const page = await rawRequest(server, '/kernen/den-burg/');
    expect(page.status).toBe(200);
    expect(page.body.toString()).toBe('<h1>Den Burg</h1>');
  });

  test('answers an unknown path with the site 404 page and status 404', async () => {
    const res = await rawRequest(server, '/bestaat-niet/');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body.toString()).toContain('Niet gevonden');
  });

  test('answers HEAD without a body and refuses other methods', async () => {
    const head = await rawRequest(server, '/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    const post = await rawRequest(server, '/', { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET, HEAD');
  });

  test.each(['/../secret.txt', '/%2e%2e/secret.txt', '/kernen/%2e%2e/%2e%2e/secret.txt', '/..%2fsecret.txt'])(
    'never serves a file outside the root for %s',
    async (attempt) => {
      const res = await rawRequest(server, attempt);
      expect(res.status).toBe(403);
      expect(res.body.toString()).not.toContain('outside the root');
    },
  );

  test('does not follow a symlink that points outside the root', async () => {
    const res = await rawRequest(server, '/link.txt');
    expect(res.status).toBe(404);
    expect(res.body.toString()).not.toContain('outside the root');
  });

  test('answers malformed paths with 400', async () => {
    expect((await rawRequest(server, '/%E0%A4%A')).status).toBe(400);
    expect((await rawRequest(server, '/index.html%00')).status).toBe(400);
  });
});
