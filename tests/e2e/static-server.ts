// A built site (dist/ unless told otherwise) served by a bare static server the caller controls:
// which headers it sends, which paths were asked of it, and when it goes away (offline).
// `astro preview` can do none of these. Used by e2e tests and by `npm run bench`.
// It compresses as static hosts do (gzip, for a client that accepts it): Lighthouse's simulated
// network times transfers by their size on the wire, and no host serves a lesson uncompressed.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = join(import.meta.dirname, '../../dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.zip': 'application/zip',
};

/** Already compressed: sent as they are. */
const STORED = new Set(['.zip', '.png', '.jpg', '.webp', '.woff2']);

export interface StaticSite { origin: string; hits: string[]; close(): Promise<void> }

export async function serveDist(port: number, headers: Record<string, string> = {}, root = DIST): Promise<StaticSite> {
  const hits: string[] = [];
  const gzipped = new Map<string, Buffer>();
  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const pathname = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    hits.push(pathname);
    let path = normalize(join(root, pathname));
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', vary: 'accept-encoding' };
      if (STORED.has(extname(path)) || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
        res.writeHead(200, { ...headers, ...type }).end(body);
        return;
      }
      if (!gzipped.has(path)) gzipped.set(path, gzipSync(body));
      res.writeHead(200, { ...headers, ...type, 'content-encoding': 'gzip' }).end(gzipped.get(path));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    hits,
    close: () => new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}
