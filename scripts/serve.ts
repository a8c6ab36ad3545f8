/**
 * A small static file server for the built site (dist/), used by `npm run preview`, the browser
 * tests and the benchmarks.
 *
 * It behaves like a plain static host: directory index.html, a 301 to the trailing-slash URL for a
 * directory, the site's own 404.html with status 404, and gzip/brotli compression when the client
 * asks for it. `onResponse` reports the bytes each response put on the wire (compressed), because
 * Pagefind's Web Worker requests are invisible to a page's own request accounting.
 *
 * CLI: `node scripts/serve.ts [root] [--port N]` (PORT env also works; default 4321, root dist).
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { promisify } from 'node:util';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Content types by file extension (lower case, with the dot). */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  // Decap CMS reads /admin/config.yml.
  '.yml': 'text/yaml; charset=utf-8',
  '.yaml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  // Pagefind's index files are already gzip-compressed binary blobs.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

/** The content type for a file name, from its extension. */
export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? DEFAULT_CONTENT_TYPE;
}

/** Whether compressing a body of this type is worth it (text formats and wasm; not images or Pagefind blobs). */
export function isCompressible(contentType: string): boolean {
  const type = contentType.split(';')[0]?.trim() ?? '';
  return (
    type.startsWith('text/') ||
    type === 'image/svg+xml' ||
    type === 'application/wasm' ||
    type === 'application/json' ||
    type === 'application/xml' ||
    type.endsWith('+json') ||
    type.endsWith('+xml')
  );
}

export type Encoding = 'br' | 'gzip' | 'identity';

/**
 * The encoding to use for a request's Accept-Encoding header: brotli before gzip, honouring
 * `q=0` ("not acceptable") and `*`.
 */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [rawName, ...params] = part.trim().split(';');
    const name = rawName?.trim().toLowerCase();
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.trim().split('=');
      if (key?.trim() === 'q' && value !== undefined) {
        const parsed = Number.parseFloat(value);
        q = Number.isFinite(parsed) ? parsed : 0;
      }
    }
    weights.set(name, q);
  }
  const weightOf = (name: string): number => weights.get(name) ?? weights.get('*') ?? 0;
  const br = weightOf('br');
  const gz = weightOf('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return 'identity';
}

/** What a request path maps to, before touching the file system for existence. */
export type PathResolution =
  | { kind: 'file'; file: string; trailingSlash: boolean }
  | { kind: 'bad-request'; reason: string }
  | { kind: 'forbidden'; reason: string };

/**
 * Maps the path part of a request URL onto a file below `root`, or says why it cannot.
 *
 * Pure: no file system access. The path is percent-decoded, checked for NUL bytes, normalised,
 * and the result must stay inside `root` (no `..` escapes, encoded or not). A path ending in `/`
 * maps to that directory's index.html.
 */
export function resolveRequestPath(root: string, urlPath: string): PathResolution {
  const absoluteRoot = path.resolve(root);
  const pathname = urlPath.split(/[?#]/, 1)[0] ?? '';
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'bad-request', reason: 'malformed percent-encoding' };
  }
  if (decoded.includes('\0')) return { kind: 'bad-request', reason: 'NUL byte in path' };
  if (!decoded.startsWith('/')) return { kind: 'bad-request', reason: 'path must start with /' };
  // Backslashes are separators on Windows; refuse them everywhere so behaviour is the same.
  if (decoded.includes('\\')) return { kind: 'forbidden', reason: 'backslash in path' };
  if (decoded.split('/').some((segment) => segment === '..')) {
    return { kind: 'forbidden', reason: 'parent directory segment' };
  }
  const trailingSlash = decoded.endsWith('/');
  const normalised = path.posix.normalize(decoded);
  const relative = normalised.replace(/^\/+/, '');
  const file = path.resolve(absoluteRoot, relative, trailingSlash ? 'index.html' : '');
  if (!isInside(absoluteRoot, file)) return { kind: 'forbidden', reason: 'outside root' };
  return { kind: 'file', file, trailingSlash };
}

/** Whether `target` is `root` itself or lies below it. Both must be absolute. */
export function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** One finished response, as reported to `onResponse`. */
export interface ResponseRecord {
  method: string;
  /** The request URL as received (path and query). */
  url: string;
  /** The decoded path without query. */
  path: string;
  status: number;
  /** Bytes of body written to the socket, after compression (0 for HEAD). */
  bytes: number;
  /** Size of the file before compression, if a file was served. */
  rawBytes: number;
  encoding: Encoding;
  contentType: string | undefined;
}

export interface ServerOptions {
  /** Folder to serve (normally dist/). */
  root: string;
  /** Compress text responses when the client accepts it. Default true. */
  compress?: boolean;
  /** Brotli quality 0–11. Default 11, as static hosts that precompress use; results are cached per file. */
  brotliQuality?: number;
  /** Called once per finished response with the bytes on the wire. */
  onResponse?: (record: ResponseRecord) => void;
}

interface CachedBody {
  mtimeMs: number;
  size: number;
  body: Buffer;
}

