// @gmekit/calendar recurrence (issues 4 and 11): occurrences per second for the
// four GME rules (issue 11 added "last weekday of the month", BYSETPOS) over six academic years in Los Angeles, a one-month window
// of a series that began six years earlier, and the bundle size of `expand`.
// gmekit runs two ways, each set against the like rrule-temporal use: `expand`
// from plain data on every call (against a rule built per call) and a
// `compileSeries` object reused across calls (against a reused rule object).
// Every peer's instants are checked against gmekit's before it is timed; a
// peer that disagrees is reported and left out of the timing.
import { expand, type RecurrenceRule, type RecurrenceSeries } from '@gmekit/calendar';
import { compileSeries, parseRRule } from '@gmekit/calendar/recurrence';
import ICAL from 'ical.js';
import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import { bundleSizes } from './bundle';
import { compare, table, type Contender, type Timing } from './harness';
import { performance } from 'node:perf_hooks';
import { compact, difference, fromRruleDate, HOST_ZONE, icalTime, LA, RRule, toRruleDate } from './peers';
import type { SuiteResult } from './suite';
import { speedup, verdict, type Speedup } from './verdict';

interface RuleCase {
  readonly name: string;
  readonly rule: string;
  /** DTSTART, local Los Angeles time. */
  readonly start: string;
  /** Instances in the window, worked out by hand (see the calendar package's gme tests). */
  readonly expected: number;
}

/** A local-date window [start, end) in Los Angeles. */
interface Window {
  readonly start: string;
  readonly end: string;
}

