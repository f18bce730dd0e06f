import { describe, expect, it } from 'vitest';
import { ConferenceSeriesSchema, type ConferenceSeries } from '@gmekit/model';
import { academicYearRange } from '../academic/academic-year';
import { expandConferences } from './expand-conferences';

const stated = <T>(value: T) => ({ status: 'stated', value });

function series(overrides: Record<string, unknown> = {}): ConferenceSeries {
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
    anchorDate: { status: 'unstated' },
    sources: [],
    ...overrides,
  });
}

const local = (start: string) => start.slice(11, 19);
const offset = (start: string) => start.slice(19, 25);

describe('expandConferences: every Tuesday 07:00 America/Los_Angeles', () => {
  // 2023–2024: July 1, 2023 is a Saturday, so the first Tuesday is July 4 —
  // Independence Day — and the last Tuesday before July 1, 2024 is June 25:
  // (June 25, 2024 − July 4, 2023) = 357 days = 51 weeks, so 52 Tuesdays.
  // No other federal holiday of that year falls on a Tuesday.
  const year = academicYearRange(2023);

  it('cancels the July 4 session by default and keeps the other 51 at 07:00 local', () => {
    const { occurrences, findings } = expandConferences([series()], year);
    expect(findings).toEqual([]);
    expect(occurrences).toHaveLength(52);
    expect(occurrences[0]).toMatchObject({
      date: '2023-07-04',
      status: 'cancelled',
      originalDate: '2023-07-04',
      reason: { kind: 'federal-holiday', id: 'independence-day' },
    });
    const held = occurrences.filter((o) => o.status === 'scheduled');
    expect(held).toHaveLength(51);
    expect(held.every((o) => local(o.start) === '07:00:00' && local(o.end) === '08:00:00')).toBe(true);
    expect(held[0]?.start).toBe('2023-07-11T07:00:00-07:00[America/Los_Angeles]');
    expect(held.at(-1)?.start).toBe('2024-06-25T07:00:00-07:00[America/Los_Angeles]');
  });

  it('follows DST: PDT until Sunday 2023-11-05, PST until Sunday 2024-03-10', () => {
    const { occurrences } = expandConferences([series()], year);
    const byDate = new Map(occurrences.map((o) => [o.date, o.start]));
    expect(offset(byDate.get('2023-10-31') ?? '')).toBe('-07:00');
    expect(offset(byDate.get('2023-11-07') ?? '')).toBe('-08:00');
    expect(offset(byDate.get('2024-03-05') ?? '')).toBe('-08:00');
    expect(offset(byDate.get('2024-03-12') ?? '')).toBe('-07:00');
  });

  it('moves the July 4 session to the next business day (Wednesday July 5) or the previous (Monday July 3)', () => {
    const next = expandConferences([series()], year, { rules: { policy: 'move-next-business-day' } }).occurrences[0];
    expect(next).toMatchObject({ date: '2023-07-05', start: '2023-07-05T07:00:00-07:00[America/Los_Angeles]', status: 'moved', originalDate: '2023-07-04' });
    const previous = expandConferences([series()], year, { rules: { policy: 'move-previous-business-day' } }).occurrences[0];
    expect(previous).toMatchObject({ date: '2023-07-03', start: '2023-07-03T07:00:00-07:00[America/Los_Angeles]', status: 'moved' });
  });

  it('meets all 52 Tuesdays of 2026–2027, where no federal holiday is a Tuesday', () => {
    // First Tuesday July 7, 2026; last June 29, 2027; 357 days apart.
    const { occurrences } = expandConferences([series()], academicYearRange(2026));
    expect(occurrences).toHaveLength(52);
    expect(occurrences.every((o) => o.status === 'scheduled')).toBe(true);
    expect([occurrences[0]?.date, occurrences.at(-1)?.date]).toEqual(['2026-07-07', '2027-06-29']);
  });

  it('applies a program closure; two sessions cannot both move to the same business day', () => {
    const rules = { closures: [{ id: 'winter', name: 'Winter break', start: '2026-12-21', end: '2027-01-01' }], policy: 'move-next-business-day' as const };
    const { occurrences } = expandConferences([series()], academicYearRange(2026), { rules });
    // Sessions come in time order: the cancelled December 29 before the moved one on January 4.
    const affected = occurrences.filter((o) => o.reason?.id === 'winter').sort((a, b) => ((a.originalDate ?? '') < (b.originalDate ?? '') ? -1 : 1));
    // Monday January 4, 2027 is the first business day after the break.
    expect(affected.map((o) => [o.originalDate, o.status, o.date])).toEqual([
      ['2026-12-22', 'moved', '2027-01-04'],
      ['2026-12-29', 'cancelled', '2026-12-29'],
    ]);
    expect(affected[1]?.note).toMatch(/already meets on 2027-01-04/);
  });

  it('meets 313 Tuesdays over six academic years, all at 07:00 local', () => {
    // 2026-07-01 – 2032-06-30 is 6 × 365 + 2 (Feb 29, 2028 and 2032) = 2192
    // days = 313 weeks + 1 day; the extra day is the first, a Wednesday, so
    // every Tuesday-to-Tuesday count is exactly 313.
    const { occurrences } = expandConferences([series()], { start: '2026-07-01', end: '2032-06-30' }, { rules: { federalHolidays: false } });
    expect(occurrences).toHaveLength(313);
    expect(occurrences.every((o) => local(o.start) === '07:00:00' && o.status === 'scheduled')).toBe(true);
  });

  it('takes policies per series', () => {
    const rules = { policy: 'move-next-business-day' as const, policyBySeries: { 'tumor-board': 'ignore' as const } };
    expect(expandConferences([series()], year, { rules }).occurrences[0]).toMatchObject({ date: '2023-07-04', status: 'scheduled' });
  });
});

