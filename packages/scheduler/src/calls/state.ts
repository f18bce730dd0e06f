import type { CallProblem, WorkPeriod } from '@gmekit/model';
import { conflicts } from './conflicts';
import { historyCalls } from './history';
import { auditCalls, periodsOf, scheduleErrors } from './periods';
import { prepareCalls, type Item, type PreparedCalls } from './prepare';
import { isoOf } from './model';
import type { CallSchedule } from './types';

/** A schedule taken back to the prepared problem and its chosen items. */
export interface ScheduleState {
  /** The prepared problem. */
  readonly p: PreparedCalls;
  /** The chosen items (base shifts and calls), by item index. */
  readonly chosen: ReadonlySet<number>;
}

/**
 * Recovers the items a schedule was made of: its calls by shift id and its
 * base shifts by work-period id (`<trainee>-<date>-base`).
 *
 * @param schedule - a schedule from {@link scheduleCalls}
 * @returns the state
 * @throws `ZodError` when `schedule.problem` is not a call problem
 */
export function stateOf(schedule: CallSchedule): ScheduleState {
  const p = prepareCalls(schedule.problem, schedule.history);
  return { p, chosen: chosenOf(p, schedule) };
}

/**
 * The items of a prepared problem a schedule chose: its calls by shift id and
 * its base shifts by work-period id (`<trainee>-<date>-base`).
 *
 * @param p - a prepared problem (the schedule's, or one changed from it)
 * @param schedule - the schedule
 * @returns item indexes of `p`
 */
export function chosenOf(p: PreparedCalls, schedule: CallSchedule): Set<number> {
  const calls = new Set(schedule.shifts.map((s) => s.id));
  const bases = new Set<string>(schedule.workPeriods.flatMap((w) => (w.kind === 'clinical' && w.id !== undefined ? [w.id] : [])));
  const chosen = new Set<number>();
  for (const it of p.items) {
    const traineeId = p.problem.trainees[it.trainee]?.trainee.id ?? '';
    const date = isoOf(p, it.day);
    if (it.coverageId === null ? bases.has(`${traineeId}-${date}-base`) : calls.has(`${it.coverageId}/${date}/${traineeId}`)) chosen.add(it.index);
  }
  return chosen;
}

/** One trainee's part of a move: the call added, the base shifts it displaces, or why it cannot be. */
export interface Placement {
  /** Item indexes to remove (the displaced base shifts). */
  readonly drop: readonly number[];
  /** Why not, in words (empty when the placement is possible). */
  readonly reasons: readonly string[];
}

/**
 * Checks the program's rules and the hard pairwise rules for giving a trainee
 * a call item: conflicting calls are reasons, conflicting base shifts are
 * displaced (the call replaces that day's rotation work, as in the model).
 *
 * @param p - the prepared problem
 * @param chosen - the chosen items after the call being handed over is removed
 * @param item - the call item to add
 * @returns the base shifts to drop and any reasons
 */
export function place(p: PreparedCalls, chosen: ReadonlySet<number>, item: Item): Placement {
  const { rules } = p.problem;
  const reasons: string[] = [];
  const drop: number[] = [];
  const mine = [...chosen].map((i) => p.items[i]).filter((x): x is Item => x?.trainee === item.trainee);
  for (const other of mine) {
    if (!conflicts(item, other, rules.postCallDayOff)) continue;
    if (other.coverageId === null) drop.push(other.index);
    else reasons.push(`already on ${other.coverageId} on ${isoOf(p, other.day)}, too close (overlap, 8 hours between shifts, 14 after 24 hours, or the post-call day off)`);
  }
  const HOUR = 3_600_000;
  const rest = item.atHome ? 0 : item.end - item.start >= 24 * HOUR ? 14 * HOUR : 8 * HOUR;
  const trainee = p.problem.trainees[item.trainee];
  for (const [i, c] of (p.conferences[item.trainee] ?? []).entries()) {
    if (item.start < c.end && item.end + rest > c.start) {
      const r = trainee?.requests.filter((x) => x.kind === 'conference')[i];
      reasons.push(`must attend a conference${r === undefined ? '' : ` on ${r.date} at ${r.time.start}`}, which the call or the rest after it would overlap`);
    }
  }
  if (rules.noCallBeforeDayOff && trainee?.requests.some((r) => r.kind === 'day-off' && r.date === isoOf(p, item.day + 1))) reasons.push(`asked for ${isoOf(p, item.day + 1)} off, and the program allows no call the night before a day off`);
  if (item.callType?.kind !== 'night-float') {
    const month = isoOf(p, item.day).slice(0, 7);
    const pgy1 = p.pgy(item.trainee, item.day) === 1 ? rules.pgy1?.maxCallsPerMonth : undefined;
    const limits = [rules.maxCallsPerMonth, pgy1].filter((x): x is number => x !== undefined);
    const taken = mine.filter((x) => x.coverageId !== null && x.callType?.kind !== 'night-float' && isoOf(p, x.day).slice(0, 7) === month).length;
    if (limits.length > 0 && taken + historyCalls(p, item.trainee, month) + 1 > Math.min(...limits)) reasons.push(`already has ${taken} calls in ${month}, the program's limit${pgy1 === undefined ? '' : ' for PGY-1'}`);
  }
  return { drop, reasons };
}

/**
 * Why a trainee has no item for a coverage shift on a day: PGY level,
 * PGY-1 exclusion, or leave.
 *
 * @param p - the prepared problem
 * @param slot - trainee slot
 * @param coverageId - the coverage shift
 * @param k - day index
 * @returns the reason in words
 */
export function ineligibility(p: PreparedCalls, slot: number, coverageId: string, k: number): string {
  const c = p.coverage.get(coverageId);
  const level = p.pgy(slot, k);
  if (c?.pgy !== undefined && (level < c.pgy.from || level > c.pgy.to)) return `is PGY-${level} on ${isoOf(p, k)}; ${coverageId} takes PGY-${c.pgy.from}–${c.pgy.to}`;
  if (level === 1 && c !== undefined && (p.problem.rules.pgy1?.excludedCallTypes ?? []).includes(c.callTypeId)) return `is PGY-1, and the program keeps PGY-1 trainees off ${c.callTypeId}`;
  return `is on leave on ${isoOf(p, k)} or the day the call ends`;
}

/**
 * The periods and audit of some trainees under a set of chosen items.
 *
 * @param p - the prepared problem
 * @param chosen - chosen item indexes
 * @param slots - the trainees to audit
 * @returns their periods and the audit's error messages
 */
export function auditSome(p: PreparedCalls, chosen: ReadonlySet<number>, slots: readonly number[]): { periods: WorkPeriod[]; errors: string[] } {
  const want = new Set(slots);
  const items = [...chosen].map((i) => p.items[i]).filter((x): x is Item => x !== undefined && want.has(x.trainee));
  const periods = periodsOf(p, items);
  const problem: CallProblem = { ...p.problem, trainees: p.problem.trainees.filter((_, slot) => want.has(slot)) };
  const history = p.history?.record;
  const errors = scheduleErrors(problem, auditCalls(problem, periods, history), history).map((f) => f.message);
  return { periods, errors };
}
