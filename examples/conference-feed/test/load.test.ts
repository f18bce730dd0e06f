/**
 * Load on loopback, bounded in count: 2,000 requests from 20 concurrent
 * clients: default-window polls, conditional polls, custom monthly windows
 * (fresh renders) and bad requests. The server must answer
 * every one with the status its request deserves and never a 5xx or a reset.
 * Figures (requests/s, latency percentiles) are printed, never asserted.
 */
import { Agent, get } from 'node:http';
import { catalog } from '@gmekit/programs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_READINGS, startFeedServer, type RunningFeedServer } from '../src/index';

const TOTAL = 2000;
const CONCURRENCY = 20;

let feed: RunningFeedServer;
const internal: unknown[] = [];

beforeAll(async () => {
  feed = await startFeedServer({ catalog, readingsBySeries: DEFAULT_READINGS, today: () => '2026-11-04', generatedAt: '2026-10-01T00:00:00Z', cacheEntries: 32, onError: (e) => internal.push(e) });
});

afterAll(async () => {
  await feed.close();
});

interface Plan {
  readonly path: string;
  readonly expect: number;
  readonly conditional?: boolean;
}

/**
 * Subscribers mostly poll the default window (served from cache, or 304 when
 * unchanged); some ask for their own month (a fresh render each time); some
 * requests are bad.
 */
function plan(i: number): Plan {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((i % 12) + 1).padStart(2, '0');
  switch (i % 10) {
    case 0:
      return { path: 'feeds/no-such.ics', expect: 404 };
    case 1:
      return { path: `feeds/kp-lamc-interventional-radiology.ics?from=2026-${month}-${day}&to=2025-01-01`, expect: 400 };
    case 2:
      return { path: 'feeds/kp-lamc-interventional-radiology.json?from=2026-02-31&to=2026-03-01', expect: 400 };
    case 3:
    case 4:
      return { path: 'feeds/kp-lamc-interventional-radiology.ics', expect: 304, conditional: true };
    case 5:
      return { path: 'feeds/kp-lamc-radiation-oncology.ics', expect: 200 };
    case 6:
    case 7:
      return { path: 'feeds/kp-lamc-interventional-radiology.ics', expect: 200 };
    case 8:
      return { path: `feeds/kp-lamc-interventional-radiology.json?from=2026-${month}-${day}&to=2026-${month}-28`, expect: 200 };
    default:
      return { path: `feeds/kp-lamc-interventional-radiology.ics?from=2026-${month}-01&to=2026-${month}-${day}`, expect: 200 };
  }
}

/** A lean keep-alive client: status and a drained body, or the error. */
function request(agent: Agent, url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = get(url, { agent, headers, timeout: 30_000 }, (res) => {
      res.resume();
      res.on('end', () => {
        resolve(res.statusCode ?? 0);
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('timed out after 30 s')));
    req.on('error', reject);
  });
}

it(`keeps serving ${TOTAL} requests at concurrency ${CONCURRENCY} with no errors`, async () => {
  const base = await fetch(new URL('feeds/kp-lamc-interventional-radiology.ics', feed.url));
  const etag = base.headers.get('etag') ?? '';
  await base.text();
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  let next = 0;
  const latencies: number[] = [];
  const wrong: string[] = [];
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < TOTAL; i = next++) {
      const p = plan(i);
      const t0 = performance.now();
      try {
        const status = await request(agent, new URL(p.path, feed.url), p.conditional ? { 'if-none-match': etag } : {});
        if (status !== p.expect) wrong.push(`${p.path}: ${status}, expected ${p.expect}`);
      } catch (error) {
        wrong.push(`${p.path}: ${error instanceof Error ? error.message : String(error)}`);
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (q: number) => (latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0).toFixed(1);
  console.log(
    `load: ${TOTAL} requests, concurrency ${CONCURRENCY}, ${seconds.toFixed(2)} s, ${(TOTAL / seconds).toFixed(0)} req/s, latency p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, max ${pct(1)} ms, wrong ${wrong.length}`,
  );
  expect(wrong.slice(0, 10)).toEqual([]);
  expect(latencies).toHaveLength(TOTAL);
  expect(internal).toEqual([]);
  // Still serving afterwards.
  expect((await fetch(feed.url)).status).toBe(200);
}, 300_000);
