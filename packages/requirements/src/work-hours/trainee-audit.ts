import type { TraineeAuditInput } from './audit-input';
import { countDaysOff } from './days-off';
import { KIND } from './input';
import { pgyOn } from './pgy';
import { overlapFinding, workOnLeaveFinding } from './quality-messages';
import { hasOverlap, segmentsOf } from './segments';
import { auditStretches, type StretchResult } from './stretches';
import type { TraineeWorkHourSummary, WorkHourFinding } from './types';
import { auditWindows } from './window-rules';
import { mergeWindows, rollingWindows, rotationWindows } from './windows';

/** Days a calendar block or a month can reach past the data on either side. */
const CALENDAR_SLACK = 31;

// Scratch arrays reused from trainee to trainee (the audit is synchronous),
// so a call over thousands of trainees does not allocate thousands of typed
// arrays. Each use clears the part it reads.
const pools = new Map<string, Float64Array>();
function scratch(name: string, length: number, fill = 0): Float64Array {
  let array = pools.get(name);
  if (array === undefined || array.length < length) {
    array = new Float64Array(Math.max(length, 2 * (array?.length ?? 256)));
    pools.set(name, array);
  }
  array.fill(fill, 0, length);
  return array;
}

const intPools = new Map<string, Int32Array>();
/** Like {@link scratch}, for row numbers; not cleared (every use writes before it reads). */
function intScratch(name: string, length: number): Int32Array {
  let array = intPools.get(name);
  if (array === undefined || array.length < length) {
    array = new Int32Array(Math.max(length, 2 * (array?.length ?? 256)));
    intPools.set(name, array);
  }
  return array;
}

/** Removes overlaps inside one layer, reporting each, so no time is counted twice. */
function clip(input: TraineeAuditInput, rows: ArrayLike<number>, layer: 'house' | 'home', findings: WorkHourFinding[]): { starts: Float64Array; ends: Float64Array } {
  const { table } = input;
  // Constant pool names: a template string would be rebuilt and rehashed on every call.
  const starts = scratch(layer === 'house' ? 'house-starts' : 'home-starts', rows.length);
  const ends = scratch(layer === 'house' ? 'house-ends' : 'home-ends', rows.length);
  let maxEnd = -Infinity;
  let maxRow = -1;
  // One finding per stretch of doubly logged time (touching ones joined), so
  // cutting a period in two never adds a finding.
  let spanStart = 0;
  let spanEnd = -Infinity;
  let spanRows: number[] = [];
  const flush = (): void => {
    if (spanRows.length > 0) findings.push(overlapFinding(input, spanStart, spanEnd, spanRows));
    spanRows = [];
  };
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k] ?? 0;
    const s = table.start[row] ?? 0;
    const e = table.end[row] ?? 0;
    if (s < maxEnd) {
      const to = Math.min(e, maxEnd);
      if (spanRows.length > 0 && s <= spanEnd) {
        spanEnd = Math.max(spanEnd, to);
        spanRows.push(maxRow, row);
      } else {
        flush();
        spanStart = s;
        spanEnd = to;
        spanRows = [row, maxRow];
      }
    }
    starts[k] = Math.max(s, maxEnd);
    ends[k] = Math.max(e, starts[k] ?? 0);
    if (e > maxEnd) {
      maxEnd = e;
      maxRow = row;
    }
  }
  flush();
  return { starts, ends };
}


/** One layer of a trainee's time (in-house, or at-home call): its rows, and their spans with overlaps clipped. */
interface Layer {
  readonly rows: Int32Array;
  readonly starts: Float64Array;
  readonly ends: Float64Array;
}