describe('expandConferences: topics, gaps and bad input', () => {
  const morning = series({
    id: 'ir-am',
    title: 'IR morning conference',
    kind: 'lecture',
    frequency: stated('weekdays'),
    weekdays: stated(['MO', 'TU', 'WE', 'TH', 'FR']),
    topicsByWeekday: { MO: 'Core radiology', TU: 'Multidisciplinary vascular conference', WE: 'Clinical topics', TH: 'General IR concepts', FR: 'Best case / journal club' },
  });
  const noTime = series({ id: 'pulm', title: 'Pulmonary conference', weekdays: stated(['WE']), startTime: { status: 'unstated' } });

  it('gives each session its weekday topic, cancels the observed July 3 holiday, and reports series it cannot expand', () => {
    const { occurrences, findings } = expandConferences([morning, noTime], { start: '2026-07-01', end: '2026-07-10' });
    expect(occurrences.map((o) => [o.date, o.status, o.topic])).toEqual([
      ['2026-07-01', 'scheduled', 'Clinical topics'],
      ['2026-07-02', 'scheduled', 'General IR concepts'],
      ['2026-07-03', 'cancelled', 'Best case / journal club'],
      ['2026-07-06', 'scheduled', 'Core radiology'],
      ['2026-07-07', 'scheduled', 'Multidisciplinary vascular conference'],
      ['2026-07-08', 'scheduled', 'Clinical topics'],
      ['2026-07-09', 'scheduled', 'General IR concepts'],
      ['2026-07-10', 'scheduled', 'Best case / journal club'],
    ]);
    // an unstated time is the data's gap, not a failure: a warning, and the series has no sessions
    expect(findings).toEqual([expect.objectContaining({ code: 'conference/startTime-unstated', severity: 'warning', path: ['conferences', 1, 'startTime'] })]);
  });

  it('lists the series left off for open values with the fields to supply, and not those that are wrong', () => {
    // 'late' is open too, but the time supplied for it is not a time: an error, not a gap.
    const late = series({ id: 'late', title: 'Late rounds', weekdays: stated(['MO']), startTime: { status: 'unstated' } });
    const { unplaced, findings } = expandConferences([morning, noTime, late], { start: '2026-07-01', end: '2026-07-10' }, { readingsBySeries: { late: { startTime: '25:00' } } });
    expect(findings.some((f) => f.severity === 'error' && f.path[1] === 2)).toBe(true);
    expect(unplaced).toEqual([{ seriesId: 'pulm', fields: ['startTime'] }]);
  });

  it('expands a series in its own zone whatever the host zone', () => {
    const sydney = series({ timeZone: 'Australia/Sydney' });
    const { occurrences } = expandConferences([sydney], { start: '2026-07-01', end: '2026-07-31' });
    expect(occurrences.map((o) => o.start)).toEqual([
      '2026-07-07T07:00:00+10:00[Australia/Sydney]',
      '2026-07-14T07:00:00+10:00[Australia/Sydney]',
      '2026-07-21T07:00:00+10:00[Australia/Sydney]',
      '2026-07-28T07:00:00+10:00[Australia/Sydney]',
    ]);
  });

  it('refuses a window that ends before it starts or has impossible dates', () => {
    expect(() => expandConferences([morning], { start: '2026-07-10', end: '2026-07-01' })).toThrow(/before window.start/);
    expect(() => expandConferences([morning], { start: '2026-02-30', end: '2026-07-01' })).toThrow(/real calendar date/);
  });

  it('reports an expansion beyond the limit instead of returning a truncated list', () => {
    const { occurrences, findings } = expandConferences([morning], academicYearRange(2026), { limit: 10 });
    expect(occurrences).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['conference/limit-exceeded']);
  });

  it('accepts a program', () => {
    expect(expandConferences({ conferences: [morning] }, { start: '2026-07-06', end: '2026-07-06' }).occurrences).toHaveLength(1);
  });
});

