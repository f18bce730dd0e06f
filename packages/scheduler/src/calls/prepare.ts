import { CallProblemSchema, type CallCoverage, type CallProblem, type CallTrainee, type CallType, type ShiftTimes } from '@gmekit/model';
import { pgyOn } from '@gmekit/requirements';
import { day, iso } from '../problem/days';
import { SchedulingInputError, pathText } from '../problem/input-error';
import { historyLeave, prepareHistory, type PreparedHistory } from './history';
import { localMs } from './local-time';

const HOUR = 3_600_000;

/**
 * One thing a trainee may be given on a date: the rotation's base shift or a
 * call of a coverage shift. Times are real instants (epoch ms), converted
 * from wall-clock times through the problem's zone.
 */
export interface Item {
  /** Index in {@link PreparedCalls.items}. */
  readonly index: number;
  /** Trainee slot. */
  readonly trainee: number;
  /** Day index in the horizon (0 = `problem.start`). */
  readonly day: number;
  /** `base`, or the coverage shift's id. */
  readonly coverageId: string | null;
  /** The call type (null for a base shift). */
  readonly callType: CallType | null;
  /** Start of the work (epoch ms). */
  readonly start: number;
  /** End of the work including any transition (epoch ms). */
  readonly end: number;
  /** End of the in-house call proper, before the transition (equal to `end` without one). */
  readonly callEnd: number;
  /** Real hours counted toward the 80 (at-home call: its active minutes). */
  readonly countedHours: number;
  /** Whether the item counts as an in-house call night (CPR 6.27). */
  readonly inHouse: boolean;
  /** Whether the item is at-home call (outside the continuous-hours rules). */
  readonly atHome: boolean;
}

/** An averaging window (inclusive day indexes), as the audit cuts the horizon's one assignment. */
export interface CallWindow {
  /** First day index. */
  readonly first: number;
  /** Last day index (inclusive). */
  readonly last: number;
}

/** The problem turned into numbers. */
export interface PreparedCalls {
  /** The parsed problem. */
  readonly problem: CallProblem;
  /** Number of days. */
  readonly days: number;
  /** Day number (days since 1970-01-01) of day index 0. */
  readonly firstDay: number;
  /** Local midnight of day index k is `midnights[k + 1]` (one extra before and two after the horizon). */
  readonly midnights: readonly number[];
  /** Whether day k is a weekend day or a holiday. */
  readonly weekend: readonly boolean[];
  /** Leave days per trainee slot. */
  readonly leave: readonly ReadonlySet<number>[];
  /** Every item, by trainee then day then start. */
  readonly items: readonly Item[];
  /** Averaging windows, the same for every trainee (the horizon is one assignment). */
  readonly windows: readonly CallWindow[];
  /** Coverage shifts by id. */
  readonly coverage: ReadonlyMap<string, CallCoverage>;
  /** Whether coverage shift c is needed on day k. */
  readonly needed: (coverage: CallCoverage, day: number) => boolean;
  /** PGY level of a trainee slot on day k. */
  readonly pgy: (trainee: number, day: number) => number;
  /** Conference times (epoch ms) per trainee slot. */
  readonly conferences: readonly (readonly { readonly start: number; readonly end: number }[])[];
  /** The work before the first day, or null. */
  readonly history: PreparedHistory | null;
  /** Local midnight starting day index k, for any k (history days are negative). */
  readonly midnight: (k: number) => number;
}

/** Windows of one assignment from day index `from`: 28-day windows from its first day, a shorter remainder merged into the one before (as `auditWorkHours` does). */
function windowsOf(from: number, days: number): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  const whole = Math.max(1, Math.floor(days / 28));
  for (let w = 0; w < whole; w++) out.push({ first: from + w * 28, last: from + (w === whole - 1 ? days - 1 : w * 28 + 27) });
  return out;
}

function fail(path: readonly (string | number)[], message: string): never {
  throw new SchedulingInputError(path, `${pathText(path)}: ${message}`);
}

function checkReferences(problem: CallProblem): void {
  const typeIds = new Set<string>();
  problem.callTypes.forEach((t, i) => {
    if (typeIds.has(t.id)) fail(['callTypes', i, 'id'], `call type "${t.id}" is defined twice`);
    typeIds.add(t.id);
  });
  const coverageIds = new Set<string>();
  problem.coverage.forEach((c, i) => {
    if (coverageIds.has(c.id)) fail(['coverage', i, 'id'], `coverage shift "${c.id}" is defined twice`);
    coverageIds.add(c.id);
    if (!typeIds.has(c.callTypeId)) fail(['coverage', i, 'callTypeId'], `unknown call type "${c.callTypeId}"`);
  });
  const traineeIds = new Set<string>();
  problem.trainees.forEach((t, i) => {
    if (traineeIds.has(t.trainee.id)) fail(['trainees', i, 'trainee', 'id'], `trainee "${t.trainee.id}" is listed twice`);
    traineeIds.add(t.trainee.id);
  });
  for (const [i, ex] of (problem.rules.pgy1?.excludedCallTypes ?? []).entries()) {
    if (!typeIds.has(ex)) fail(['rules', 'pgy1', 'excludedCallTypes', i], `unknown call type "${ex}"`);
  }
  for (const [i, a] of (problem.previous ?? []).entries()) {
    if (!coverageIds.has(a.coverageId)) fail(['previous', i, 'coverageId'], `unknown coverage shift "${a.coverageId}"`);
    if (!traineeIds.has(a.traineeId)) fail(['previous', i, 'traineeId'], `unknown trainee "${a.traineeId}"`);
  }
  const days = day(problem.end) - day(problem.start) + 1;
  if (days > 366) fail(['end'], `the horizon is ${days} days; at most 366 (one year) are scheduled at a time`);
}