/** Step 1: the rows split into the in-house and at-home layers, each clipped of overlaps; and the latest end. */
function layersOf(input: TraineeAuditInput, findings: WorkHourFinding[]): { house: Layer; home: Layer; lastEnd: number } {
  const { table } = input;
  const all = input.rows;
  const houseBuffer = intScratch('house-rows', all.length);
  const homeBuffer = intScratch('home-rows', all.length);
  let houseCount = 0;
  let homeCount = 0;
  let lastEnd = -Infinity;
  for (const row of all) {
    if (table.kind[row] === KIND['at-home-call']) homeBuffer[homeCount++] = row;
    else houseBuffer[houseCount++] = row;
    const end = table.end[row] ?? 0;
    if (end > lastEnd) lastEnd = end;
  }
  const houseRows = houseBuffer.subarray(0, houseCount);
  const homeRows = homeBuffer.subarray(0, homeCount);
  return {
    house: { rows: houseRows, ...clip(input, houseRows, 'house', findings) },
    home: { rows: homeRows, ...clip(input, homeRows, 'home', findings) },
    lastEnd,
  };
}

/** Step 2: the stretch rules (continuous duty, rest, night float, moonlighting), over in-house time. */
function stretchesOf(input: TraineeAuditInput, house: Layer, findings: WorkHourFinding[]): StretchResult {
  const { table, days, traineeId, trainee } = input;
  // Overlapping rows are read in their most restrictive way, whatever their order (segments.ts).
  const segments = hasOverlap(table, house.rows) ? segmentsOf(table, house.rows) : undefined;
  return auditStretches(
    {
      table,
      rows: segments?.startRows ?? house.rows,
      endRows: segments?.endRows ?? house.rows,
      count: segments?.count ?? house.rows.length,
      flags: segments?.flags,
      care: segments?.care,
      starts: segments?.starts ?? house.starts,
      ends: segments?.ends ?? house.ends,
      allRows: house.rows,
      days,
      traineeId,
      gapMs: input.gapMs,
      pgyOn: trainee === undefined ? undefined : (date) => pgyOn(trainee, date),
      nightFloatMax: input.nightFloatMax,
    },
    findings,
  );
}

/** The local days the audit looks at. */
interface DayRange {
  /** First and last day of the arrays (the data widened by the calendar slack). */
  readonly d0: number;
  readonly d1: number;
  /** First and last day with a logged period or an assignment. */
  readonly firstDataDay: number;
  readonly lastDataDay: number;
}

/** Step 3: every logged day and every assigned day, widened by the calendar slack. */
function dayRangeOf(input: TraineeAuditInput, lastEnd: number): DayRange {
  const { table, days } = input;
  let first = Infinity;
  let last = -Infinity;
  // Rows are sorted by start; the latest end was found with the layers.
  if (input.rows.length > 0) {
    first = days.dayOf(table.start[input.rows[0] ?? 0] ?? 0);
    last = days.dayOf(lastEnd - 1);
  }
  for (const a of input.assignments) {
    first = Math.min(first, a.first);
    last = Math.max(last, a.last);
  }
  // A calendar block of work no assignment covers (windows.ts rule 4) can
  // start up to 30 days before the first logged day and end up to 30 days
  // after the last, and a short rolling span gets 28 days; those days are
  // part of the range.
  return { d0: first - CALENDAR_SLACK, d1: last + CALENDAR_SLACK, firstDataDay: first, lastDataDay: last };
}

/**
 * Step 4: hours apportioned to local days by elapsed time (at-home call
 * weighted by its active minutes), marking the days worked and reporting work
 * on leave days.
 */
