/**
 * A minimal static file server on 127.0.0.1 for the built site: enough for a
 * browser to load it, and nothing outside the folder is ever served.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface StaticServer {
  readonly url: string;
  readonly close: () => Promise<void>;
}

/**
 * Serves `root`; with `api`, also answers each of its paths with its JSON
 * and fills in the page's `gmekit-api` meta tag, as `npm start` does.
 */
export async function serveStatic(root: string, api?: Readonly<Record<string, unknown>>): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (api !== undefined && path in api) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(api[path]));
      return;
    }
    if (api !== undefined && (path === '/' || path === '/index.html')) {
      const html = readFileSync(join(root, 'index.html'), 'utf8').replace(/(<meta name="gmekit-api" content=")(")/, '$1api/$2');
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(html);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => { resolve(); }); }),
  };
}
