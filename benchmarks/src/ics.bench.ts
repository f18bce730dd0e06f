// @gmekit/calendar iCalendar (issue 5): writing a 1,005-event calendar
// (5 weekly series + 1,000 single events) against ical-generator, reading it
// back with occurrences over six academic years against ical.js, and the
// 100,000-file fuzz run of parseICS. Both writers' files are checked to mean
// the same occurrences, and both readers to find the same ones, before timing.
import { expandCalendar, parseICS, toICS, type DateTimeValue, type IcsCalendar, type IcsEvent } from '@gmekit/calendar';
import { parseRRule } from '@gmekit/calendar/recurrence';
import { fuzzICS } from '@gmekit/calendar/testing';
import ical, { ICalEventRepeatingFreq, ICalWeekday } from 'ical-generator';
import ICAL from 'ical.js';
import { performance } from 'node:perf_hooks';
import { Temporal } from 'temporal-polyfill';
import { compare, table } from './harness';
import { difference, LA } from './peers';
import type { SuiteResult } from './suite';
import { speedup, verdict } from './verdict';

const STAMP = '2026-06-01T00:00:00Z';
// Six academic years in Los Angeles: 2026-07-01 00:00 PDT … 2032-07-01 00:00 PDT.
const FROM = '2026-07-01T07:00:00Z';
const TO = '2032-07-01T07:00:00Z';
// End of 2032-06-30 in Los Angeles (PDT), in UTC as RFC 5545 wants UNTIL with a TZID.
const UNTIL_UTC = '2032-07-01T06:59:59';

interface WeeklySpec {
  readonly uid: string;
  readonly summary: string;
  readonly day: ICalWeekday;
  readonly interval: number;
  readonly start: string;
  readonly minutes: number;
  readonly exdates: readonly string[];
}

const WEEKLY: readonly WeeklySpec[] = [
  { uid: 'tumor-board@bench', summary: 'Tumor board', day: ICalWeekday.TU, interval: 1, start: '2026-07-07T07:00:00', minutes: 60, exdates: ['2026-12-29T07:00:00', '2027-12-28T07:00:00'] },
  { uid: 'grand-rounds@bench', summary: 'Grand rounds', day: ICalWeekday.WE, interval: 1, start: '2026-07-01T12:00:00', minutes: 60, exdates: ['2026-11-25T12:00:00'] },
  { uid: 'm-and-m@bench', summary: 'Morbidity and mortality', day: ICalWeekday.TH, interval: 2, start: '2026-07-02T17:00:00', minutes: 90, exdates: [] },
  { uid: 'journal-club@bench', summary: 'Journal club; bring the paper, printed', day: ICalWeekday.MO, interval: 1, start: '2026-07-06T18:00:00', minutes: 60, exdates: ['2026-09-07T18:00:00'] },
  { uid: 'board-review@bench', summary: 'Board review', day: ICalWeekday.FR, interval: 1, start: '2026-07-03T07:00:00', minutes: 45, exdates: [] },
];

interface SingleSpec {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  readonly location: string;
  readonly start: string;
  readonly minutes: number;
}

/** 1,000 single events spread over the six years, 08:00–16:00 local, with text that needs escaping and folding. */
function singles(): SingleSpec[] {
  const first = Temporal.PlainDate.from('2026-07-01');
  return Array.from({ length: 1000 }, (_, i) => ({
    uid: `lecture-${i}@bench`,
    summary: `Lecture ${i}: vascular access, part ${1 + (i % 4)}`,
    description: `Core curriculum session ${i}.\nReading: chapter ${1 + (i % 30)}; slides on the shared drive, folder "IR core".`,
    location: `Main hospital, room ${100 + (i % 40)}`,
    start: `${first.add({ days: (i * 2) % 2190 }).toString()}T${String(8 + (i % 9)).padStart(2, '0')}:00:00`,
    minutes: i % 3 === 0 ? 30 : 60,
  }));
}

const zoned = (dateTime: string): DateTimeValue => ({ type: 'zoned', dateTime, timeZone: LA });
const plusMinutes = (local: string, minutes: number): string => Temporal.PlainDateTime.from(local).add({ minutes }).toString();

