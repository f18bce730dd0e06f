/**
 * The feed server on an ephemeral loopback port, read as a calendar client
 * would. Expected sessions are worked out from the Interventional Radiology
 * brochure: the 7–8 am AM conference and the 12:00–1:30 pm general
 * diagnostic conferences "daily" (read as Monday–Friday, the days the
 * brochure gives topics for), the pulmonary/critical care conference every
 * Wednesday at noon (no end time stated), and the neuro-IR conference every
 * other Thursday, which cannot be dated because the brochure does not say
 * which Thursdays. Federal holidays cancel sessions (Veterans Day, Wednesday
 * 11 November 2026). America/Los_Angeles leaves daylight time on Sunday
 * 1 November 2026, so 7 am is 14:00 UTC before and 15:00 UTC after.
 */
import { catalog } from '@gmekit/programs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_READINGS, startFeedServer, type RunningFeedServer } from '../src/index';
import { readAsClient } from './ical-client';

let feed: RunningFeedServer;
const errors: unknown[] = [];

beforeAll(async () => {
  feed = await startFeedServer({
    catalog,
    readingsBySeries: DEFAULT_READINGS,
    today: () => '2026-11-04',
    generatedAt: '2026-10-01T00:00:00Z',
    pastDays: 3,
    futureDays: 4,
    onError: (e) => errors.push(e),
  });
});

afterAll(async () => {
  await feed.close();
});

const IR = 'feeds/kp-lamc-interventional-radiology';
const get = (path: string, init?: RequestInit) => fetch(new URL(path, feed.url), init);

