/**
 * Serves test/fixtures/pages on 127.0.0.1; `?csp=strict` adds `Content-Security-Policy:
 * default-src 'self'`, `?csp=sandbox` a sandbox without scripts (for the page and its frames).
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const PAGES = join(import.meta.dirname, '..', 'fixtures', 'pages');
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

export interface FixtureServer {
  origin: string;
  /** Replaces what a path serves (to simulate a page edited between visits). */
  override(path: string, html: string | undefined): void;
  close(): Promise<void>;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const overrides = new Map<string, string>();
  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
    if (url.searchParams.get('csp') === 'strict') headers['Content-Security-Policy'] = "default-src 'self'";
    if (url.searchParams.get('csp') === 'sandbox') headers['Content-Security-Policy'] = 'sandbox allow-same-origin';
    const override = overrides.get(url.pathname);
    if (override !== undefined) {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES['.html']! }).end(override);
      return;
    }
    const path = normalize(join(PAGES, url.pathname));
    if (!path.startsWith(PAGES)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(path);
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    override: (path, html) => (html === undefined ? overrides.delete(path) : overrides.set(path, html)),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
