/**
 * The period generator: walks FREQ/INTERVAL periods from DTSTART (or from a
 * period near a target, see {@link PeriodGenerator.seek}) and returns each
 * period's candidate wall times after BYxxx expansion/limiting and BYSETPOS.
 * Everything is plain number arithmetic on day numbers and wall seconds.
 *
 * @module
 */
import { civil, DAY, dayNumber, daysInMonth, weekday } from './civil';
import { byDayOnlyInMonth, civilDayOk, weekdaysOfMonth } from './day-filter';
import { DAILY, HOURLY, MINUTELY, MONTHLY, WEEKLY, YEARLY, type CompiledRule } from './compile';
import { RecurrenceError } from './errors';

/**
 * Candidate work left for one call: every day a period expands into times
 * costs its number of times, every period one. Shared by the walks of one
 * `expand` call (and of one `expandCalendar` call), so no rule can stall it.
 */
export interface Budget {
  /** Candidates that may still be generated. */
  left: number;
  /** The bound as given, for the message. */
  readonly max: number;
}

/** A budget that never runs out. */
export function unlimited(): Budget {
  return { left: Infinity, max: Infinity };
}

function spend(budget: Budget, n: number): void {
  budget.left -= n;
  if (budget.left < 0) {
    throw new RecurrenceError('work-exceeded', ['options', 'maxCandidates'], `the rule needed more than ${String(budget.max)} candidate times in this call; narrow the window or raise options.maxCandidates`);
  }
}

/**
 * Consecutive empty periods after which a rule is finished: one 400-year
 * Gregorian cycle of periods. Calendar patterns repeat every cycle, and any
 * INTERVAL visits every reachable residue within that many periods, so a rule
 * that produced nothing over a whole cycle never will
 * (`FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30`).
 */
const CYCLE_PERIODS = [400, 4800, 20_871, 146_097, 146_097 * 24, 146_097 * 1440, 146_097 * 86_400];
/** Candidates beyond year 9999 are not generated (ISO strings have four-digit years). */
const LAST_DAY = dayNumber(10_000, 1, 1);
const UNIT = [0, 0, 7, 1, 3600, 60, 1];

function unit(freq: number): number {
  return UNIT[freq] ?? 1;
}

/** Walks the periods of one compiled rule. */
export class PeriodGenerator {
  private readonly c: CompiledRule;
  private readonly dtWall: number;
  private readonly base: number;
  /** True when a month's days can be worked out from BYDAY without testing each. */
  private readonly byDayOnly: boolean;
  /** Candidates of the current period, reused from period to period. */
  private readonly buffer: number[] = [];
  private k = 0;
  private empty = 0;
  private done = false;
  private readonly budget: Budget;
  /** Times of day (seconds) every candidate day expands into, ascending: BYHOUR × BYMINUTE × BYSECOND. */
  private readonly sods: readonly number[];
  /**
   * BYSETPOS picks by index from days × times of day, so a period's days are
   * collected and its times never materialised (a YEARLY rule with every
   * BYHOUR/BYMINUTE/BYSECOND value has 31 million per year).
   */
  private readonly daysMode: boolean;
  /** Days needed from a period's end when every BYSETPOS is negative (0: walk the period forwards). */
  private readonly tailDays: number;