function gmekitCalendar(weekly: readonly WeeklySpec[], single: readonly SingleSpec[]): IcsCalendar {
  const events: IcsEvent[] = [];
  for (const w of weekly) {
    const rule = parseRRule(`FREQ=WEEKLY;${w.interval > 1 ? `INTERVAL=${w.interval};` : ''}BYDAY=${w.day.toUpperCase()};UNTIL=${UNTIL_UTC.replace(/[-:]/g, '')}Z`);
    if (!rule.ok) throw new Error(rule.error.message);
    events.push({
      uid: w.uid,
      dtstamp: STAMP,
      summary: w.summary,
      series: {
        start: zoned(w.start),
        end: zoned(plusMinutes(w.start, w.minutes)),
        rrule: rule.rule,
        ...(w.exdates.length > 0 ? { exdates: w.exdates.map(zoned) } : {}),
      },
    });
  }
  for (const s of single) {
    events.push({ uid: s.uid, dtstamp: STAMP, summary: s.summary, description: s.description, location: s.location, series: { start: zoned(s.start), end: zoned(plusMinutes(s.start, s.minutes)) } });
  }
  return { name: 'Program calendar', events };
}

/** The same calendar through ical-generator's API: Temporal zoned times with the event's zone set (its documented way to write TZID times). */
function icalGeneratorCalendar(weekly: readonly WeeklySpec[], single: readonly SingleSpec[]): ReturnType<typeof ical> {
  const z = (local: string): Temporal.ZonedDateTime => Temporal.PlainDateTime.from(local).toZonedDateTime(LA);
  const stamp = new Date(STAMP);
  const cal = ical({ name: 'Program calendar' });
  for (const w of weekly) {
    cal.createEvent({
      id: w.uid,
      stamp,
      summary: w.summary,
      start: z(w.start),
      end: z(plusMinutes(w.start, w.minutes)),
      timezone: LA,
      repeating: {
        freq: ICalEventRepeatingFreq.WEEKLY,
        ...(w.interval > 1 ? { interval: w.interval } : {}),
        byDay: [w.day],
        until: Temporal.Instant.from(`${UNTIL_UTC}Z`).toZonedDateTimeISO(LA),
        ...(w.exdates.length > 0 ? { exclude: w.exdates.map(z) } : {}),
      },
    });
  }
  for (const s of single) {
    cal.createEvent({ id: s.uid, stamp, summary: s.summary, description: s.description, location: s.location, start: z(s.start), end: z(plusMinutes(s.start, s.minutes)), timezone: LA });
  }
  return cal;
}

/** gmekit's reading: parse, then expand every event over the window. */
function gmekitRead(text: string): { uid: string; ms: number }[] {
  const { calendar } = parseICS(text);
  return expandCalendar(calendar, { start: FROM, end: TO }).occurrences.map((o) => ({ uid: o.uid, ms: o.occurrence.startEpochMs ?? Number.NaN }));
}

/** ical.js's reading: parse, register the file's VTIMEZONEs, iterate each event from DTSTART to the window's end. */
function icalJsRead(text: string, found: (uid: string, seconds: number) => void): void {
  const from = Date.parse(FROM) / 1000;
  const to = Date.parse(TO) / 1000;
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  for (const component of root.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(component);
    if (!event.isRecurring()) {
      const s = event.startDate.toUnixTime();
      if (s >= from && s < to) found(event.uid, s);
      continue;
    }
    const it = event.iterator();
    for (;;) {
      // The rule iterator ends with null, the event iterator with undefined.
      const t = it.next() as ICAL.Time | null | undefined;
      if (t === null || t === undefined) break;
      const s = t.toUnixTime();
      if (s >= to) break;
      if (s >= from) found(event.uid, s);
    }
  }
}

const keyed = (rows: readonly { uid: string; ms: number }[]): number[] => {
  // One sortable number per occurrence: event order is by UID, so compare per UID.
  const byUid = new Map<string, number[]>();
  for (const r of rows) byUid.set(r.uid, [...(byUid.get(r.uid) ?? []), r.ms]);
  return [...byUid.keys()].sort().flatMap((uid) => (byUid.get(uid) ?? []).sort((a, b) => a - b));
};


