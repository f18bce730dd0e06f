import { IsoDateSchema, TraineeIdSchema, WorkPeriodSchema, instantEpochMs, type CallProblem, type WorkPeriod } from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { day, iso } from '../problem/days';
import { SchedulingInputError } from '../problem/input-error';
import type { Item, PreparedCalls } from './prepare';

const HOUR = 3_600_000;

/**
 * What was worked before a call problem's first day: the previous month's
 * work periods (base shifts, calls, transitions) and leave. The averaged
 * rules (80 hours, one day in seven, in-house call q3) are counted over
 * windows cut from `start` through the problem's end, as one assignment, so
 * the windows that cross into the new month see the carry-over days; the
 * rest rules (14 hours after 24, 8 hours between shifts, the post-call day)
 * see the last calls of the previous month.
 */
export const CallHistorySchema = z.object({
  /** First day the history covers (the previous month's first day): the averaging windows are cut from here. */
  start: IsoDateSchema,
  /** The work periods worked from `start` to the problem's first day (each must start before it). */
  workPeriods: z.array(WorkPeriodSchema),
  /** Leave taken in the history (whole local days, inclusive). */
  leave: z
    .array(
      z
        .object({
          /** Who. */
          traineeId: TraineeIdSchema,
          /** First day. */
          start: IsoDateSchema,
          /** Last day (inclusive). */
          end: IsoDateSchema,
        })
        .refine((l) => l.end >= l.start, {
          message: 'leave must not end before it starts',
          path: ['end'],
        })
    )
    .default([]),
});
/** The work before a call problem's first day. */
export type CallHistory = z.infer<typeof CallHistorySchema>;

/** A stretch of work in the history, as a model item (negative index, day before the first day) so the pairwise rules apply to it unchanged. */
export type HistoryItem = Item;

/** The history turned into numbers for the model. */
export interface PreparedHistory {
  /** The history as used: only the pool's periods and leave, sorted. */
  readonly record: CallHistory;
  /** Days of history before the problem's first day. */
  readonly days: number;
  /** Stretches (contiguous periods joined; at-home call apart) per trainee slot. */
  readonly stretches: readonly (readonly HistoryItem[])[];
  /** Periods per trainee slot, with the hours they count. */
  readonly periods: readonly (readonly {
    readonly start: number;
    readonly end: number;
    readonly hours: number;
    readonly kind: WorkPeriod['kind'];
    readonly day: number;
  }[])[];
}

/**
 * Checks a history against a problem and reduces it: periods of trainees
 * outside the pool are left out; a period starting before `start`, or on or
 * after the problem's first day without continuing earlier work (as the
 * transition after the last night's call does), is an input error.
 *
 * @param problem - the parsed problem
 * @param input - the history (untrusted)
 * @param firstDay - day number of the problem's first day
 * @param midnight - epoch ms of local midnight starting a day number
 * @returns the prepared history
 * @throws `ZodError` for a malformed history, {@link SchedulingInputError} for a period outside its span
 */
export function prepareHistory(problem: CallProblem, input: unknown, firstDay: number, midnight: (dayNumber: number) => number): PreparedHistory {
  const parsed = CallHistorySchema.parse(input);
  const first = day(parsed.start);
  if (first >= firstDay) throw new SchedulingInputError(['history', 'start'], `history.start: ${parsed.start} must be before the problem's first day ${problem.start}`);
  const slots = new Map(problem.trainees.map((t, i) => [t.trainee.id as string, i]));
  const zone = problem.timeZone;
  const from = midnight(first);
  const to = midnight(firstDay);
  const periods: {
    start: number;
    end: number;
    hours: number;
    kind: WorkPeriod['kind'];
    day: number;
  }[][] = problem.trainees.map(() => []);
  const kept: { period: WorkPeriod; start: number }[] = [];
  // Local midnights from the history's first day to two days after the problem's first (a period may continue
  // past it): a period's local day is the last of them at or before its start, found without a zone conversion.
  const midnights = Array.from({ length: firstDay + 3 - first }, (_, n) => midnight(first + n));
  const localDay = (ms: number): number => {
    let lo = 0;
    let hi = midnights.length - 1;
    if (ms >= (midnights[hi] ?? Infinity)) return day(Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDate().toString());
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((midnights[mid] ?? Infinity) <= ms) lo = mid;
      else hi = mid - 1;
    }
    return first + lo;
  };
  const rows = parsed.workPeriods.flatMap((w, i) => {
    const slot = slots.get(w.traineeId);
    return slot === undefined
      ? []
      : [
          {
            w,
            i,
            slot,
            // CallHistorySchema has checked both: each is an instant with an offset.
            start: instantEpochMs(w.start),
            end: instantEpochMs(w.end),
          },
        ];
  });
  // A period may start on the first day only as the continuation of earlier work (the transition after the last night's call).
  const reach = new Map<number, number>();
  rows.sort((a, b) => a.start - b.start || a.i - b.i);
  for (const { w, i, slot, start, end } of rows) {
    const continues = start <= (reach.get(slot) ?? -Infinity);
    if (start < from || (start >= to && !continues))
      throw new SchedulingInputError(
        ['history', 'workPeriods', i, 'start'],
        `history.workPeriods[${i}].start: ${w.start} is not between ${parsed.start} and the problem's first day ${problem.start} (nor continues work that is)`
      );
    reach.set(slot, Math.max(reach.get(slot) ?? -Infinity, end));
    const hours = w.kind === 'at-home-call' ? Math.min((w.activeMinutes ?? 0) / 60, (end - start) / HOUR) : (end - start) / HOUR;
    periods[slot]?.push({
      start,
      end,
      hours,
      kind: w.kind,
      day: localDay(start) - firstDay,
    });
    kept.push({ period: w, start });
  }
  const stretches = periods.map((list, slot) => joinStretches(list, slot));
  const leave = parsed.leave.filter((l) => slots.has(l.traineeId));
  const workPeriods = kept.sort((a, b) => (a.period.traineeId < b.period.traineeId ? -1 : a.period.traineeId > b.period.traineeId ? 1 : a.start - b.start)).map((k) => k.period);
  return {
    record: { start: parsed.start, workPeriods, leave },
    days: firstDay - first,
    stretches,
    periods,
  };
}