  /**
   * @param rule - compiled rule
   * @param dtWall - DTSTART wall seconds
   * @param budget - candidate work left for the call
   */
  constructor(rule: CompiledRule, dtWall: number, budget: Budget = unlimited()) {
    this.c = rule;
    this.dtWall = dtWall;
    this.budget = budget;
    const sods: number[] = [];
    for (const h of rule.hours) for (const mi of rule.minutes) for (const s of rule.seconds) sods.push(h * 3600 + mi * 60 + s);
    this.sods = sods;
    this.daysMode = rule.setPos !== null && rule.freq <= DAILY && rule.skip === 0 && !(rule.freq === WEEKLY && rule.weekPlan !== null);
    // Only negative positions (`BYSETPOS=-1`, the last weekday of the month):
    // a month or year is walked from its end for just the days they reach.
    const setPos = rule.setPos ?? [];
    const deepest = setPos.every((p) => p < 0) ? -Math.min(...setPos) : 0;
    this.tailDays = this.daysMode && rule.freq <= MONTHLY && deepest > 0 && sods.length > 0 ? Math.ceil(deepest / sods.length) : 0;
    this.byDayOnly = byDayOnlyInMonth(rule);
    const day = Math.floor(dtWall / DAY);
    // The civil date only for the frequencies counted in years and months.
    const p = rule.freq <= MONTHLY ? civil(day) : 0;
    switch (rule.freq) {
      case YEARLY:
        this.base = Math.floor(p / 10_000);
        break;
      case MONTHLY:
        this.base = Math.floor(p / 10_000) * 12 + (Math.floor(p / 100) % 100) - 1;
        break;
      case WEEKLY:
        this.base = day - ((weekday(day) - rule.wkst + 7) % 7);
        break;
      case DAILY:
        this.base = day;
        break;
      default:
        this.base = Math.floor(dtWall / unit(rule.freq)) * unit(rule.freq);
    }
  }

  /**
   * Moves to the last period starting at or before `wall` (never before
   * DTSTART's period). Instances of earlier periods are skipped uncounted,
   * so only use it when COUNT is absent.
   *
   * @param wall - target wall seconds
   */
  seek(wall: number): void {
    const c = this.c;
    const day = Math.floor(wall / DAY);
    let k: number;
    if (c.freq === YEARLY || c.freq === MONTHLY) {
      const p = civil(day);
      const y = Math.floor(p / 10_000);
      const idx = c.freq === YEARLY ? y : y * 12 + (Math.floor(p / 100) % 100) - 1;
      k = Math.floor((idx - this.base) / c.interval);
    } else if (c.freq === WEEKLY) k = Math.floor((day - this.base) / (7 * c.interval));
    else if (c.freq === DAILY) k = Math.floor((day - this.base) / c.interval);
    else k = Math.floor((wall - this.base) / (unit(c.freq) * c.interval));
    if (k > this.k) {
      this.k = k;
      this.empty = 0;
    }
  }

  /** @returns true for a day passing BYMONTH, BYWEEKNO, BYYEARDAY, BYMONTHDAY and BYDAY */
  private dayOk(n: number): boolean {
    const c = this.c;
    const wd = weekday(n);
    if (c.dayOfWeek !== null && !c.dayOfWeek[wd]) return false;
    if (!c.needsCivil) return true;
    const p = civil(n);
    const y = Math.floor(p / 10_000);
    const m = Math.floor(p / 100) % 100;
    return civilDayOk(this.c, n, wd, y, m, p % 100, daysInMonth(y, m));
  }

  private addDays(out: number[], first: number, last: number): void {
    for (let n = first; n <= last; n++) if (this.dayOk(n)) this.addTimes(out, n);
  }

  /** A candidate day: its times, or the day itself when BYSETPOS picks by index. */
  private addTimes(out: number[], n: number): void {
    if (this.daysMode) {
      spend(this.budget, 1);
      out.push(n);
      return;
    }
    const sods = this.sods;
    spend(this.budget, sods.length);
    const base = n * DAY;
    for (const sod of sods) out.push(base + sod);
  }

  /** The days of one month: as {@link addDays}, with the civil date counted along instead of computed per day. */
  private addMonth(out: number[], y: number, m: number): void {
    const len = daysInMonth(y, m);
    const first = dayNumber(y, m, 1);
    if (this.byDayOnly) {
      for (const d of weekdaysOfMonth(this.c, y, m, first, len)) this.addTimes(out, first + d - 1);
      return;
    }
    let wd = weekday(first);
    for (let d = 1; d <= len; d++) {
      if (civilDayOk(this.c, first + d - 1, wd, y, m, d, len)) this.addTimes(out, first + d - 1);
      wd = wd === 6 ? 0 : wd + 1;
    }
  }