// 2026-07-01 .. 2032-06-30: 2,192 days = 313 weeks + 1 day (a Wednesday).
const SIX_YEARS: Window = { start: '2026-07-01', end: '2032-07-01' };
const CASES: readonly RuleCase[] = [
  // 313 whole weeks from a Wednesday hold 313 Tuesdays.
  { name: 'every Tuesday 07:00', rule: 'FREQ=WEEKLY;BYDAY=TU', start: '2026-07-07T07:00:00', expected: 313 },
  // 313 Thursdays (the spare day is a Wednesday), every other one from the first: 157.
  { name: 'every other Thursday 12:00', rule: 'FREQ=WEEKLY;INTERVAL=2;BYDAY=TH', start: '2026-07-02T12:00:00', expected: 157 },
  // Two a month for 72 months.
  { name: '2nd and 4th Tuesday monthly 17:00', rule: 'FREQ=MONTHLY;BYDAY=2TU,4TU', start: '2026-07-14T17:00:00', expected: 144 },
  // One a month for 72 months; 2026-07-31 is a Friday, the last weekday of July.
  { name: 'last weekday of the month 17:00', rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1', start: '2026-07-31T17:00:00', expected: 72 },
];
// July 2026 has four Tuesdays (7, 14, 21, 28).
const OLD_SERIES: RuleCase = { name: 'weekly Tuesday 07:00 since 2020-07-07, open-ended', rule: 'FREQ=WEEKLY;BYDAY=TU', start: '2020-07-07T07:00:00', expected: 4 };
const ONE_MONTH: Window = { start: '2026-07-01', end: '2026-08-01' };

const epochOf = (localDate: string): number => Temporal.PlainDate.from(localDate).toZonedDateTime(LA).epochMilliseconds;

/** One peer's way of answering "the instants of this rule in this window": a timed run and the instants it found. */
interface Engine {
  readonly name: string;
  /** Builds the reusable rule objects once; returns the function a timed round calls. */
  readonly prepare: (c: RuleCase, w: Window) => { run: () => number; instants: () => number[] };
}

function gmekitSeries(c: RuleCase): RecurrenceSeries {
  const parsed = parseRRule(c.rule);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const rrule: RecurrenceRule = parsed.rule;
  return { start: { type: 'zoned', dateTime: c.start, timeZone: LA }, rrule };
}

const gmekit: Engine = {
  name: 'gmekit expand',
  prepare: (c, w) => {
    // The series as plain data, expanded from scratch on every call.
    const series = gmekitSeries(c);
    const window = { start: w.start, end: w.end };
    return {
      run: () => expand(series, window).length,
      instants: () => expand(series, window).map((o) => o.startEpochMs ?? Number.NaN),
    };
  },
};

const gmekitCompiled: Engine = {
  name: 'gmekit compileSeries reused',
  prepare: (c, w) => {
    // Compiled once, like rrule-temporal's reused rule object.
    const compiled = compileSeries(gmekitSeries(c));
    const window = { start: w.start, end: w.end };
    return {
      run: () => compiled.expand(window).length,
      instants: () => compiled.expand(window).map((o) => o.startEpochMs ?? Number.NaN),
    };
  },
};

const rruleTemporal: Engine = {
  name: 'rrule-temporal between',
  prepare: (c, w) => {
    // cache: false, or all() answers repeated calls from memory.
    const rule = new RRuleTemporal({ rruleString: `DTSTART;TZID=${LA}:${compact(c.start)}\nRRULE:${c.rule}`, cache: false });
    const from = new Date(epochOf(w.start));
    // between() with inc=true is inclusive at both ends; the window is half-open.
    const to = new Date(epochOf(w.end) - 1);
    return {
      run: () => rule.between(from, to, true).length,
      instants: () => rule.between(from, to, true).map((z) => z.epochMilliseconds),
    };
  },
};

const rruleTemporalFresh: Engine = {
  name: 'rrule-temporal new+between',
  prepare: (c, w) => {
    // A rule built from its text on every call: what expanding a stored
    // series costs when nothing is kept between calls, as with gmekit's expand.
    const text = `DTSTART;TZID=${LA}:${compact(c.start)}\nRRULE:${c.rule}`;
    const from = new Date(epochOf(w.start));
    const to = new Date(epochOf(w.end) - 1);
    const between = () => new RRuleTemporal({ rruleString: text, cache: false }).between(from, to, true);
    return { run: () => between().length, instants: () => between().map((z) => z.epochMilliseconds) };
  },
};

const rrule: Engine = {
  name: 'rrule (tzid) between',
  prepare: (c, w) => {
    // noCache = true: rrule otherwise memoises between() results per arguments.
    const rule = new RRule({ ...RRule.parseString(c.rule), dtstart: new Date(`${c.start}Z`), tzid: LA }, true);
    const from = toRruleDate(epochOf(w.start));
    const to = toRruleDate(epochOf(w.end) - 1);
    return {
      run: () => rule.between(from, to, true).length,
      // Decoding rrule's host-zone Dates into instants is left out of the timed run.
      instants: () => rule.between(from, to, true).map(fromRruleDate),
    };
  },
};

const icalJs: Engine = {
  name: 'ical.js iterator',
  prepare: (c, w) => {
    const recur = ICAL.Recur.fromString(c.rule);
    const dtstart = icalTime(c.start);
    const from = epochOf(w.start) / 1000;
    const to = epochOf(w.end) / 1000;
    // ical.js has no window query: it walks from DTSTART.
    const walk = (found: (seconds: number) => void): void => {
      const it = recur.iterator(dtstart);
      for (;;) {
        // The rule iterator ends with null (the rules here never end before the window does).
        const t = it.next() as ICAL.Time | null;
        if (t === null) break;
        const s = t.toUnixTime();
        if (s >= to) break;
        if (s >= from) found(s);
      }
    };
    return {
      run: () => {
        let n = 0;
        walk(() => n++);
        return n;
      },
      instants: () => {
        const out: number[] = [];
        walk((s) => out.push(s * 1000));
        return out;
      },
    };
  },
};

const ENGINES = [gmekit, gmekitCompiled, rruleTemporal, rruleTemporalFresh, rrule, icalJs];

/** Checks every peer against gmekit, and gmekit against the hand count; returns the contenders that agree and the ones that do not. */
function agreeing(c: RuleCase, w: Window): { contenders: Contender[]; differing: string[] } {
  const mine = gmekit.prepare(c, w);
  const expected = mine.instants();
  if (expected.length !== c.expected) throw new Error(`gmekit gives ${expected.length} instances of "${c.name}", ${c.expected} worked out by hand`);
  const contenders: Contender[] = [{ name: gmekit.name, run: mine.run }];
  const differing: string[] = [];
  for (const engine of ENGINES.slice(1)) {
    const peer = engine.prepare(c, w);
    let diff: string | undefined;
    try {
      diff = difference(expected, peer.instants());
    } catch (error) {
      diff = `threw ${error instanceof Error ? error.message : String(error)}`;
    }
    if (diff === undefined) contenders.push({ name: engine.name, run: peer.run });
    else differing.push(`  ${engine.name}: DIFFERS, not timed: ${diff}`);
  }
  return { contenders, differing };
}

/**
 * Runs every contender for a while before timing. `compare` sizes its
 * repetitions from one first, cold call; for calls of a few microseconds
 * that cold call is many times slower than a warm one, which left samples of
 * a couple of milliseconds and too little warm-up. rrule-temporal's
 * one-month query in particular took about a second of calls (2026-12-02:
 * 335 µs, then 147, 56, 30 … 11 µs per call in successive 100 ms) to reach
 * its steady speed, so each peer gets a full second.
 */
function warm(contenders: readonly Contender[], ms: number): void {
  for (const c of contenders) {
    const t0 = performance.now();
    do c.run();
    while (performance.now() - t0 < ms);
  }
}

/** gmekit against rrule-temporal, like for like (reused against reused, per call against per call), against a target. */
function versusRruleTemporal(timings: readonly Timing[], target: number): { lines: string[]; reused?: Speedup; fresh?: Speedup; perCallVsReused?: Speedup } {
  const reused = speedup(timings, gmekitCompiled.name, rruleTemporal.name);
  const fresh = speedup(timings, gmekit.name, rruleTemporalFresh.name);
  const perCallVsReused = speedup(timings, gmekit.name, rruleTemporal.name);
  return {
    lines: [
      `  gmekit compileSeries reused vs rrule-temporal rule object reused: ${verdict(reused, target)}`,
      `  gmekit expand per call vs rrule-temporal rule built per call:     ${verdict(fresh, target)}`,
      `  gmekit expand per call vs rrule-temporal rule object reused:      ${verdict(perCallVsReused, target)}`,
    ],
    ...(reused ? { reused } : {}),
    ...(fresh ? { fresh } : {}),
    ...(perCallVsReused ? { perCallVsReused } : {}),
  };
}

export async function benchRecurrence(): Promise<SuiteResult> {
  const lines: string[] = [`recurrence in ${LA}; rrule runs under host zone ${HOST_ZONE} (its Dates decoded per its README convention, outside the timed run)`];
  const figures: Record<string, unknown> = {};
  for (const c of CASES) {
    const { contenders, differing } = agreeing(c, SIX_YEARS);
    warm(contenders, 1000);
    const timings = compare(contenders, { rounds: 9, warmup: 2, minMs: 40 });
    lines.push(table(`${c.name} (${c.rule}), ${SIX_YEARS.start}..2032-06-30: ${c.expected} occurrences, identical in every timed peer`, timings, 'occurrences', rruleTemporal.name));
    lines.push(...differing);
    const vs = versusRruleTemporal(timings, 2);
    lines.push(...vs.lines);
    figures[c.name] = { timings, differing, vsRruleTemporal: vs.reused, vsRruleTemporalFresh: vs.fresh, perCallVsRruleTemporal: vs.perCallVsReused };
  }
  {
    const { contenders, differing } = agreeing(OLD_SERIES, ONE_MONTH);
    warm(contenders, 1000);
    // compare counts any call as taking at least 0.01 ms when sizing its
    // repetitions, so a 40 ms target gave calls of 1–2 µs samples of a few
    // milliseconds, where one garbage collection is a large share; 400 ms
    // gives every peer samples of 40 ms or more.
    const timings = compare(contenders, { rounds: 9, warmup: 2, minMs: 400 });
    lines.push(table(`one-month window (July 2026) of a ${OLD_SERIES.name}: ${OLD_SERIES.expected} occurrences, identical in every timed peer`, timings, 'occurrences', rruleTemporal.name));
    lines.push(...differing);
    const vs = versusRruleTemporal(timings, 5);
    lines.push(...vs.lines);
    figures['one-month window'] = { timings, differing, vsRruleTemporal: vs.reused, vsRruleTemporalFresh: vs.fresh, perCallVsRruleTemporal: vs.perCallVsReused };
  }
  const sizes = await bundleSizes([
    { name: 'import { expand } from "@gmekit/calendar"', source: `export { expand } from '@gmekit/calendar';` },
    { name: 'import { RRuleTemporal } from "rrule-temporal"', source: `export { RRuleTemporal } from 'rrule-temporal';` },
  ]);
  lines.push('\nbundle size (esbuild, ESM, browser platform, tree-shaken, minified; gzip level 9)');
  for (const s of sizes) lines.push(`  ${s.name.padEnd(48)} ${(s.minified / 1024).toFixed(1).padStart(7)} kB min ${(s.gzipped / 1024).toFixed(1).padStart(6)} kB gz   ${s.note}`);
  const [mine, peer] = sizes;
  if (mine && peer) {
    const smaller = mine.gzipped < peer.gzipped;
    lines.push(`  gmekit expand vs rrule-temporal, gzipped: ${(mine.gzipped / 1024).toFixed(1)} kB vs ${(peer.gzipped / 1024).toFixed(1)} kB (target smaller: ${smaller ? 'met' : `MISSED by ${((mine.gzipped - peer.gzipped) / 1024).toFixed(1)} kB`})`);
  }
  figures.bundle = sizes;
  return { text: lines.join('\n'), figures };
}
