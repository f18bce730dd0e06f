import { formatIsoDate } from '@gmekit/model';
import type { Trainee } from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';
import { countDaysOff } from './days-off';
import { evidence } from './evidence';
import { KIND, type PeriodTable } from './input';
import { pgyOn } from './pgy';
import { hasOverlap, segmentsOf } from './segments';
import { auditStretches } from './stretches';
import { WORK_HOUR_CODES, type AveragingMode, type TraineeWorkHourSummary, type UnassignedCalendar, type WorkHourFinding } from './types';
import { auditWindows } from './window-rules';
import { mergeWindows, rollingWindows, rotationWindows, type DayAssignment } from './windows';

/** Days a calendar block or a month can reach past the data on either side. */
const CALENDAR_SLACK = 31;
import type { ZoneDays } from './zone-days';

/** Everything known about one trainee for the audit. */
export interface TraineeAuditInput {
  /** Trainee id. */
  readonly traineeId: string;
  /** The trainee record, when known. */
  readonly trainee: Trainee | undefined;
  /** Periods. */
  readonly table: PeriodTable;
  /** The trainee's valid rows, sorted by start then end then input order. */
  readonly rows: Int32Array;
  /** Zone days. */
  readonly days: ZoneDays;
  /** Assignments as days, sorted, not overlapping. */
  readonly assignments: readonly DayAssignment[];
  /** Leave days (epoch days). */
  readonly leaveDays: ReadonlySet<number>;
  /** Averaging mode. */
  readonly mode: AveragingMode;
  /** Calendar of the windows of work no assignment covers. */
  readonly calendar: UnassignedCalendar;
  /** Base weekly limit. */
  readonly weeklyLimit: number;
  /** Weekly limit by rotation id (exceptions). */
  readonly rotationLimits: ReadonlyMap<string, number>;
  /** Continuity gap, ms. */
  readonly gapMs: number;
  /** Night-float limit. */
  readonly nightFloatMax: number | undefined;
}

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

function overlapFinding(input: TraineeAuditInput, from: number, to: number, rows: number[]): WorkHourFinding {
  const text = (ms: number): string => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(input.days.zone).toString();
  const first = rows[0] ?? 0;
  const indexes = [...new Set(rows)].sort((a, b) => a - b);
  return {
    code: WORK_HOUR_CODES.overlap,
    severity: 'error',
    path: ['periods', first],
    message: `periods[${first}] (trainee ${input.traineeId}) overlaps ${indexes.filter((r) => r !== first).map((r) => `periods[${r}]`).join(', ')} from ${text(from)} to ${text(to)}; the overlapping time was counted once and read in its most restrictive way.`,
    traineeId: input.traineeId,
    period: { start: text(from), end: text(to) },
    ...evidence(input.table, indexes),
  };
}

/**
 * Audits one trainee: stretch rules, then the averaged rules per window.
 *
 * @param input - the trainee's data
 * @param findings - where findings are appended
 * @returns the trainee's summary
 */
export function auditTrainee(input: TraineeAuditInput, findings: WorkHourFinding[]): TraineeWorkHourSummary {
  const { table, days, traineeId } = input;
  // In-house and at-home rows, in pooled buffers; the latest end comes along.
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
  const house = clip(input, houseRows, 'house', findings);
  const home = clip(input, homeRows, 'home', findings);

  const trainee = input.trainee;
  // Overlapping rows are read in their most restrictive way, whatever their order (segments.ts).
  const segments = hasOverlap(table, houseRows) ? segmentsOf(table, houseRows) : undefined;
  const stretch = auditStretches(
    {
      table,
      rows: segments?.startRows ?? houseRows,
      endRows: segments?.endRows ?? houseRows,
      count: segments?.count ?? houseRows.length,
      flags: segments?.flags,
      care: segments?.care,
      starts: segments?.starts ?? house.starts,
      ends: segments?.ends ?? house.ends,
      allRows: houseRows,
      days,
      traineeId,
      gapMs: input.gapMs,
      pgyOn: trainee === undefined ? undefined : (date) => pgyOn(trainee, date),
      nightFloatMax: input.nightFloatMax,
    },
    findings,
  );

  // Day range: every logged day and every assigned day.
  let d0 = Infinity;
  let d1 = -Infinity;
  // Rows are sorted by start; the latest end was found above.
  if (input.rows.length > 0) {
    d0 = days.dayOf(table.start[input.rows[0] ?? 0] ?? 0);
    d1 = days.dayOf(lastEnd - 1);
  }
  for (const a of input.assignments) {
    d0 = Math.min(d0, a.first);
    d1 = Math.max(d1, a.last);
  }
  // A calendar block of work no assignment covers (windows.ts rule 4) can
  // start up to 30 days before the first logged day and end up to 30 days
  // after the last, and a short rolling span gets 28 days; those days are
  // part of the range.
  const lastDataDay = d1;
  const firstDataDay = d0;
  d0 -= CALENDAR_SLACK;
  d1 += CALENDAR_SLACK;
  const rolling = input.mode === 'rolling-28';
  const n = d1 - d0 + 1;
  const workMs = scratch('work', n + 1);
  const off = scratch('off', n + 1);
  const calls = scratch('calls', n + 1);
  const leave = scratch('leave', n + 1);
  const worked = scratch('worked', n + 1);
  for (const day of input.leaveDays) if (day >= d0 && day <= d1) leave[day - d0] = 1;

  // Hours, apportioned to local days by elapsed time.
  const apportion = (row: number, s: number, e: number, weight: number): void => {
    let day = days.dayOf(s);
    while (s < e) {
      const next = days.dayStart(day + 1);
      const to = Math.min(e, next);
      const i = day - d0;
      workMs[i] = (workMs[i] ?? 0) + (to - s) * weight;
      if (worked[i] === 0) {
        worked[i] = 1;
        if (leave[i] === 1) {
          findings.push({
            code: WORK_HOUR_CODES.workOnLeave,
            severity: 'warning',
            path: ['periods', row],
            message: `Trainee ${traineeId} logged work on ${formatIsoDate(day)}, a leave day; the hours were counted, but the day was left out of the averages.`,
            traineeId,
          });
        }
      }
      s = to;
      day++;
    }
  };
  for (let k = 0; k < houseRows.length; k++) apportion(houseRows[k] ?? 0, house.starts[k] ?? 0, house.ends[k] ?? 0, 1);
  for (let k = 0; k < homeRows.length; k++) {
    const row = homeRows[k] ?? 0;
    const s = home.starts[k] ?? 0;
    const e = home.ends[k] ?? 0;
    if (e > s) apportion(row, s, e, Math.min((table.active[row] ?? 0) * 60_000, e - s) / (e - s));
  }
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
        { starts: house.starts, ends: house.ends, count: houseRows.length },
        { starts: home.starts, ends: home.ends, count: homeRows.length },
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
