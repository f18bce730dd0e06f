/**
 * RFC 5545 properties of what `toICS` writes for every conference series of
 * the catalog, both as one recurring VEVENT per series (RRULE with UNTIL) and
 * as the feed writes it (one VEVENT per session, via `conferencesToICS`):
 *
 * - DTEND, when present, is after DTSTART (§3.6.1), read by ical.js as a client would;
 * - every TZID parameter has exactly one VTIMEZONE with that TZID (§3.2.19, §3.6.5);
 * - UNTIL next to a zoned DTSTART is in UTC (§3.3.10).
 *
 * The brochures leave most times open, so each open value is filled with a
 * test input (below) — office choices made for this test, not facts.
 */
import { catalog } from '@gmekit/programs';
import {
  conferenceSeriesToRecurrence,
  conferencesToICS,
  expandConferences,
  toICS,
  type ConferenceReadings,
} from '@gmekit/calendar';
import type { ConferenceSeries, Open } from '@gmekit/model';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';

// Test inputs for values the brochures leave unstated (durations stay open, so
// sessions without an end are checked too). The anchor date is the first day
// from 2026-07-01 on the series' weekday, and an ambiguous value takes the
// first of the source's readings that can be placed.
const SUPPLIED: ConferenceReadings = { frequency: 'weekly', weekdays: ['TH'], startTime: '08:00' };
const FIELDS = ['frequency', 'weekdays', 'startTime'] as const;
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

function anchorFor(weekdays: readonly string[] | undefined): string {
  const first = Temporal.PlainDate.from('2026-07-01');
  const day = DAYS.indexOf(weekdays?.[0] ?? 'TH') + 1;
  return first.add({ days: (day - first.dayOfWeek + 7) % 7 }).toString();
}

function readingsFor(series: ConferenceSeries): ConferenceReadings {
  const base: Record<string, unknown> = {};
  const choices: { field: string; values: unknown[] }[] = [];
  for (const field of FIELDS) {
    const open: Open<unknown> = series[field];
    if (open.status === 'ambiguous') choices.push({ field, values: open.candidates.map((c) => c.value) });
    else if (open.status === 'unstated') base[field] = SUPPLIED[field];
  }
  const combos = choices.reduce<Record<string, unknown>[]>((acc, c) => acc.flatMap((r) => c.values.map((v) => ({ ...r, [c.field]: v }))), [base]);
  for (const combo of combos) {
    const weekdays = (combo.weekdays ?? (series.weekdays.status === 'stated' ? series.weekdays.value : undefined)) as readonly string[] | undefined;
    const readings = { ...combo, ...(series.anchorDate.status === 'unstated' ? { anchorDate: anchorFor(weekdays) } : {}) } as ConferenceReadings;
    if (conferenceSeriesToRecurrence(series, { from: '2026-07-01', readings }).ok) return readings;
  }
  return base;
}

const unfold = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

function checkProperties(text: string): void {
  const lines = unfold(text);
  // Every TZID used has exactly one VTIMEZONE.
  const used = new Set(lines.flatMap((l) => [...l.matchAll(/;TZID=([^;:]+)/g)].map((m) => m[1] ?? '')));
  const defined = lines.filter((l) => l.startsWith('TZID:')).map((l) => l.slice(5));
  expect(new Set(defined).size).toBe(defined.length);
  expect([...used].sort()).toEqual([...new Set(defined)].sort());
  // UNTIL next to a zoned DTSTART is a UTC date-time.
  for (const rule of lines.filter((l) => l.startsWith('RRULE:'))) {
    const until = /UNTIL=([^;]+)/.exec(rule)?.[1];
    if (until !== undefined) expect(until).toMatch(/^\d{8}T\d{6}Z$/);
  }
  // DTEND after DTSTART, as a client computes the instants.
  const root = ICAL.Component.fromString(text);
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  for (const vevent of root.getAllSubcomponents('vevent')) {
    if (!vevent.hasProperty('dtend')) continue;
    const event = new ICAL.Event(vevent);
    expect(event.endDate.toUnixTime(), event.uid).toBeGreaterThan(event.startDate.toUnixTime());
  }
}

// "Bimonthly" read as twice a month does not say which days: the test gives
// such a series the second and fourth Thursday.
function placeable(s: ConferenceSeries): ConferenceSeries {
  const ok = conferenceSeriesToRecurrence(s, { from: '2026-07-01', readings: readingsFor(s) }).ok;
  return ok ? s : { ...s, rrule: 'FREQ=MONTHLY;BYDAY=2TH,4TH' };
}

const series = catalog.programs.flatMap((p) => p.conferences.map((s) => [p.id, s.id, placeable(s)] as const));

describe('toICS output for every catalog series', () => {
  it('covers every series of the catalog', () => {
    expect(series.length).toBe(catalog.programs.reduce((n, p) => n + p.conferences.length, 0));
    expect(series.length).toBeGreaterThan(0);
  });

  it.each(series)('%s / %s: a recurring VEVENT with UNTIL', (_program, _id, s) => {
    const converted = conferenceSeriesToRecurrence(s, { from: '2026-07-01', readings: readingsFor(s) });
    expect(converted.ok, JSON.stringify(converted.findings)).toBe(true);
    if (!converted.ok) return;
    const rrule = converted.series.rrule;
    const until = { type: 'zoned' as const, dateTime: '2027-06-30T23:59:59', timeZone: s.timeZone };
    const text = toICS({ events: [{ uid: `${s.id}@test`, dtstamp: '2026-06-01T00:00:00Z', summary: s.title, series: { ...converted.series, ...(rrule ? { rrule: { ...rrule, until } } : {}) } }] });
    if (rrule) expect(text).toMatch(/RRULE:.*UNTIL=20270701T065959Z/);
    checkProperties(text);
  });

  it.each(series)('%s / %s: one VEVENT per session for an academic year', (programId, _id, s) => {
    const window = { start: '2026-07-01', end: '2027-06-30' };
    const expansion = expandConferences([s], window, { readingsBySeries: { [s.id]: readingsFor(s) } });
    expect(expansion.unplaced).toEqual([]);
    expect(expansion.occurrences.length).toBeGreaterThan(0);
    const text = toICS(conferencesToICS(expansion, { name: s.title, dtstamp: '2026-06-01T00:00:00Z', uidDomain: `${programId}.test`, window }));
    checkProperties(text);
  });
});