  /**
   * RFC 7529 SKIP for a month: a BYMONTHDAY past the month's end (the 31st in
   * April) moves to the last day (BACKWARD) or the next month's first day
   * (FORWARD). Only for rules whose days come from BYMONTHDAY alone.
   */
  private addSkipped(out: number[], y: number, m: number): void {
    const c = this.c;
    if (c.skip === 0 || c.monthDays === null || c.weekdays !== null || c.yearDays !== null || c.weekNos !== null) return;
    const len = daysInMonth(y, m);
    if (!c.monthDays.some((d) => d > len)) return;
    const day = dayNumber(y, m, len) + (c.skip > 0 ? 1 : 0);
    this.addTimes(out, day);
    const unique = [...new Set(out)].sort((a, b) => a - b);
    out.length = 0;
    out.push(...unique);
  }

  /**
   * The last `tailDays` candidate days of a month, walked backwards from its
   * end; returns how many are still wanted from earlier months.
   */
  private monthTail(out: number[], y: number, m: number, want: number): number {
    const c = this.c;
    if (c.months !== null && c.months[m] !== true) return want;
    const len = daysInMonth(y, m);
    const first = dayNumber(y, m, 1);
    let wd = weekday(first + len - 1);
    for (let d = len; d >= 1 && want > 0; d--) {
      const n = first + d - 1;
      if (civilDayOk(c, n, wd, y, m, d, len)) {
        spend(this.budget, 1);
        out.push(n);
        want--;
      }
      wd = wd === 0 ? 6 : wd - 1;
    }
    return want;
  }

  /** The last candidate days of a YEARLY or MONTHLY period, ascending (see {@link tailDays}). */
  private periodTail(k: number, out: number[]): void {
    const c = this.c;
    const step = k * c.interval;
    let want = this.tailDays;
    if (c.freq === MONTHLY) {
      const idx = this.base + step;
      const y = Math.floor(idx / 12);
      this.monthTail(out, y, idx - y * 12 + 1, want);
    } else {
      const y = this.base + step;
      const months = c.monthList ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
      for (let i = months.length - 1; i >= 0 && want > 0; i--) want = this.monthTail(out, y, months[i] ?? 1, want);
    }
    out.reverse();
  }

  /** Candidates of period k before BYSETPOS, or a number of periods to skip. */
  private period(k: number, out: number[]): number {
    const c = this.c;
    const step = k * c.interval;
    if (this.tailDays > 0) {
      this.periodTail(k, out);
      return 0;
    }
    switch (c.freq) {
      case YEARLY: {
        const y = this.base + step;
        if (c.monthList === null) for (let m = 1; m <= 12; m++) this.addMonth(out, y, m);
        else
          for (const m of c.monthList) {
            this.addMonth(out, y, m);
            this.addSkipped(out, y, m);
          }
        return 0;
      }
      case MONTHLY: {
        const idx = this.base + step;
        const y = Math.floor(idx / 12);
        const m = idx - y * 12 + 1;
        if (c.months === null || c.months[m] === true) {
          this.addMonth(out, y, m);
          this.addSkipped(out, y, m);
        }
        return 0;
      }
      case WEEKLY: {
        const first = this.base + 7 * step;
        if (c.weekPlan === null) this.addDays(out, first, first + 6);
        else {
          spend(this.budget, c.weekPlan.length);
          for (const offset of c.weekPlan) out.push(first * DAY + offset);
        }
        return 0;
      }
      case DAILY:
        this.addDays(out, this.base + step, this.base + step);
        return 0;
      default:
        return this.subDaily(this.base + step * unit(c.freq), out);
    }
  }

