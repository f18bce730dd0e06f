/**
 * Closed days and what they do to sessions. A day is closed when it is the
 * observed date of a US federal holiday (and, by default, the holiday's own
 * date when that is a weekend), or inside a program-defined closure. A
 * business day is a Monday–Friday that is not closed.
 *
 * Policies, per series or for all: `cancel` drops the session (it is kept,
 * marked `cancelled`); `move-next-business-day` / `move-previous-business-day`
 * moves it to the nearest business day after / before the closed day, at the
 * same local wall-clock time (resolved in the series' zone; a time that does
 * not exist that day moves forward, Temporal's `compatible`). A move that
 * lands on a day the series already meets, or finds no business day within
 * 366 days, becomes a cancellation with a note. `ignore` leaves sessions as
 * the rule gives them.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { CalendarInputError, toPlainDate } from '../academic/input-error';
import { FEDERAL_HOLIDAYS_FIRST_YEAR, observedFederalHolidaysBetween, type FederalHolidayOptions } from '../holidays/federal';
import type { ClosureReason } from './occurrence';

/** A program-defined closure, inclusive local dates (e.g. a winter break). */
export interface Closure {
  /** Identifier, echoed on affected sessions (default `closure-<index>`). */
  readonly id?: string;
  /** Name, e.g. `Winter break`. */
  readonly name: string;
  /** First closed day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last closed day (inclusive), `YYYY-MM-DD`. */
  readonly end: string;
}

/** What a closed day does to a session. */
export type ClosurePolicy = 'cancel' | 'move-next-business-day' | 'move-previous-business-day' | 'ignore';

/** Which days are closed and what happens to sessions on them. */
export interface ClosureRules {
  /** Close observed US federal holidays (default true; pass options for Inauguration Day). */
  readonly federalHolidays?: boolean | Pick<FederalHolidayOptions, 'includeInaugurationDay'>;
  /** Also close a federal holiday's own date when it falls on a weekend (default true). */
  readonly closeWeekendHolidayDates?: boolean;
  /** Program-defined closures. */
  readonly closures?: readonly Closure[];
  /** Policy for every series (default `cancel`). */
  readonly policy?: ClosurePolicy;
  /** Policy per series id, overriding `policy`. */
  readonly policyBySeries?: Readonly<Record<string, ClosurePolicy>>;
}

/** Closed days over a span, looked up by date. */
export class ClosedDays {
  private readonly days = new Map<string, ClosureReason>();

  /**
   * First date whose federal holidays are known, when the span starts
   * earlier (federal holidays are computed from 1971); days before it are
   * not closed for holidays. `undefined` when the whole span is covered or
   * federal holidays are off.
   */
  readonly federalHolidaysFrom: string | undefined;

  /**
   * @param rules - what closes
   * @param from - first date that may be looked up
   * @param to - last date that may be looked up
   */
  constructor(rules: ClosureRules, from: Temporal.PlainDate, to: Temporal.PlainDate) {
    (rules.closures ?? []).forEach((closure, i) => {
      const start = toPlainDate(closure.start, ['rules', 'closures', i, 'start']);
      const end = toPlainDate(closure.end, ['rules', 'closures', i, 'end']);
      if (Temporal.PlainDate.compare(end, start) < 0) {
        throw new CalendarInputError('invalid-window', ['rules', 'closures', i, 'end'], `rules.closures[${i}].end: ${closure.end} is before its start ${closure.start}`);
      }
      const reason: ClosureReason = { kind: 'closure', id: closure.id ?? `closure-${i}`, name: closure.name };
      const lo = Temporal.PlainDate.compare(start, from) > 0 ? start : from;
      const hi = Temporal.PlainDate.compare(end, to) < 0 ? end : to;
      for (let d = lo; Temporal.PlainDate.compare(d, hi) <= 0; d = d.add({ days: 1 })) this.days.set(d.toString(), reason);
    });
    const federal = rules.federalHolidays ?? true;
    const known = new Temporal.PlainDate(FEDERAL_HOLIDAYS_FIRST_YEAR, 1, 1);
    // A holiday observed inside the span may have its own date just outside it, and vice versa.
    const lo = from.subtract({ days: 1 });
    const last = new Temporal.PlainDate(9999, 12, 31);
    const hi = Temporal.PlainDate.compare(to, last) < 0 ? to.add({ days: 1 }) : last;
    const before = Temporal.PlainDate.compare(lo, known) < 0;
    this.federalHolidaysFrom = federal !== false && before ? known.toString() : undefined;
    if (federal !== false && Temporal.PlainDate.compare(hi, known) >= 0) {
      const options = federal === true ? {} : federal;
      const holidays = observedFederalHolidaysBetween((before ? known : lo).toString(), hi.toString(), options);
      for (const h of holidays) {
        const reason: ClosureReason = { kind: 'federal-holiday', id: h.id, name: h.name };
        this.days.set(h.observed, reason);
        if ((rules.closeWeekendHolidayDates ?? true) && h.date !== h.observed) this.days.set(h.date, reason);
      }
    }
  }

  /**
   * Why a day is closed.
   *
   * @param date - local date
   * @returns the reason, or `undefined` for an open day
   */
  reason(date: Temporal.PlainDate): ClosureReason | undefined {
    return this.days.get(date.toString());
  }

  /**
   * Whether a day is a business day: Monday–Friday and not closed.
   *
   * @param date - local date
   * @returns true for a business day
   */
  isBusinessDay(date: Temporal.PlainDate): boolean {
    return date.dayOfWeek <= 5 && !this.days.has(date.toString());
  }

  /**
   * The nearest business day strictly after (or before) a date, within 366 days.
   *
   * @param date - the closed day
   * @param direction - 1 for the next, -1 for the previous
   * @returns the business day, or `undefined` if none within 366 days
   */
  nearestBusinessDay(date: Temporal.PlainDate, direction: 1 | -1): Temporal.PlainDate | undefined {
    for (let step = 1; step <= 366; step += 1) {
      const day = date.add({ days: step * direction });
      if (this.isBusinessDay(day)) return day;
    }
    return undefined;
  }

  /** Longest run of consecutive closed days, which bounds how far a move can go. */
  longestRun(): number {
    const sorted = [...this.days.keys()].sort();
    let best = 0;
    let run = 0;
    let previous: Temporal.PlainDate | undefined;
    for (const key of sorted) {
      const day = Temporal.PlainDate.from(key);
      run = previous?.until(day).days === 1 ? run + 1 : 1;
      best = Math.max(best, run);
      previous = day;
    }
    return best;
  }
}
