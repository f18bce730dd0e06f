import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseICS } from './read';
import { parseRRule, type DateTimeValue, type RecurrenceSeries } from '../recurrence/index';
import type { IcsCalendar, IcsEvent, IcsProperty } from './types';
import { toICS } from './write';

// Text without CR: the one documented normalisation of TEXT (CRLF and CR
// become LF). Everything else must come back exactly.
const text = fc.oneof(fc.string({ maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 60 })).map((s) => s.replace(/\r/g, ''));
const xName = fc.stringMatching(/^X-[A-Z]{1,8}(-[A-Z0-9]{1,6})?$/).filter((n) => !n.startsWith('X-WR') && n !== 'X-PUBLISHED-TTL');
const params = fc.array(fc.record({ name: xName, values: fc.array(text, { minLength: 1, maxLength: 2 }) }), { maxLength: 2 });
const extra = fc.array(
  fc.record({ name: xName, params, value: text.map((s) => s.replace(/\n/g, ' ')) }).map((p): IcsProperty => p),
  { maxLength: 3 },
);
const ZONES = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Sydney', 'UTC'];

const day = fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2034-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m, s]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`);
const kind = fc.constantFrom('date', 'floating', 'utc', ...ZONES);

function value(k: string, d: string, t: string): DateTimeValue {
  if (k === 'date') return { type: 'date', date: d };
  if (k === 'floating') return { type: 'floating', dateTime: `${d}T${t}` };
  if (k === 'utc') return { type: 'utc', dateTime: `${d}T${t}` };
  return { type: 'zoned', dateTime: `${d}T${t}`, timeZone: k };
}

const RULES = ['FREQ=WEEKLY;BYDAY=TU', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', 'FREQ=MONTHLY;BYDAY=2TU,4TU', 'FREQ=DAILY;COUNT=10', 'FREQ=YEARLY;BYMONTH=7;BYMONTHDAY=1', 'FREQ=MONTHLY;BYDAY=-1FR;COUNT=24'];

const series = fc
  .record({
    k: kind, d: day, t: clock,
    length: fc.constantFrom('none', 'end', 'duration'),
    rule: fc.option(fc.constantFrom(...RULES), { nil: undefined }),
    ex: fc.uniqueArray(fc.tuple(day, clock), { maxLength: 3, selector: ([d, t]) => d + t }),
    rd: fc.array(fc.tuple(day, clock), { maxLength: 3 }),
    ov: fc.uniqueArray(fc.tuple(day, clock, fc.constantFrom('moved', 'cancelled', 'end')), { maxLength: 2, selector: ([d, t]) => d + t }),
  })
  .map(({ k, d, t, length, rule, ex, rd, ov }): RecurrenceSeries => {
    const start = value(k, d, t);
    const s: { -readonly [K in keyof RecurrenceSeries]: RecurrenceSeries[K] } = { start };
    if (length === 'end') s.end = value(k, k === 'date' ? '2035-01-01' : d, k === 'date' ? t : '23:59:59');
    if (length === 'duration') s.duration = k === 'date' ? 'P1D' : 'PT1H30M';
    if (rule !== undefined) {
      const r = parseRRule(rule);
      if (r.ok) s.rrule = r.rule;
    }
    if (ex.length > 0) s.exdates = ex.map(([d2, t2]) => value(k, d2, t2));
    if (rd.length > 0) s.rdates = rd.map(([d2, t2]) => value(k, d2, t2));
    if (ov.length > 0) {
      s.overrides = ov.map(([d2, t2, what]) => {
        const recurrenceId = value(k, d2, t2);
        if (what === 'cancelled') return { recurrenceId, cancelled: true };
        if (what === 'end') return { recurrenceId, end: value(k, '2035-01-02', '00:00:00') };
        return { recurrenceId, start: value(k, '2035-01-01', '12:00:00') };
      });
    }
    return s;
  });

const event = fc
  .record({
    uid: text.filter((u) => u.length > 0), summary: text, description: fc.option(text, { nil: undefined }), location: fc.option(text, { nil: undefined }),
    categories: fc.option(fc.array(text, { minLength: 1, maxLength: 3 }), { nil: undefined }), url: fc.option(fc.webUrl(), { nil: undefined }),
    dtstamp: fc.tuple(day, clock).map(([d, t]) => `${d}T${t}Z`), series, extra,
  })
  .map((r): IcsEvent => {
    const ev: { -readonly [K in keyof IcsEvent]: IcsEvent[K] } = { uid: r.uid, dtstamp: r.dtstamp, summary: r.summary, series: r.series };
    if (r.description !== undefined) ev.description = r.description;
    if (r.location !== undefined) ev.location = r.location;
    if (r.categories !== undefined) ev.categories = r.categories;
    if (r.url !== undefined) ev.url = r.url;
    if (r.extra.length > 0) ev.extra = r.extra;
    return ev;
  });

const calendar = fc
  .record({ name: fc.option(text, { nil: undefined }), description: fc.option(text, { nil: undefined }), refreshInterval: fc.option(fc.constantFrom('P1D', 'PT12H', 'P1W'), { nil: undefined }), prodId: text, events: fc.array(event, { maxLength: 4 }), extra })
  .map((r): IcsCalendar => {
    const c: { -readonly [K in keyof IcsCalendar]: IcsCalendar[K] } = { prodId: r.prodId, events: r.events };
    if (r.name !== undefined) c.name = r.name;
    if (r.description !== undefined) c.description = r.description;
    if (r.refreshInterval !== undefined) c.refreshInterval = r.refreshInterval;
    if (r.extra.length > 0) c.extra = r.extra;
    return c;
  });

describe('parseICS(toICS(x)) equals x for generated calendars', () => {
  it('round-trips text, parameters, every value kind, rules, RDATEs, EXDATEs and overrides', () => {
    fc.assert(
      fc.property(calendar, (cal) => {
        const out = toICS(cal);
        for (const line of out.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
        const { calendar: back, findings } = parseICS(out);
        expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(back).toEqual(cal);
      }),
      { seed: 5545, numRuns: 60 },
    );
  });
});