  /** HOURLY, MINUTELY, SECONDLY: limit by day/hour/minute, or say how far to jump. */
  private subDaily(wall: number, out: number[]): number {
    const c = this.c;
    const stepSec = unit(c.freq) * c.interval;
    const day = Math.floor(wall / DAY);
    const jumpTo = (target: number): number => Math.max(1, Math.ceil((target - wall) / stepSec));
    if (!this.dayOk(day)) return jumpTo((day + 1) * DAY);
    const sod = wall - day * DAY;
    const h = Math.floor(sod / 3600);
    if (c.freq >= MINUTELY && c.hours.length > 0 && !c.hours.includes(h)) return jumpTo(day * DAY + (h + 1) * 3600);
    if (c.freq === HOURLY) {
      if (c.hours.length > 0 && !c.hours.includes(h)) return 0;
      for (const mi of c.minutes) for (const s of c.seconds) out.push(wall + mi * 60 + s);
      return 0;
    }
    const mi = Math.floor(sod / 60) % 60;
    if (c.minutes.length > 0 && !c.minutes.includes(mi)) return c.freq === MINUTELY ? 0 : jumpTo(wall - (sod % 60) + 60);
    if (c.freq === MINUTELY) {
      for (const s of c.seconds) out.push(wall + s);
      return 0;
    }
    if (c.seconds.length === 0 || c.seconds.includes(sod % 60)) out.push(wall);
    return 0;
  }

  /**
   * @returns the next period with instances (ascending wall seconds at or
   * after DTSTART), or null when the rule has no more. The array may be
   * reused by the following call: read it before calling again.
   */
  next(): number[] | null {
    const c = this.c;
    const cap = CYCLE_PERIODS[c.freq] ?? 400;
    while (!this.done) {
      let out = this.buffer;
      out.length = 0;
      spend(this.budget, 1);
      const skip = this.period(this.k, out);
      if (skip > 0) {
        this.k += skip;
        this.empty += skip;
      } else {
        this.k += 1;
        if (c.setPos !== null && out.length > 0) out = this.daysMode ? this.pickDays(out) : this.pick(out);
        if (this.k === 1 || (out.length > 0 && (out[0] ?? 0) < this.dtWall)) out = out.filter((w) => w >= this.dtWall);
        if (out.length > 0) {
          this.empty = 0;
          if ((out[out.length - 1] ?? 0) >= LAST_DAY * DAY) {
            this.done = true;
            out = out.filter((w) => w < LAST_DAY * DAY);
          }
          if (out.length > 0) return out;
        }
        this.empty += 1;
      }
      if (this.empty >= cap || this.periodStartDay() >= LAST_DAY) this.done = true;
    }
    return null;
  }

  private periodStartDay(): number {
    const c = this.c;
    const step = this.k * c.interval;
    switch (c.freq) {
      case YEARLY:
        return dayNumber(this.base + step, 1, 1);
      case MONTHLY:
        return dayNumber(Math.floor((this.base + step) / 12), 1, 1);
      case WEEKLY:
        return this.base + 7 * step;
      case DAILY:
        return this.base + step;
      default:
        return Math.floor((this.base + step * unit(c.freq)) / DAY);
    }
  }

  /** BYSETPOS over a period's candidates, ascending and distinct as every period builds them. */
  private pick(sorted: number[]): number[] {
    const n = sorted.length;
    const chosen: number[] = [];
    for (const pos of this.c.setPos ?? []) {
      const v = sorted[pos > 0 ? pos - 1 : n + pos];
      if (v !== undefined) chosen.push(v);
    }
    return distinctAscending(chosen);
  }

  /**
   * BYSETPOS over days × times of day, by index: position p is day
   * ⌊(p - 1) / T⌋ at time (p - 1) mod T, counted from the end for a negative
   * p, so only the chosen instants are made.
   */
  private pickDays(days: number[]): number[] {
    const sods = this.sods;
    const t = sods.length;
    const total = days.length * t;
    const chosen: number[] = [];
    for (const pos of this.c.setPos ?? []) {
      const i = pos > 0 ? pos - 1 : total + pos;
      if (i < 0 || i >= total) continue;
      const day = days[Math.floor(i / t)];
      const sod = sods[i % t];
      if (day !== undefined && sod !== undefined) chosen.push(day * DAY + sod);
    }
    return distinctAscending(chosen);
  }
}

function distinctAscending(values: number[]): number[] {
  if (values.length < 2) return values;
  values.sort((a, b) => a - b);
  let w = 1;
  for (let r = 1; r < values.length; r++) if (values[r] !== values[w - 1]) values[w++] = values[r] ?? 0;
  values.length = w;
  return values;
}