function joinStretches(
  list: readonly {
    start: number;
    end: number;
    hours: number;
    kind: WorkPeriod['kind'];
    day: number;
  }[],
  slot: number
): HistoryItem[] {
  const out: HistoryItem[] = [];
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const open: { start: number; end: number; day: number; inHouse: boolean }[] = [];
  const close = () => {
    const o = open.pop();
    if (o !== undefined)
      out.push({
        index: -1 - out.length,
        trainee: slot,
        day: o.day,
        coverageId: 'history',
        callType: null,
        start: o.start,
        end: o.end,
        callEnd: o.end,
        countedHours: 0,
        inHouse: o.inHouse,
        atHome: false,
      });
  };
  for (const p of sorted) {
    if (p.kind === 'at-home-call') {
      out.push({
        index: -1 - out.length,
        trainee: slot,
        day: p.day,
        coverageId: 'history',
        callType: null,
        start: p.start,
        end: p.end,
        callEnd: p.end,
        countedHours: 0,
        inHouse: false,
        atHome: true,
      });
      continue;
    }
    const o = open[0];
    if (o !== undefined && p.start <= o.end) {
      o.end = Math.max(o.end, p.end);
      o.inHouse ||= p.kind === 'in-house-call';
      continue;
    }
    close();
    open.push({
      start: p.start,
      end: p.end,
      day: p.day,
      inHouse: p.kind === 'in-house-call',
    });
  }
  close();
  return out;
}

/**
 * The history of a previous call schedule: its first day, its work periods
 * and its vacations, ready to pass as `history` for the next month.
 *
 * @param schedule - the previous schedule (`problem` and `workPeriods`)
 * @param schedule.problem - its problem
 * @param schedule.workPeriods - its work periods
 * @returns the history
 * @example
 * const next = await scheduleCalls(september, { history: historyOf(august) });
 */
export function historyOf(schedule: { readonly problem: CallProblem; readonly workPeriods: readonly WorkPeriod[] }): CallHistory {
  const leave = schedule.problem.trainees.flatMap((t) => t.requests.flatMap((r) => (r.kind === 'vacation' ? [{ traineeId: t.trainee.id, start: r.start, end: r.end }] : [])));
  return {
    start: schedule.problem.start,
    workPeriods: [...schedule.workPeriods],
    leave,
  };
}

/**
 * Leave days of a history per trainee slot, as day indexes (negative) of the problem.
 *
 * @param h - the prepared history
 * @param problem - the problem
 * @param firstDay - day number of the problem's first day
 * @returns leave day indexes per slot
 */
export function historyLeave(h: PreparedHistory, problem: CallProblem, firstDay: number): Set<number>[] {
  const out = problem.trainees.map(() => new Set<number>());
  problem.trainees.forEach((t, slot) => {
    for (const l of h.record.leave) {
      if (l.traineeId !== t.trainee.id) continue;
      for (let n = Math.max(day(l.start), firstDay - h.days); n <= Math.min(day(l.end), firstDay - 1); n++) out[slot]?.add(n - firstDay);
    }
  });
  return out;
}

/**
 * What the history puts in a window for one trainee: hours counted toward
 * the 80 (apportioned by time inside the window, as the audit does), in-house
 * call nights started on its days, and whole free calendar days before the
 * first day (counted conservatively, as the model counts its own).
 *
 * @param p - the prepared problem
 * @param t - trainee slot
 * @param w - the window
 * @param from - its first midnight (epoch ms)
 * @param to - the midnight after its last day
 * @param leave - the trainee's leave day indexes
 * @returns the carried hours, calls and days off
 */
export function carryOver(p: PreparedCalls, t: number, w: { first: number; last: number }, from: number, to: number, leave: ReadonlySet<number>): { hours: number; calls: number; daysOff: number } {
  const periods = p.history?.periods[t] ?? [];
  if (w.first >= 0 || p.history === null) return { hours: 0, calls: 0, daysOff: 0 };
  let hours = 0;
  let calls = 0;
  for (const x of periods) {
    if (x.end > x.start) hours += (Math.max(0, Math.min(x.end, to) - Math.max(x.start, from)) / (x.end - x.start)) * x.hours;
    if (x.kind === 'in-house-call' && x.day >= w.first && x.day <= w.last) calls++;
  }
  let daysOff = 0;
  for (let k = w.first; k < 0; k++) {
    if (leave.has(k)) continue;
    const a = p.midnight(k);
    const b = p.midnight(k + 1);
    if (!periods.some((x) => x.start < b && x.end > a)) daysOff++;
  }
  return { hours, calls, daysOff };
}

/**
 * Calls (in-house and at-home; night-float nights are a rotation) a trainee
 * took in the history in one calendar month, for the program's
 * calls-per-month limit when the history ends mid-month.
 *
 * @param p - the prepared problem
 * @param t - trainee slot
 * @param month - `YYYY-MM`
 * @returns the count
 */
export function historyCalls(p: PreparedCalls, t: number, month: string): number {
  return (p.history?.periods[t] ?? []).filter((x) => (x.kind === 'in-house-call' || x.kind === 'at-home-call') && iso(p.firstDay + x.day).startsWith(month)).length;
}