describe('conference feed', () => {
  it('lists every program’s feeds at the index', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { feeds: { id: string; ics: string; json: string }[] };
    expect(body.feeds.map((f) => f.id)).toEqual(catalog.programs.map((p) => p.id));
    expect(body.feeds[0]?.ics).toMatch(/\/feeds\/kp-lamc-radiation-oncology\.ics$/);
  });

  it('serves Interventional Radiology’s sessions across the DST change as a client reads them', async () => {
    // Mon 26 Oct – Sun 8 Nov 2026: two weeks.
    const res = await get(`${IR}.ics?from=2026-10-26&to=2026-11-08`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    expect(text).toContain('\r\n');
    const cal = readAsClient(text);
    expect(cal.name).toBe('Integrated Interventional Radiology Residency conferences');
    // 10 weekdays × (AM + general diagnostic) + 2 Wednesdays of the
    // pulmonary/critical care conference; no holiday in the window.
    expect(cal.events).toHaveLength(22);
    expect(cal.events.every((e) => e.tzid === 'America/Los_Angeles')).toBe(true);
    const am = cal.events.filter((e) => e.summary.startsWith('IR AM conference'));
    expect(am).toHaveLength(10);
    expect(am[0]?.start).toBe('2026-10-26T14:00:00.000Z');
    expect(am[0]?.end).toBe('2026-10-26T15:00:00.000Z');
    expect(am[5]?.start).toBe('2026-11-02T15:00:00.000Z');
    // Monday's topic is the core radiology topic.
    expect(am[0]?.summary).toMatch(/core radiology/i);
    const noon = cal.events.filter((e) => e.summary === 'General diagnostic conferences');
    expect(noon.map((e) => [e.start, e.end])[5]).toEqual(['2026-11-02T20:00:00.000Z', '2026-11-02T21:30:00.000Z']);
    expect(cal.events.filter((e) => e.summary.startsWith('Pulmonary')).map((e) => e.start)).toEqual(['2026-10-28T19:00:00.000Z', '2026-11-04T20:00:00.000Z']);
    expect(new Set(cal.events.map((e) => e.uid)).size).toBe(22);
  });

  it('marks the sessions on Veterans Day cancelled, in the feed and in the JSON', async () => {
    const ics = readAsClient(await (await get(`${IR}.ics?from=2026-11-09&to=2026-11-13`)).text());
    const cancelled = ics.events.filter((e) => e.status === 'CANCELLED');
    // Wednesday 11 November: AM conference, general diagnostic, pulmonary.
    expect(cancelled).toHaveLength(3);
    expect(cancelled.every((e) => e.start.startsWith('2026-11-11'))).toBe(true);
    const doc = (await (await get(`${IR}.json?from=2026-11-09&to=2026-11-13`)).json()) as {
      occurrences: { status: string; date: string }[];
      findings: { code: string }[];
    };
    expect(doc.occurrences).toHaveLength(5 + 5 + 1);
    expect(doc.occurrences.filter((o) => o.status === 'cancelled').map((o) => o.date)).toEqual(['2026-11-11', '2026-11-11', '2026-11-11']);
    // The neuro-IR conference is left out because its phase is unstated, and the reading of "daily" is reported.
    expect(doc.findings.map((f) => f.code)).toContain('conference/anchorDate-unstated');
    expect(doc.findings.map((f) => f.code)).toContain('conference/reading-chosen');
  });

  it('uses the default window of past and future days around today', async () => {
    const doc = (await (await get(`${IR}.json`)).json()) as { window: { start: string; end: string } };
    expect(doc.window).toEqual({ start: '2026-11-01', end: '2026-11-08' });
    const wider = (await (await get(`${IR}.json?past=0&future=13`)).json()) as { window: { start: string; end: string } };
    expect(wider.window).toEqual({ start: '2026-11-04', end: '2026-11-17' });
  });

  it('serves a valid empty calendar that says why for programs with no fully stated series', async () => {
    // Radiation Oncology's brochure names 13 series and gives a clock time for none;
    // the Hospice & Palliative Medicine brochure names no conference series.
    const why = {
      'kp-lamc-radiation-oncology': /X-WR-CALDESC:.*13 of 13 series are not on this calendar because the source does not state when they meet/,
      'kp-lamc-hospice-palliative-medicine': /X-WR-CALDESC:.*The source states no conference series for this program/,
    };
    for (const [id, reason] of Object.entries(why)) {
      const res = await get(`feeds/${id}.ics?from=2026-07-01&to=2027-06-30`);
      expect(res.status).toBe(200);
      const text = await res.text();
      const cal = readAsClient(text);
      expect(cal.events).toEqual([]);
      expect(text.replace(/\r\n[ \t]/g, '')).toMatch(reason);
    }
  });

  it('answers a matching If-None-Match with 304 and no body, and HEAD with headers only', async () => {
    const first = await get(`${IR}.ics?from=2026-10-26&to=2026-11-08`);
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]+"$/);
    await first.text();
    const again = await get(`${IR}.ics?from=2026-10-26&to=2026-11-08`, { headers: { 'if-none-match': etag ?? '' } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const other = await get(`${IR}.ics?from=2026-10-26&to=2026-11-09`, { headers: { 'if-none-match': etag ?? '' } });
    expect(other.status).toBe(200);
    expect(other.headers.get('etag')).not.toBe(etag);
    await other.text();
    const head = await get(`${IR}.ics?from=2026-10-26&to=2026-11-08`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('etag')).toBe(etag);
  });

  it.each([
    ['feeds/no-such-program.ics', 404, /no program "no-such-program"/],
    ['feeds/kp-lamc-interventional-radiology.xml', 404, /no route/],
    ['../../etc/passwd', 404, /no route/],
    ['/feeds/%2e%2e%2fsecret.ics', 404, /no route/],
    ['/%E0%A4%A', 400, /malformed request URL/],
    ['/nope', 404, /no route/],
    [`${IR}.ics?from=2027-01-01&to=2026-01-01`, 400, /reversed window/],
    [`${IR}.ics?from=2026-01-01`, 400, /unbounded window: give both from and to/],
    [`${IR}.ics?to=2026-01-01`, 400, /unbounded window/],
    [`${IR}.ics?from=2026-01-01&to=9999-12-31`, 400, /at most 731 are served/],
    [`${IR}.ics?from=2026-02-30&to=2026-03-01`, 400, /not a calendar date/],
    [`${IR}.ics?from=2026-1-1&to=2026-03-01`, 400, /expected a date YYYY-MM-DD/],
    [`${IR}.ics?from=yesterday&to=2026-03-01`, 400, /expected a date/],
    [`${IR}.ics?past=-3`, 400, /whole number of days/],
    [`${IR}.ics?future=99999`, 400, /at most 731 days/],
    [`${IR}.ics?past=1&from=2026-01-01&to=2026-01-02`, 400, /not both/],
    [`${IR}.ics?from=2026-01-01&from=2026-01-02&to=2026-02-01`, 400, /more than once/],
    [`${IR}.ics?limit=5`, 400, /unknown query parameter "limit"/],
    [`${IR}.ics?${'x'.repeat(3000)}`, 414, /longer than 2048/],
  ])('refuses %s with %i and a clear message', async (path, status, message) => {
    const res = await get(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const body = await res.text();
    expect(body).toMatch(message);
    expect(body).not.toMatch(/\bat .*\.ts:\d+/);
    expect(body.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('refuses other methods with 405 and an Allow header', async () => {
    const res = await get(`${IR}.ics`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
    expect(await res.text()).toMatch(/not allowed/);
  });

  it('never hit an internal error', () => {
    expect(errors).toEqual([]);
  });
});