/** Creates (does not start) an HTTP server for a static folder. */
export function createServer(options: ServerOptions): http.Server {
  const root = path.resolve(options.root);
  const compress = options.compress ?? true;
  const brotliQuality = options.brotliQuality ?? 11;
  const cache = new Map<string, CachedBody>();
  let realRootPromise: Promise<string> | undefined;
  const realRoot = (): Promise<string> => (realRootPromise ??= realpath(root));

  async function compressed(file: string, mtimeMs: number, raw: Buffer, encoding: Encoding): Promise<Buffer> {
    if (encoding === 'identity') return raw;
    const key = `${encoding}:${file}`;
    const hit = cache.get(key);
    if (hit && hit.mtimeMs === mtimeMs && hit.size === raw.length) return hit.body;
    const body =
      encoding === 'br'
        ? await brotliAsync(raw, {
            params: {
              [zlibConstants.BROTLI_PARAM_QUALITY]: brotliQuality,
              [zlibConstants.BROTLI_PARAM_SIZE_HINT]: raw.length,
            },
          })
        : await gzipAsync(raw, { level: 9 });
    cache.set(key, { mtimeMs, size: raw.length, body });
    return body;
  }

  /** Stats a file that must be a regular file whose real location is inside the root. */
  async function findFile(file: string): Promise<{ isFile: boolean; isDirectory: boolean; mtimeMs: number } | null> {
    try {
      const info = await stat(file);
      const real = await realpath(file);
      if (!isInside(await realRoot(), real)) return null;
      return { isFile: info.isFile(), isDirectory: info.isDirectory(), mtimeMs: info.mtimeMs };
    } catch {
      return null;
    }
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, record: ResponseRecord): Promise<void> {
    const method = req.method ?? 'GET';
    if (method !== 'GET' && method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      sendText(res, 405, 'Method Not Allowed');
      return;
    }
    const rawUrl = req.url ?? '/';
    const query = rawUrl.includes('?') ? rawUrl.slice(rawUrl.indexOf('?')) : '';
    const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '/';
    const resolution = resolveRequestPath(root, pathname);
    if (resolution.kind === 'bad-request') {
      sendText(res, 400, `Bad Request: ${resolution.reason}`);
      return;
    }
    if (resolution.kind === 'forbidden') {
      sendText(res, 403, 'Forbidden');
      return;
    }
    try {
      record.path = decodeURIComponent(pathname);
    } catch {
      record.path = pathname;
    }

    const found = await findFile(resolution.file);
    if (found?.isFile) {
      await sendFile(req, res, resolution.file, found.mtimeMs, 200, record);
      return;
    }
    if (found?.isDirectory && !resolution.trailingSlash) {
      const index = await findFile(path.join(resolution.file, 'index.html'));
      if (index?.isFile) {
        res.setHeader('Location', `${pathname}/${query}`);
        sendText(res, 301, 'Moved Permanently');
        return;
      }
    }
    const notFound = path.join(root, '404.html');
    const notFoundInfo = await findFile(notFound);
    if (notFoundInfo?.isFile) {
      await sendFile(req, res, notFound, notFoundInfo.mtimeMs, 404, record);
      return;
    }
    sendText(res, 404, 'Not Found');
  }

  async function sendFile(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    file: string,
    mtimeMs: number,
    status: number,
    record: ResponseRecord,
  ): Promise<void> {
    const contentType = contentTypeFor(file);
    const raw = await readFile(file);
    const encoding =
      compress && isCompressible(contentType) ? chooseEncoding(req.headers['accept-encoding']) : 'identity';
    const body = await compressed(file, mtimeMs, raw, encoding);
    record.rawBytes = raw.length;
    record.encoding = encoding;
    res.statusCode = status;
    res.setHeader('Content-Type', contentType);
    res.setHeader('Content-Length', body.length);
    res.setHeader('Cache-Control', 'no-cache');
    if (compress && isCompressible(contentType)) res.setHeader('Vary', 'Accept-Encoding');
    if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  return http.createServer((req, res) => {
    const record: ResponseRecord = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      path: (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/',
      status: 0,
      bytes: 0,
      rawBytes: 0,
      encoding: 'identity',
      contentType: undefined,
    };
    res.on('finish', () => {
      record.status = res.statusCode;
      // Every response carries an exact Content-Length and is sent whole, so this is the body on the wire.
      record.bytes = record.method === 'HEAD' ? 0 : Number(res.getHeader('Content-Length') ?? 0);
      const type = res.getHeader('Content-Type');
      record.contentType = typeof type === 'string' ? type : undefined;
      options.onResponse?.(record);
    });
    handle(req, res, record).catch((error: unknown) => {
      if (!res.headersSent) sendText(res, 500, 'Internal Server Error');
      else res.destroy();
      console.error(error);
    });
  });
}

function sendText(res: http.ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(text));
  res.end(text);
}

export interface RunningServer {
  /** Base URL with trailing slash, e.g. http://127.0.0.1:4321/ */
  url: string;
  port: number;
  server: http.Server;
  close(): Promise<void>;
}

/**
 * Starts a server for `root` on 127.0.0.1. Port 0 (the default here) picks a free port; the
 * chosen one is in the result.
 */
export async function startServer(options: ServerOptions & { port?: number; host?: string }): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Parses CLI arguments: `[root] [--port N | --port=N]`. */
export function parseArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): { root: string; port: number } {
  let root = 'dist';
  let port = env['PORT'] ? Number(env['PORT']) : 4321;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--port') {
      port = Number(argv[++i]);
    } else if (arg.startsWith('--port=')) {
      port = Number(arg.slice('--port='.length));
    } else if (!arg.startsWith('-')) {
      root = arg;
    } else {
      throw new Error(`Unknown option ${arg}. Usage: node scripts/serve.ts [root] [--port N]`);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${String(port)}`);
  return { root, port };
}

async function main(): Promise<void> {
  const { root, port } = parseArgs(process.argv.slice(2), process.env);
  const info = await stat(root).catch(() => null);
  if (!info?.isDirectory()) {
    console.error(`Cannot serve "${root}": no such folder. Run \`npm run build\` first.`);
    process.exit(1);
  }
  const running = await startServer({ root, port });
  console.log(`Serving ${root} at ${running.url} (Ctrl+C to stop)`);
  const stop = (): void => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.main) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