function itemTimes(zone: string, dayNumber: number, type: CallType): { start: number; callEnd: number; end: number; counted: number } {
  const start = localMs(zone, dayNumber, type.start);
  if (type.kind === 'in-house') {
    const callEnd = start + type.hours * HOUR;
    const end = callEnd + type.transitionHours * HOUR;
    return { start, callEnd, end, counted: (end - start) / HOUR };
  }
  const end = localMs(zone, type.end > type.start ? dayNumber : dayNumber + 1, type.end);
  const counted = type.kind === 'at-home' ? Math.min(type.activeMinutes / 60, (end - start) / HOUR) : (end - start) / HOUR;
  return { start, callEnd: end, end, counted };
}

/**
 * Parses a call problem (zod, then cross-references) and lists every item a
 * trainee could be given: base shifts on rotation days and calls of the
 * shifts the trainee is eligible for, none touching a leave day.
 *
 * @param input - the problem (untrusted)
 * @param historyInput - the work before the first day (untrusted), if any
 * @returns the prepared problem
 * @throws `ZodError` for a malformed problem or history, {@link SchedulingInputError} for a bad reference
 */
export function prepareCalls(input: unknown, historyInput?: unknown): PreparedCalls {
  const problem = CallProblemSchema.parse(input);
  checkReferences(problem);
  const zone = problem.timeZone;
  const firstDay = day(problem.start);
  const days = day(problem.end) - firstDay + 1;
  const midnights: number[] = [];
  for (let k = -1; k <= days + 1; k++) midnights.push(localMs(zone, firstDay + k, '00:00'));
  const midnight = (k: number) => midnights[k + 1] ?? localMs(zone, firstDay + k, '00:00');
  const history = historyInput === undefined ? null : prepareHistory(problem, historyInput, firstDay, (n) => midnight(n - firstDay));
  const holidays = new Set(problem.holidays.map(day));
  // 1970-01-01 was a Thursday: day number 2 is Saturday, 3 Sunday.
  const weekend = Array.from({ length: days }, (_, k) => {
    const n = firstDay + k;
    const dow = (((n + 3) % 7) + 7) % 7; // 0 = Monday
    return dow >= 5 || holidays.has(n);
  });
  const types = new Map(problem.callTypes.map((t) => [t.id, t]));
  const templates = new Map(problem.shiftTemplates.map((t) => [t.rotationId, t]));
  const coverage = new Map(problem.coverage.map((c) => [c.id, c]));
  const excluded = new Set(problem.rules.pgy1?.excludedCallTypes ?? []);
  const needed = (c: CallCoverage, k: number) =>
    !c.except.includes(iso(firstDay + k)) && (c.days === 'all' || (c.days === 'weekends') === (weekend[k] ?? false));
  const pgy = (t: number, k: number) => {
    const trainee = problem.trainees[t]?.trainee;
    return trainee === undefined ? 0 : pgyOn(trainee, iso(firstDay + k));
  };
  const before = history === null ? [] : historyLeave(history, problem, firstDay);
  const leave = problem.trainees.map((t, slot) => new Set([...(before[slot] ?? []), ...leaveDays(t, firstDay, days)]));
  const conferences = problem.trainees.map((t) =>
    t.requests.flatMap((r) => (r.kind === 'conference' ? [{ start: localMs(zone, day(r.date), r.time.start), end: localMs(zone, day(r.date), r.time.end) }] : [])),
  );
  // What is the same for every trainee is worked out once per day: the shifts needed and their times.
  const onDay = Array.from({ length: days }, (_, k) =>
    problem.coverage.flatMap((c) => {
      const type = types.get(c.callTypeId);
      return type === undefined || !needed(c, k) ? [] : [{ c, type, times: itemTimes(zone, firstDay + k, type) }];
    }),
  );
  const baseTimes = new Map<ShiftTimes, { start: number; end: number }[]>();
  const shiftTimes = (shift: ShiftTimes, k: number) => {
    let known = baseTimes.get(shift);
    if (known === undefined) baseTimes.set(shift, (known = []));
    return (known[k] ??= { start: localMs(zone, firstDay + k, shift.start), end: localMs(zone, firstDay + k, shift.end) });
  };
  const items: Item[] = [];
  problem.trainees.forEach((t, slot) => {
    const off = leave[slot] ?? new Set<number>();
    // An item may not touch a leave day: work logged on leave is a finding of its own.
    // Day k's items start on day k, so only the leave days from there to the item's end can touch it.
    // (Scanning every day of a year for every item took most of the year's preparation.)
    const touchesLeave = (k: number, s: number, e: number) => {
      if (off.size === 0) return false;
      const [first, last] = daysReached(midnights, Math.max(-1, k - 1), days, s, e);
      for (let j = first; j <= last; j++) if (off.has(j)) return true;
      return false;
    };
    const template = templates.get(t.rotationId);
    for (let k = 0; k < days; k++) {
      const shift = weekend[k] === true ? template?.weekend : template?.weekday;
      const dayItems: Omit<Item, 'index'>[] = [];
      if (shift !== undefined) {
        const { start, end } = shiftTimes(shift, k);
        dayItems.push({ trainee: slot, day: k, coverageId: null, callType: null, start, end, callEnd: end, countedHours: (end - start) / HOUR, inHouse: false, atHome: false });
      }
      const calls = onDay[k] ?? [];
      const level = calls.length === 0 ? 0 : pgy(slot, k);
      for (const { c, type, times } of calls) {
        if (c.pgy !== undefined && (level < c.pgy.from || level > c.pgy.to)) continue;
        if (level === 1 && excluded.has(type.id)) continue;
        dayItems.push({
          trainee: slot,
          day: k,
          coverageId: c.id,
          callType: type,
          start: times.start,
          end: times.end,
          callEnd: times.callEnd,
          countedHours: times.counted,
          inHouse: type.kind === 'in-house',
          atHome: type.kind === 'at-home',
        });
      }
      for (const it of dayItems) if (!touchesLeave(k, it.start, it.end)) items.push({ ...it, index: items.length });
    }
  });
  // With history the windows are cut from its first day, so those crossing into the horizon count the carry-over days.
  const back = history?.days ?? 0;
  const windows = windowsOf(-back, days + back);
  return {
    problem,
    days,
    firstDay,
    midnights,
    weekend,
    leave,
    items,
    windows,
    coverage,
    needed,
    pgy,
    conferences,
    history,
    midnight,
  };
}

