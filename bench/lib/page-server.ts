/** Serves aeb pages from 127.0.0.1 at /page/<id>, as the live-page benchmarks open them. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AebPage } from './aeb-data';

export interface PageServer {
  origin: string;
  /** The page's address on the server. */
  urlOf(id: string): string;
  close(): void;
}

/** Serves each page's HTML with `headers` (page scripts stay off: the captures were taken with JavaScript off). */
export async function servePages(pages: readonly AebPage[], headers: Record<string, string> = {}): Promise<PageServer> {
  const byId = new Map(pages.map((page) => [page.id, page]));
  const server = createServer((request, response) => {
    const page = byId.get((request.url ?? '').replace(/^\/page\//, ''));
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': "script-src 'none'", ...headers }).end(page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, urlOf: (id) => `${origin}/page/${id}`, close: () => server.close() };
}