export function benchIcs(): SuiteResult {
  const single = singles();
  const calendar = gmekitCalendar(WEEKLY, single);
  const generator = icalGeneratorCalendar(WEEKLY, single);
  const lines: string[] = [];
  const figures: Record<string, unknown> = {};

  // Same meaning first: both files, read by gmekit, give the same occurrences.
  const text = toICS(calendar);
  const theirs = generator.toString();
  const vevents = (t: string): number => t.split('BEGIN:VEVENT').length - 1;
  if (vevents(text) !== 1005 || vevents(theirs) !== 1005) throw new Error(`expected 1,005 VEVENTs, got ${vevents(text)} (gmekit) and ${vevents(theirs)} (ical-generator)`);
  const mine = keyed(gmekitRead(text));
  const writerDiff = difference(mine, keyed(gmekitRead(theirs)));
  const writeTimings = compare(
    [
      { name: 'gmekit toICS', run: () => (toICS(calendar).length > 0 ? 1005 : 0) },
      { name: 'ical-generator toString', run: () => (generator.toString().length > 0 ? 1005 : 0) },
      { name: 'ical-generator build+toString', run: () => (icalGeneratorCalendar(WEEKLY, single).toString().length > 0 ? 1005 : 0) },
    ],
    { rounds: 7, warmup: 2, minMs: 100 },
  );
  lines.push(table(`write a 1,005-event calendar (5 weekly series + 1,000 single events, America/Los_Angeles): gmekit ${(text.length / 1024).toFixed(0)} kB with VTIMEZONE, ical-generator ${(theirs.length / 1024).toFixed(0)} kB without (it writes none unless given a generator)`, writeTimings, 'events', 'ical-generator toString'));
  lines.push(writerDiff === undefined ? `  both files give the same ${mine.length.toLocaleString('en-US')} occurrences over six academic years (read by gmekit)` : `  the files DIFFER in meaning: ical-generator's ${writerDiff}`);
  const writeRatio = speedup(writeTimings, 'gmekit toICS', 'ical-generator toString');
  lines.push(`  gmekit vs ical-generator (toString of a built calendar): ${verdict(writeRatio, 20)}`);
  figures.write = { timings: writeTimings, vsIcalGenerator: writeRatio, sameMeaning: writerDiff === undefined };

  // Reading: ical.js must find the very same occurrences in gmekit's file.
  const theirRows: { uid: string; ms: number }[] = [];
  icalJsRead(text, (uid, s) => theirRows.push({ uid, ms: s * 1000 }));
  const readerDiff = difference(mine, keyed(theirRows));
  const readers = [{ name: 'gmekit parseICS+expandCalendar', run: () => gmekitRead(text).length }];
  if (readerDiff === undefined) {
    readers.push({
      name: 'ical.js parse+iterate',
      run: () => {
        let n = 0;
        icalJsRead(text, () => n++);
        return n;
      },
    });
  }
  const readTimings = compare(readers, { rounds: 7, warmup: 2, minMs: 100 });
  lines.push(table(`read it back with occurrences over six academic years (${mine.length.toLocaleString('en-US')} occurrences)`, readTimings, 'occurrences', 'ical.js parse+iterate'));
  if (readerDiff !== undefined) lines.push(`  ical.js DIFFERS, not timed: ${readerDiff}`);
  const readRatio = speedup(readTimings, 'gmekit parseICS+expandCalendar', 'ical.js parse+iterate');
  lines.push(`  gmekit vs ical.js: ${verdict(readRatio, 1)}`);
  figures.read = { timings: readTimings, vsIcalJs: readRatio, occurrences: mine.length };

  // Fuzzing: 100,000 mutated and truncated files; no throw, no hang. Issue
  // 11 adds the adversarial shapes at full size (every 1,000th file: huge
  // COUNT/INTERVAL, all-BYxxx YEARLY with and without BYSETPOS, 100,000
  // overrides, 300 custom VTIMEZONEs), parsed and expanded, each file held
  // to a wall-clock bound.
  const seed = 20260701;
  const maxFileMs = 30_000;
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const fuzz = fuzzICS({ count: 100_000, seed, expand: true, adversarial: { every: 1000, overrides: 100_000, zones: 300 }, maxFileMs });
  const fuzzMs = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  const fuzzCpuMs = (cpu.user + cpu.system) / 1000;
  lines.push(
    `\nfuzz parseICS + expandCalendar: ${fuzz.files.toLocaleString('en-US')} files (seed ${seed}; ${fuzz.adversarialFiles} adversarial, the rest mutated and truncated) in ${(fuzzMs / 1000).toFixed(1)} s wall, ${(fuzzCpuMs / 1000).toFixed(1)} s CPU: ${fuzz.throws} throws, 0 hangs (every file returned), slowest file ${fuzz.maxMs.toFixed(1)} ms wall, ${fuzz.overBound} over the ${maxFileMs / 1000} s bound per file`,
  );
  figures.fuzz = { files: fuzz.files, adversarialFiles: fuzz.adversarialFiles, throws: fuzz.throws, hangs: 0, maxMs: fuzz.maxMs, overBound: fuzz.overBound, maxFileMs, seed, totalMs: fuzzMs, totalCpuMs: fuzzCpuMs };
  return { text: lines.join('\n'), figures };
}
