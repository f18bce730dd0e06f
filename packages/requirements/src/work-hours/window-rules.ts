import { formatIsoDate } from '@gmekit/model';
/**
 * The averaged rules (weekly hours, one day in seven free, in-house call every
 * third night) checked over each averaging window of one trainee, with the
 * window summaries the report returns.
 */
import { evidence, rowsIn } from './evidence';
import { HOUR_MS } from './instant';
import { callFinding, dayOffFinding, incompleteFinding, unassignedFinding, weeklyFinding, type WindowFacts } from './messages';
import type { TraineeAuditInput } from './audit-input';
import type { AveragingWindowSummary, WorkHourFinding } from './types';
import type { DayWindow } from './windows';

/** Per-day totals of one trainee, indexed from `d0`, and the windows to check. */
export interface WindowRuleInput {
  /** The trainee's audit input. */
  readonly input: TraineeAuditInput;
  /** Averaging windows in date order. */
  readonly windows: readonly DayWindow[];
  /** Epoch day of index 0 of the arrays. */
  readonly d0: number;
  /** 1 on leave days. */
  readonly leave: Float64Array;
  /** Counted work per day, in milliseconds. */
  readonly workMs: Float64Array;
  /** Days off credited to each day, as far as the data go. */
  readonly off: Float64Array;
  /** The part of `off` from the free run that reaches the end of the data. */
  readonly lastKnown: Float64Array;
  /** That run's credits if it went on past the data (the best case). */
  readonly lastBest: Float64Array;
  /** Epoch day the last free run starts on: windows ending before it are final. */
  readonly lastRunDay: number;
  /** Last covered epoch day (the later of the last logged and the last assigned day). */
  readonly lastDataDay: number;
  /** In-house call nights starting on each day. */
  readonly calls: Float64Array;
  /** Weekly limit of each day (rolling mode only). */
  readonly dayLimit: Float64Array;
  /** Whether rolling 28-day windows are among the windows. */
  readonly rolling: boolean;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/**
 * Checks the averaged rules over every window.
 *
 * @param ctx - the trainee's per-day totals and windows
 * @param findings - where findings are appended
 * @returns one summary per window
 */
export function auditWindows(ctx: WindowRuleInput, findings: WorkHourFinding[]): AveragingWindowSummary[] {
  const { input, windows, d0, leave, workMs, off, lastKnown, lastBest, lastRunDay, lastDataDay, calls, dayLimit } = ctx;
  const sum = (arr: Float64Array, w: DayWindow): number => {
    let total = 0;
    for (let d = w.first; d <= w.last; d++) total += arr[d - d0] ?? 0;
    return total;
  };
  const summaries: AveragingWindowSummary[] = [];
  let lastWeekly = -Infinity;
  let lastDayOff = -Infinity;
  let lastCall = -Infinity;
  for (const w of windows) {
    const rolling = w.rolling === true;
    const dayCount = w.last - w.first + 1;
    // One pass over the window's days for the sums and the heaviest week.
    let leaveDays = 0;
    let ms = 0;
    let daysOff = 0;
    let callCount = 0;
    let week = 0;
    let heaviestMs = 0;
    for (let i = w.first - d0, end = w.last - d0; i <= end; i++) {
      leaveDays += leave[i] ?? 0;
      const work = workMs[i] ?? 0;
      ms += work;
      daysOff += off[i] ?? 0;
      callCount += calls[i] ?? 0;
      week += work;
      if (i - (w.first - d0) >= 7) week -= workMs[i - 7] ?? 0;
      if (week > heaviestMs) heaviestMs = week;
    }
    const active = dayCount - leaveDays;
    // Reaching into the last free run: later data can only add days off there.
    const complete = w.last < lastRunDay;
    const bestDaysOff = complete ? daysOff : daysOff - sum(lastKnown, w) + sum(lastBest, w);
    let limit = w.rotationId === undefined ? input.weeklyLimit : (input.rotationLimits.get(w.rotationId) ?? input.weeklyLimit);
    if (rolling) for (let d = w.first; d <= w.last; d++) limit = Math.min(limit, dayLimit[d - d0] ?? limit);
    const required = Math.floor(active / 7);
    // ⌈days / 3⌉, not ⌊days / 3⌋: calls on nights 1, 4, …, 28 are exactly every
    // third night (10 in 28 days) and must pass whichever night the window
    // starts on; a strict q3 pattern holds at most ⌈n / 3⌉ calls in any n
    // nights, and any pattern with more has two calls fewer than three
    // nights apart somewhere in the window.
    const allowedCalls = Math.ceil(active / 3);
    const start = formatIsoDate(w.first);
    const end = formatIsoDate(w.last);
    const hours = round2(ms / HOUR_MS);
    const heaviestWeek = round2(heaviestMs / HOUR_MS);
    const weeklyAverage = active > 0 ? round2((ms / HOUR_MS) * 7 / active) : 0;
    // Two literals rather than `...(rotationId ? { rotationId } : {})`: V8 builds such spreads on a slow path.
    summaries.push(
      w.rotationId === undefined
        ? { start, end, days: dayCount, leaveDays, hours, weeklyAverage, heaviestWeek, weeklyLimit: limit, daysOff, daysOffRequired: required, inHouseCalls: callCount, inHouseCallsAllowed: allowedCalls, complete }
        : { start, end, rotationId: w.rotationId, days: dayCount, leaveDays, hours, weeklyAverage, heaviestWeek, weeklyLimit: limit, daysOff, daysOffRequired: required, inHouseCalls: callCount, inHouseCallsAllowed: allowedCalls, complete },
    );
    const overWeekly = ms * 7 > limit * active * HOUR_MS;
    const fewDaysOff = bestDaysOff < required;
    const unverified = !fewDaysOff && daysOff < required;
    const manyCalls = callCount > allowedCalls;
    const violating = active > 0 && (overWeekly || fewDaysOff || manyCalls);
    if (!violating && !unverified && w.unassigned !== true) continue;
    const facts: WindowFacts = {
      traineeId: input.traineeId,
      start,
      end,
      path: w.assignmentIndex === undefined ? ['periods', firstRowFrom(input, input.days.dayStart(w.first))] : ['assignments', w.assignmentIndex],
      activeDays: active,
      leaveDays,
      rotationId: w.rotationId,
      rolling,
      evidence: () => evidence(input.table, rowsIn(input.table, input.rows, input.days.dayStart(w.first), input.days.dayStart(w.last + 1))),
    };
    if (w.unassigned === true) findings.push(unassignedFinding(facts, input.calendar));
    if (unverified && active > 0) findings.push(incompleteFinding(facts, daysOff, required, formatIsoDate(lastDataDay)));
    if (!violating) continue;
    // In rolling mode, a run of overlapping violating windows is one finding
    // (the first window of the run); a new run starts after a clean window.
    if (overWeekly) {
      if (!rolling || lastWeekly < w.last - 1) findings.push(weeklyFinding(facts, ms, limit));
      lastWeekly = w.last;
    }
    if (fewDaysOff) {
      if (!rolling || lastDayOff < w.last - 1) findings.push(dayOffFinding(facts, daysOff, required));
      lastDayOff = w.last;
    }
    if (manyCalls) {
      if (!rolling || lastCall < w.last - 1) findings.push(callFinding(facts, callCount, allowedCalls));
      lastCall = w.last;
    }
  }
  return summaries;
}

/** Input index of the first period starting at or after an instant (or the trainee's first). */
function firstRowFrom(input: TraineeAuditInput, ms: number): number {
  for (const row of input.rows) if ((input.table.end[row] ?? 0) > ms) return row;
  return input.rows[0] ?? 0;
}
