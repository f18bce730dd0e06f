/**
 * Every class of window a client can ask for, for every program and both
 * formats: valid dates far in the past and future (before federal holidays
 * are known, the first and last four-digit years), reversed, malformed and
 * huge windows. The answer is 200 or a 4xx with a one-line reason — never a 5xx.
 */
import { catalog } from '@gmekit/programs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READINGS, startFeedServer, type RunningFeedServer } from '../src/index';

let feed: RunningFeedServer;
const errors: unknown[] = [];

beforeAll(async () => {
  feed = await startFeedServer({ catalog, readingsBySeries: DEFAULT_READINGS, today: () => '2026-11-04', generatedAt: '2026-10-01T00:00:00Z', onError: (e) => errors.push(e) });
});

afterAll(async () => {
  await feed.close();
});

const VALID = [
  'from=1970-03-01&to=1970-03-31',
  'from=1900-01-01&to=1900-12-31',
  'from=1969-12-01&to=1971-02-28',
  'from=2500-01-01&to=2500-02-01',
  'from=0001-01-01&to=0001-01-31',
  'from=9999-12-01&to=9999-12-31',
  'from=0001-01-01&to=0001-01-01',
  'from=2026-07-01&to=2028-06-30',
];
const REFUSED = [
  'from=2027-01-01&to=2026-01-01',
  'from=9999-12-31&to=0001-01-01',
  'from=2026-13-01&to=2026-14-01',
  'from=0000-01-01&to=0000-01-02',
  'from=2026-02-29&to=2026-03-01',
  'from=+002026-01-01&to=2026-02-01',
  'from=0001-01-01&to=9999-12-31',
  'from=2026-01-01&to=2028-06-30',
  'past=99999&future=99999',
  'past=731&future=731',
];

const programs = catalog.programs.map((p) => p.id);
const cases = (list: readonly string[]) => programs.flatMap((id) => ['ics', 'json'].flatMap((format) => list.map((query) => [id, format, query] as const)));

describe('feed windows', () => {
  it.each(cases(VALID))('%s.%s?%s answers 200', async (id, format, query) => {
    const res = await fetch(new URL(`feeds/${id}.${format}?${query}`, feed.url));
    const body = await res.text();
    expect(res.status, body).toBe(200);
  });

  it.each(cases(REFUSED))('%s.%s?%s answers 400 with a reason', async (id, format, query) => {
    const res = await fetch(new URL(`feeds/${id}.${format}?${query}`, feed.url));
    expect(res.status).toBe(400);
    expect((await res.text()).trim().split('\n')).toHaveLength(1);
  });

  it('says in the JSON when federal holidays are not known for the window', async () => {
    const res = await fetch(new URL('feeds/kp-lamc-interventional-radiology.json?from=1970-03-01&to=1970-03-31', feed.url));
    const doc = (await res.json()) as { occurrences: { status: string }[]; findings: { code: string; severity: string }[] };
    // March 1970: 22 weekdays × 2 "daily" series + 4 Wednesdays of the pulmonary/critical care conference; nothing cancelled.
    expect(doc.occurrences).toHaveLength(48);
    expect(doc.occurrences.every((o) => o.status === 'scheduled')).toBe(true);
    expect(doc.findings).toContainEqual(expect.objectContaining({ code: 'conference/holidays-not-known', severity: 'warning' }));
  });

  it('never hit an internal error', () => {
    expect(errors).toEqual([]);
  });
});
