import { describe, expect, it } from 'vitest';
import { expand, parseRRule, type RecurrenceRule, type RecurrenceSeries } from './index';

const LA = 'America/Los_Angeles';
const rule = (text: string): RecurrenceRule => {
  const r = parseRRule(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.rule;
};
const window = { start: '2026-03-06', end: '2026-03-11' };

// 2026-03-08: Los Angeles clocks go 02:00 PST → 03:00 PDT, so 02:30 does not exist.
// 2026-11-01: clocks go 02:00 PDT → 01:00 PST, so 01:30 happens at 08:30Z and at 09:30Z.
describe('DST gap (2026-03-08 02:30 Los Angeles does not exist)', () => {
  const gap: RecurrenceSeries = { start: { type: 'zoned', dateTime: '2026-03-06T02:30:00', timeZone: LA }, rrule: rule('FREQ=DAILY') };

  it('omits the instance by default (RFC 5545 §3.3.10)', () => {
    const got = expand(gap, window);
    expect(got.map((o) => o.startInstant)).toEqual(['2026-03-06T10:30:00Z', '2026-03-07T10:30:00Z', '2026-03-09T09:30:00Z', '2026-03-10T09:30:00Z']);
  });

  it('an omitted instance is not counted by COUNT', () => {
    const got = expand({ ...gap, rrule: rule('FREQ=DAILY;COUNT=3') });
    expect(got.map((o) => o.start.type === 'zoned' && o.start.dateTime)).toEqual(['2026-03-06T02:30:00', '2026-03-07T02:30:00', '2026-03-09T02:30:00']);
  });

  it('forward moves it later by the gap: 03:30 PDT', () => {
    const got = expand(gap, window, { nonexistent: 'forward' });
    expect(got).toHaveLength(5);
    expect(got[2]?.startInstant).toBe('2026-03-08T10:30:00Z');
    expect(got[2]?.start).toEqual({ type: 'zoned', dateTime: '2026-03-08T03:30:00', timeZone: LA });
  });

  it('backward moves it earlier by the gap: 01:30 PST', () => {
    const got = expand(gap, window, { nonexistent: 'backward' });
    expect(got[2]?.startInstant).toBe('2026-03-08T09:30:00Z');
    expect(got[2]?.start).toEqual({ type: 'zoned', dateTime: '2026-03-08T01:30:00', timeZone: LA });
  });

  it('the rule SKIP part selects the policy, and options win over it', () => {
    expect(expand({ ...gap, rrule: rule('FREQ=DAILY;SKIP=FORWARD') }, window)[2]?.startInstant).toBe('2026-03-08T10:30:00Z');
    expect(expand({ ...gap, rrule: rule('FREQ=DAILY;SKIP=BACKWARD') }, window)[2]?.startInstant).toBe('2026-03-08T09:30:00Z');
    expect(expand({ ...gap, rrule: rule('FREQ=DAILY;SKIP=FORWARD') }, window, { nonexistent: 'omit' })).toHaveLength(4);
  });

  it('a DTSTART inside the gap is never dropped: it reads forward (RFC 5545 §3.3.5)', () => {
    const got = expand({ start: { type: 'zoned', dateTime: '2026-03-08T02:30:00', timeZone: LA }, rrule: rule('FREQ=DAILY;COUNT=2') });
    expect(got.map((o) => o.startInstant)).toEqual(['2026-03-08T10:30:00Z', '2026-03-09T09:30:00Z']);
  });

  it('an hour-long event across the gap lasts one real hour', () => {
    const got = expand({ start: { type: 'zoned', dateTime: '2026-03-07T01:30:00', timeZone: LA }, duration: 'PT1H', rrule: rule('FREQ=DAILY') }, window);
    const mar8 = got.find((o) => o.startInstant === '2026-03-08T09:30:00Z');
    expect(mar8?.end).toEqual({ type: 'zoned', dateTime: '2026-03-08T03:30:00', timeZone: LA });
  });

  it('a P1D duration is a calendar day: noon to noon across the gap (23 hours)', () => {
    const got = expand({ start: { type: 'zoned', dateTime: '2026-03-07T12:00:00', timeZone: LA }, duration: 'P1D', rrule: rule('FREQ=DAILY;COUNT=1') });
    expect(got[0]?.end).toEqual({ type: 'zoned', dateTime: '2026-03-08T12:00:00', timeZone: LA });
    expect((got[0]?.endEpochMs ?? 0) - (got[0]?.startEpochMs ?? 0)).toBe(23 * 3_600_000);
  });
});

describe('DST fold (2026-11-01 01:30 Los Angeles happens twice)', () => {
  const fold: RecurrenceSeries = { start: { type: 'zoned', dateTime: '2026-10-30T01:30:00', timeZone: LA }, rrule: rule('FREQ=DAILY') };
  for (const nonexistent of ['omit', 'forward', 'backward'] as const) {
    it(`uses the first (PDT) instance under ${nonexistent}`, () => {
      const got = expand(fold, { start: '2026-10-31', end: '2026-11-03' }, { nonexistent });
      expect(got.map((o) => o.startInstant)).toEqual(['2026-10-31T08:30:00Z', '2026-11-01T08:30:00Z', '2026-11-02T09:30:00Z']);
    });
  }

  it('HOURLY walks wall-clock hours: 01:00 once, the repeated hour is not doubled', () => {
    const got = expand({ start: { type: 'zoned', dateTime: '2026-11-01T00:00:00', timeZone: LA }, rrule: rule('FREQ=HOURLY;COUNT=4') });
    expect(got.map((o) => o.startInstant)).toEqual(['2026-11-01T07:00:00Z', '2026-11-01T08:00:00Z', '2026-11-01T10:00:00Z', '2026-11-01T11:00:00Z']);
  });
});

describe('other zones', () => {
  it('Australia/Sydney gap: 2026-10-04 02:30 does not exist', () => {
    const got = expand({ start: { type: 'zoned', dateTime: '2026-10-03T02:30:00', timeZone: 'Australia/Sydney' }, rrule: rule('FREQ=DAILY;COUNT=2') });
    expect(got.map((o) => o.start.type === 'zoned' && o.start.dateTime)).toEqual(['2026-10-03T02:30:00', '2026-10-05T02:30:00']);
  });

  it('Asia/Kolkata has a half-hour offset and no DST', () => {
    const got = expand({ start: { type: 'zoned', dateTime: '2026-07-01T09:00:00', timeZone: 'Asia/Kolkata' }, rrule: rule('FREQ=MONTHLY;COUNT=2') });
    expect(got.map((o) => o.startInstant)).toEqual(['2026-07-01T03:30:00Z', '2026-08-01T03:30:00Z']);
  });

  it('far windows stay right in both directions (zone offsets are looked up near the window)', () => {
    const series: RecurrenceSeries = { start: { type: 'zoned', dateTime: '2026-01-06T07:00:00', timeZone: LA }, rrule: rule('FREQ=WEEKLY') };
    // Today's U.S. rules, projected: PST (-8) in January, PDT (-7) in July.
    expect(expand(series, { start: '2400-01-01', end: '2400-01-08' })[0]?.startInstant).toMatch(/^2400-01-0\dT15:00:00Z$/);
    expect(expand(series, { start: '2400-07-01', end: '2400-07-08' })[0]?.startInstant).toMatch(/^2400-07-0\dT14:00:00Z$/);
    expect(expand(series, { start: '2026-07-01', end: '2026-07-08' })[0]?.startInstant).toBe('2026-07-07T14:00:00Z');
    expect(expand({ ...series, start: { type: 'zoned', dateTime: '1950-01-03T07:00:00', timeZone: LA } }, { start: '1950-01-01', end: '1950-01-08' })[0]?.startInstant).toBe('1950-01-03T15:00:00Z');
  });
});