/**
 * The local days an interval shares an instant with, among day indexes
 * `from` to `to`, as the range `[first, last]` (empty when `first > last`):
 * the days an interval reaches follow one another, so finding them takes a
 * walk from `from`, not a test of every day.
 *
 * @param midnights - local midnights, day k's at `midnights[k + 1]` (as {@link PreparedCalls} keeps them)
 * @param from - first day index to consider
 * @param to - last day index to consider
 * @param start - the interval's start (epoch ms, inclusive)
 * @param end - its end (epoch ms, exclusive)
 * @returns the first and last day index reached
 * @example
 * // Midnights of days -1 … 2 at 0, 24, 48, 72 h (hours for short): 07:00 on day 0 to 11:00 on day 1.
 * daysReached([0, 24, 48, 72], 0, 1, 31, 59); // [0, 1]
 */
export function daysReached(midnights: readonly number[], from: number, to: number, start: number, end: number): [number, number] {
  let first = from;
  while (first <= to && (midnights[first + 2] ?? Number.POSITIVE_INFINITY) <= start) first++;
  let last = first - 1;
  while (last < to && (midnights[last + 2] ?? Number.POSITIVE_INFINITY) < end) last++;
  return [first, last];
}

/**
 * Counted (non-leave) days of a window for one trainee.
 *
 * @param w - the window
 * @param leave - the trainee's leave days
 * @returns days in the window that are not leave
 */
export function countedDays(w: { first: number; last: number }, leave: ReadonlySet<number>): number {
  let n = 0;
  for (let k = w.first; k <= w.last; k++) if (!leave.has(k)) n++;
  return n;
}

function leaveDays(t: CallTrainee, firstDay: number, days: number): Set<number> {
  const out = new Set<number>();
  for (const r of t.requests) {
    if (r.kind !== 'vacation') continue;
    for (let n = Math.max(day(r.start), firstDay - 1); n <= Math.min(day(r.end), firstDay + days); n++) out.add(n - firstDay);
  }
  return out;
}

/**
 * Items grouped by a key (items without one left out), in their order.
 *
 * @param items - the items
 * @param keyOf - an item's key, or null to leave it out
 * @returns key → items
 */
export function groupItems(items: readonly Item[], keyOf: (it: Item) => string | null): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const it of items) {
    const k = keyOf(it);
    if (k === null) continue;
    const list = out.get(k);
    if (list === undefined) out.set(k, [it]);
    else list.push(it);
  }
  return out;
}
