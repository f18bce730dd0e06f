/**
 * The feed server: `node:http` on loopback, two routes per program and an
 * index, ETags with `304 Not Modified`, and a 4xx with a one-line plain-text
 * reason for every bad request. A handler error becomes a 500 with no stack
 * in the body (it goes to `onError`), so no request can take the server down.
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Temporal } from 'temporal-polyfill';
import type { Catalog } from '@gmekit/model';
import { feedDocument, feedICS, SessionStore, type FeedOptions } from './feed';
import { readWindow, RequestError, type WindowPolicy } from './window';

/** Options of {@link createFeedServer}. */
export interface FeedServerOptions extends Partial<WindowPolicy>, Partial<Omit<FeedOptions, 'generatedAt'>> {
  /** The catalog served. */
  readonly catalog: Catalog;
  /** Zone "today" is read in (default America/Los_Angeles). */
  readonly timeZone?: string;
  /** Today's date, for tests; default the current date in `timeZone`. */
  readonly today?: () => string;
  /** When the data was generated (DTSTAMP); default the server's start, to the second. */
  readonly generatedAt?: string;
  /** Rendered feeds kept in memory (default 64); expanded program-years are kept apart (48). */
  readonly cacheEntries?: number;
  /** Called with unexpected handler errors (default: written to stderr). */
  readonly onError?: (error: unknown) => void;
}

/** A running server. */
export interface RunningFeedServer {
  /** Base URL, e.g. `http://127.0.0.1:8787/`. */
  readonly url: string;
  /** The node server. */
  readonly server: Server;
  /** Stops accepting and closes open connections. */
  readonly close: () => Promise<void>;
}

interface Rendered {
  readonly body: string;
  readonly etag: string;
  readonly type: string;
}

const ROUTE = /^\/feeds\/([a-z0-9][a-z0-9-]{0,99})\.(ics|json)$/;

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(body);
}

/**
 * Creates the server (not yet listening).
 *
 * @param options - catalog, windows, readings, limits
 * @returns the node server
 */
export function createFeedServer(options: FeedServerOptions): Server {
  const policy: WindowPolicy = { pastDays: options.pastDays ?? 30, futureDays: options.futureDays ?? 180, maxDays: options.maxDays ?? 731 };
  const zone = options.timeZone ?? 'America/Los_Angeles';
  const generatedAt = options.generatedAt ?? Temporal.Now.instant().round({ smallestUnit: 'second' }).toString();
  const feed: FeedOptions = {
    limitPerSeries: options.limitPerSeries ?? 2000,
    generatedAt,
    refreshInterval: options.refreshInterval ?? 'PT12H',
    ...(options.readingsBySeries ? { readingsBySeries: options.readingsBySeries } : {}),
    ...(options.rules ? { rules: options.rules } : {}),
  };
  const today = options.today ?? (() => Temporal.Now.plainDateISO(zone).toString());
  const onError = options.onError ?? ((e: unknown) => { process.stderr.write(`conference-feed: ${e instanceof Error ? e.message : String(e)}\n`); });
  const store = new SessionStore(feed);
  const siteNames = Object.fromEntries(options.catalog.sites.map((site) => [site.id, site.name]));
  const cache = new Map<string, Rendered>();
  const cacheEntries = options.cacheEntries ?? 64;

  function render(programId: string, format: string, query: URLSearchParams): Rendered {
    const program = options.catalog.programs.find((p) => p.id === programId);
    if (!program) throw new RequestError(404, `no program ${JSON.stringify(programId)} in the catalog; GET / lists the feeds`);
    const window = readWindow(query, Temporal.PlainDate.from(today()), policy);
    const key = `${programId}|${format}|${window.start}|${window.end}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const doc = feedDocument(program, window, feed, store);
    const body = format === 'ics' ? feedICS(doc, feed, program, siteNames) : `${JSON.stringify(doc, null, 2)}\n`;
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    const rendered = { body, etag, type: format === 'ics' ? 'text/calendar; charset=utf-8' : 'application/json; charset=utf-8' };
    if (cache.size >= cacheEntries) cache.delete(cache.keys().next().value ?? key);
    cache.set(key, rendered);
    return rendered;
  }

  function index(base: string): string {
    const feeds = options.catalog.programs.map((p) => ({
      id: p.id,
      name: p.name,
      ics: `${base}feeds/${p.id}.ics`,
      json: `${base}feeds/${p.id}.json`,
    }));
    return `${JSON.stringify({ feeds, window: { defaultPastDays: policy.pastDays, defaultFutureDays: policy.futureDays, maxDays: policy.maxDays } }, null, 2)}\n`;
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, `method ${req.method ?? ''} not allowed; use GET\n`, { allow: 'GET, HEAD' });
      return;
    }
    const raw = req.url ?? '/';
    if (raw.length > 2048) {
      send(res, 414, 'request URL longer than 2048 characters\n');
      return;
    }
    let url: URL;
    try {
      url = new URL(raw, 'http://feed.invalid');
      decodeURIComponent(url.pathname);
    } catch {
      send(res, 400, 'malformed request URL\n');
      return;
    }
    const base = `http://${req.headers.host ?? 'localhost'}/`;
    if (url.pathname === '/') {
      if (url.search !== '') throw new RequestError(400, 'the index takes no query parameters');
      const body = index(base);
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    const match = ROUTE.exec(url.pathname);
    if (!match) throw new RequestError(404, `no route ${JSON.stringify(url.pathname.slice(0, 100))}; feeds are at /feeds/<program>.ics and /feeds/<program>.json`);
    const rendered = render(match[1] ?? '', match[2] ?? '', url.searchParams);
    const headers = { etag: rendered.etag, 'cache-control': 'no-cache' };
    const inm = req.headers['if-none-match'];
    if (inm?.split(',').map((t) => t.trim().replace(/^W\//, '')).some((t) => t === rendered.etag || t === '*') === true) {
      res.writeHead(304, headers);
      res.end();
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': rendered.type, 'content-length': String(Buffer.byteLength(rendered.body)) });
    res.end(req.method === 'HEAD' ? undefined : rendered.body);
  }

  return createServer((req, res) => {
    try {
      handle(req, res);
    } catch (error) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (error instanceof RequestError) {
        send(res, error.status, `${error.message}\n`);
        return;
      }
      onError(error);
      send(res, 500, 'internal error\n');
    }
  });
}

/**
 * Starts the server on a loopback port.
 *
 * @param options - server options
 * @param port - port (0: any free port)
 * @param host - address (default 127.0.0.1)
 * @returns the URL and a close function
 */
export async function startFeedServer(options: FeedServerOptions, port = 0, host = '127.0.0.1'): Promise<RunningFeedServer> {
  const server = createFeedServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