describe('expandConferences: dates far from today', () => {
  it('expands 1970 without holidays and says so in a warning instead of throwing', () => {
    // March 1, 1970 was a Sunday: Tuesdays 3, 10, 17, 24, 31.
    const { occurrences, findings } = expandConferences([series()], { start: '1970-03-01', end: '1970-03-31' });
    expect(occurrences.map((o) => o.date)).toEqual(['1970-03-03', '1970-03-10', '1970-03-17', '1970-03-24', '1970-03-31']);
    expect(occurrences.every((o) => o.status === 'scheduled')).toBe(true);
    expect(findings).toEqual([expect.objectContaining({ code: 'conference/holidays-not-known', severity: 'warning' })]);
  });

  it('applies the 1971 Monday rules: Washington’s Birthday on Monday February 15, 1971', () => {
    const { occurrences, findings } = expandConferences([series({ weekdays: stated(['MO']) })], { start: '1971-02-01', end: '1971-02-28' });
    expect(findings).toEqual([]);
    expect(occurrences.map((o) => `${o.date} ${o.status}`)).toEqual(['1971-02-01 scheduled', '1971-02-08 scheduled', '1971-02-15 cancelled', '1971-02-22 scheduled']);
  });

  it('expands the first and the last month of four-digit years', () => {
    // January 1, 0001 (proleptic Gregorian) was a Monday: Tuesdays 2, 9, 16, 23, 30.
    expect(expandConferences([series()], { start: '0001-01-01', end: '0001-01-31' }).occurrences).toHaveLength(5);
    // December 1, 9999 is a Wednesday: Tuesdays 7, 14, 21, 28; Christmas (a Saturday) is observed on Friday the 24th.
    const last = expandConferences([series()], { start: '9999-12-01', end: '9999-12-31' });
    expect(last.findings).toEqual([]);
    expect(last.occurrences.map((o) => `${o.date} ${o.status}`)).toEqual(['9999-12-07 scheduled', '9999-12-14 scheduled', '9999-12-21 scheduled', '9999-12-28 scheduled']);
  });
});