function apportionHours(input: TraineeAuditInput, layers: { house: Layer; home: Layer }, d0: number, arrays: { workMs: Float64Array; worked: Float64Array; leave: Float64Array }, findings: WorkHourFinding[]): void {
  const { table, days, traineeId } = input;
  const { workMs, worked, leave } = arrays;
  const apportion = (row: number, s: number, e: number, weight: number): void => {
    let day = days.dayOf(s);
    while (s < e) {
      const next = days.dayStart(day + 1);
      const to = Math.min(e, next);
      const i = day - d0;
      workMs[i] = (workMs[i] ?? 0) + (to - s) * weight;
      if (worked[i] === 0) {
        worked[i] = 1;
        if (leave[i] === 1) findings.push(workOnLeaveFinding(traineeId, row, day));
      }
      s = to;
      day++;
    }
  };
  const { house, home } = layers;
  for (let k = 0; k < house.rows.length; k++) apportion(house.rows[k] ?? 0, house.starts[k] ?? 0, house.ends[k] ?? 0, 1);
  for (let k = 0; k < home.rows.length; k++) {
    const row = home.rows[k] ?? 0;
    const s = home.starts[k] ?? 0;
    const e = home.ends[k] ?? 0;
    if (e > s) apportion(row, s, e, Math.min((table.active[row] ?? 0) * 60_000, e - s) / (e - s));
  }
}

/**
 * Audits one trainee: the stretch rules, then the averaged rules per window
 * (layers → stretches → day range → hours per day → windows and days off →
 * window rules).
 *
 * @param input - the trainee's data
 * @param findings - where findings are appended
 * @returns the trainee's summary
 */
export function auditTrainee(input: TraineeAuditInput, findings: WorkHourFinding[]): TraineeWorkHourSummary {
  const { days, traineeId } = input;
  const { house, home, lastEnd } = layersOf(input, findings);
  const stretch = stretchesOf(input, house, findings);
  const { d0, d1, firstDataDay, lastDataDay } = dayRangeOf(input, lastEnd);
  const rolling = input.mode === 'rolling-28';
  const n = d1 - d0 + 1;
  const workMs = scratch('work', n + 1);
  const off = scratch('off', n + 1);
  const calls = scratch('calls', n + 1);
  const leave = scratch('leave', n + 1);
  const worked = scratch('worked', n + 1);
  for (const day of input.leaveDays) if (day >= d0 && day <= d1) leave[day - d0] = 1;
  apportionHours(input, { house, home }, d0, { workMs, worked, leave }, findings);
  for (const day of stretch.callDays) calls[day - d0] = (calls[day - d0] ?? 0) + 1;

  // Averaging windows, from the days with logged work.
  const workBuffer = intScratch('work-days', n);
  let workCount = 0;
  for (let i = 0; i < n; i++) if (worked[i] === 1) workBuffer[workCount++] = i + d0;
  const workDays = workBuffer.subarray(0, workCount);
  const byRotation = rotationWindows(input.assignments, workDays, input.calendar);
  const windows = rolling ? mergeWindows(byRotation, rollingWindows(firstDataDay, lastDataDay)) : byRotation;
  // Days off (days-off.ts): free time is known up to the end of the last
  // covered day (the later of the last logged day and the last assigned day);
  // after it the time is unknown.
  const lastKnown = scratch('off-last-known', n + 1);
  const lastBest = scratch('off-last-best', n + 1);
  const { lastRunDay } = countDaysOff(
    {
      days,
      d0,
      leave,
      layers: [
        { starts: house.starts, ends: house.ends, count: house.rows.length },
        { starts: home.starts, ends: home.ends, count: home.rows.length },
      ],
      coverEnd: days.dayStart(lastDataDay + 1),
      bestEnd: days.dayStart(d1 + 2) - 1,
    },
    off,
    lastKnown,
    lastBest,
  );

  // The averaged rules, over their windows (worked out above).
  const dayLimit = scratch('limit', rolling ? n : 0, input.weeklyLimit);
  if (rolling) {
    for (const a of input.assignments) {
      const limit = input.rotationLimits.get(a.rotationId) ?? input.weeklyLimit;
      for (let d = Math.max(a.first, d0); d <= Math.min(a.last, d1); d++) dayLimit[d - d0] = limit;
    }
  }
  const summaries = auditWindows({ input, windows, d0, leave, workMs, off, lastKnown, lastBest, lastRunDay, lastDataDay, calls, dayLimit, rolling }, findings);
  return { traineeId, timeZone: days.zone, periods: input.rows.length, windows: summaries };
}
