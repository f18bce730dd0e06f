import { describe, expect, it } from 'vitest';
import { ConferenceSeriesSchema, type ConferenceSeries } from '@gmekit/model';
import { conferenceSeriesToRecurrence } from './to-recurrence';

const stated = <T>(value: T) => ({ status: 'stated', value });
const unstated = { status: 'unstated' };

function series(overrides: Record<string, unknown>): ConferenceSeries {
  return ConferenceSeriesSchema.parse({
    id: 'tumor-board',
    title: 'Tumor board',
    kind: 'tumor-board',
    audience: ['residents'],
    frequency: stated('weekly'),
    weekdays: stated(['TU']),
    startTime: stated('07:00'),
    durationMinutes: stated(60),
    timeZone: 'America/Los_Angeles',
    anchorDate: unstated,
    sources: [],
    ...overrides,
  });
}

const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

describe('conferenceSeriesToRecurrence', () => {
  it('puts a weekly Tuesday 07:00 series on the first Tuesday from the reference date, in its zone', () => {
    // 2026-07-01 is a Wednesday, so the first Tuesday is July 7.
    const r = conferenceSeriesToRecurrence(series({}), { from: '2026-07-01' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.series.start).toEqual({ type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: 'America/Los_Angeles' });
    expect(r.series.duration).toBe('PT60M');
    expect(r.series.rrule).toMatchObject({ freq: 'WEEKLY', byDay: [{ day: 'TU' }] });
    expect(r.series.exdates).toBeUndefined();
    expect(r.findings).toEqual([]);
  });

  it('starts an every-other-week series on its anchor date and refuses one without', () => {
    const anchored = conferenceSeriesToRecurrence(series({ frequency: stated('every-other-week'), weekdays: stated(['TH']), startTime: stated('12:00'), anchorDate: stated('2026-07-09') }));
    expect(anchored.ok && anchored.series.start).toEqual({ type: 'zoned', dateTime: '2026-07-09T12:00:00', timeZone: 'America/Los_Angeles' });
    expect(anchored.ok && anchored.series.rrule).toMatchObject({ freq: 'WEEKLY', interval: 2 });
    const loose = conferenceSeriesToRecurrence(series({ frequency: stated('every-other-week'), weekdays: stated(['TH']) }), { from: '2026-07-01' });
    expect(loose.ok).toBe(false);
    expect(codes(loose)).toEqual(['conference/anchorDate-unstated']);
  });

  it('uses a stated rrule, excluding the unsynchronised DTSTART it has to place', () => {
    const r = conferenceSeriesToRecurrence(series({ frequency: stated('twice-monthly'), rrule: 'FREQ=MONTHLY;BYDAY=2TU,4TU' }), { from: '2026-07-01' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.series.start).toEqual({ type: 'zoned', dateTime: '2026-06-30T07:00:00', timeZone: 'America/Los_Angeles' });
    expect(r.series.exdates).toEqual([r.series.start]);
  });

  it('reports an unstated time instead of inventing one, and takes a day-part time only when given', () => {
    const noTime = series({ startTime: unstated, dayPart: 'noon' });
    const r = conferenceSeriesToRecurrence(noTime, { from: '2026-07-01' });
    expect(r.ok).toBe(false);
    expect(codes(r)).toEqual(['conference/startTime-unstated']);
    const withNoon = conferenceSeriesToRecurrence(noTime, { from: '2026-07-01', dayPartTimes: { noon: '12:00' } });
    expect(withNoon.ok && withNoon.series.start).toMatchObject({ dateTime: '2026-07-07T12:00:00' });
    expect(codes(withNoon)).toEqual(['conference/day-part-time']);
  });

  it('needs a reading for an ambiguous frequency, and accepts only a candidate', () => {
    const bimonthly = series({
      frequency: {
        status: 'ambiguous',
        note: 'bimonthly',
        candidates: [
          { value: 'twice-monthly', reading: 'twice a month' },
          { value: 'every-two-months', reading: 'every two months' },
        ],
      },
    });
    expect(codes(conferenceSeriesToRecurrence(bimonthly, { from: '2026-07-01' }))).toEqual(['conference/frequency-ambiguous']);
    expect(codes(conferenceSeriesToRecurrence(bimonthly, { from: '2026-07-01', readings: { frequency: 'weekly' } }))).toEqual(['conference/reading-not-a-candidate']);
    const chosen = conferenceSeriesToRecurrence(bimonthly, { from: '2026-07-01', readings: { frequency: 'twice-monthly' } });
    // Twice monthly still does not say which weeks: an rrule is needed.
    expect(codes(chosen)).toEqual(['conference/reading-chosen', 'conference/frequency-underspecified']);
  });

  it('reports a missing weekday, an unknown zone and an anchor on the wrong weekday', () => {
    expect(codes(conferenceSeriesToRecurrence(series({ weekdays: unstated }), { from: '2026-07-01' }))).toEqual(['conference/weekdays-unstated']);
    expect(codes(conferenceSeriesToRecurrence({ ...series({}), timeZone: 'Mars/Olympus' }, { from: '2026-07-01' }))).toEqual(['conference/unknown-time-zone']);
    expect(codes(conferenceSeriesToRecurrence(series({ anchorDate: stated('2026-07-08') })))).toEqual(['conference/anchor-mismatch']);
  });

  it('keeps going without a duration but says so', () => {
    const r = conferenceSeriesToRecurrence(series({ durationMinutes: unstated }), { from: '2026-07-01' });
    expect(r.ok).toBe(true);
    expect(r.ok && r.series.duration).toBeUndefined();
    expect(r.findings).toEqual([expect.objectContaining({ code: 'conference/durationMinutes-unstated', severity: 'warning' })]);
  });

  it('reports what the source leaves open as warnings (the data, not a failure), but still does not place the series', () => {
    for (const open of [series({ startTime: unstated }), series({ weekdays: unstated }), series({ frequency: stated('every-other-week') })]) {
      const r = conferenceSeriesToRecurrence(open, { from: '2026-07-01' });
      expect(r.ok).toBe(false);
      expect(r.findings.map((f) => f.severity)).toEqual(['warning']);
      expect(r.findings[0]?.message).toMatch(/not placed until then$/);
    }
  });

  it('keeps errors for values that are wrong: a pick outside the readings, an unknown zone', () => {
    const bimonthly = series({ frequency: { status: 'ambiguous', note: 'bimonthly', candidates: [{ value: 'twice-monthly', reading: 'a' }, { value: 'every-two-months', reading: 'b' }] } });
    expect(conferenceSeriesToRecurrence(bimonthly, { from: '2026-07-01', readings: { frequency: 'weekly' } }).findings.map((f) => f.severity)).toEqual(['error']);
    expect(conferenceSeriesToRecurrence({ ...series({}), timeZone: 'Mars/Olympus' }, { from: '2026-07-01' }).findings.map((f) => f.severity)).toEqual(['error']);
  });

  describe('"daily": frequency and weekdays are one statement, read one way or the other', () => {
    const week = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
    const daily = series({
      frequency: { status: 'ambiguous', note: 'daily', candidates: [{ value: 'daily', reading: 'every day' }, { value: 'weekdays', reading: 'Monday to Friday' }] },
      weekdays: { status: 'ambiguous', note: 'daily', candidates: [{ value: week, reading: 'every day' }, { value: week.slice(0, 5), reading: 'Monday to Friday' }] },
    });

    it('choosing the frequency "weekdays" also reads the weekdays as Monday to Friday', () => {
      const r = conferenceSeriesToRecurrence(daily, { from: '2026-07-01', readings: { frequency: 'weekdays' } });
      expect(r.ok).toBe(true);
      expect(r.ok && r.series.rrule).toMatchObject({ freq: 'WEEKLY', byDay: ['MO', 'TU', 'WE', 'TH', 'FR'].map((day) => ({ day })) });
      expect(codes(r)).toEqual(['conference/reading-linked', 'conference/reading-chosen', 'conference/reading-chosen']);
      expect(r.findings[0]).toMatchObject({ severity: 'info', path: ['weekdays'] });
    });

    it('choosing the weekdays of "every day" also reads the frequency as daily', () => {
      const r = conferenceSeriesToRecurrence(daily, { from: '2026-07-01', readings: { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] } });
      expect(r.ok).toBe(true);
      expect(r.ok && r.series.rrule?.byDay).toHaveLength(7);
      expect(r.findings[0]).toMatchObject({ code: 'conference/reading-linked', path: ['frequency'] });
    });

    it('takes a weekday reading in any order: the weekdays are a set', () => {
      const r = conferenceSeriesToRecurrence(daily, { from: '2026-07-01', readings: { weekdays: ['FR', 'TH', 'WE', 'TU', 'MO'] } });
      expect(r.ok).toBe(true);
      // The rule lists them Monday first, as the brochure's reading does.
      expect(r.ok && r.series.rrule?.byDay?.map((d) => d.day)).toEqual(['MO', 'TU', 'WE', 'TH', 'FR']);
      expect(codes(r)).not.toContain('conference/reading-not-a-candidate');
    });

    it('leaves both open, as two warnings, when nothing is chosen', () => {
      const r = conferenceSeriesToRecurrence(daily, { from: '2026-07-01' });
      expect(r.ok).toBe(false);
      expect(r.findings.map((f) => [f.code, f.severity])).toEqual([
        ['conference/frequency-ambiguous', 'warning'],
        ['conference/weekdays-ambiguous', 'warning'],
      ]);
    });
  });

  it('asks for a reference date when nothing places DTSTART', () => {
    expect(codes(conferenceSeriesToRecurrence(series({})))).toEqual(['conference/start-unknown']);
  });
});
