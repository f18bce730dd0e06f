import { formatIsoDate } from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';
import { HOUR_MS } from './instant';
import type { PeriodTable } from './input';
import { moonlightingFinding, newCareFinding, nightFloatFinding, restFinding, tooLongFinding, type StretchFacts } from './messages';
import { evidence, rowsIn } from './evidence';
import { FLAG, FLAGS_BY_KIND } from './segments';
import type { WorkHourFinding } from './types';
import type { ZoneDays } from './zone-days';

/**
 * The rules that look at continuous stretches of in-house work (CPR 6.21,
 * 6.21.a, 6.22, 6.22.a, 6.25, 6.26, and the call nights of 6.27).
 *
 * A stretch is a run of in-house periods (every kind except at-home call)
 * where each starts no later than `gapMs` after the stretch so far ends; with
 * the default gap of 0 only back-to-back periods (end == next start) join, so
 * splitting a period in two never changes a stretch. At-home call is left out
 * of stretches: its span is not work (only its active minutes are, and they
 * are not placed in time), so it neither extends a shift nor breaks rest.
 */

/** What the stretch pass needs to know. */
export interface StretchInput {
  /** Periods. */
  readonly table: PeriodTable;
  /** In-house rows in start order (or, for overlapping rows, the row each segment starts with). */
  readonly rows: ArrayLike<number>;
  /** The row each entry ends with (the same as `rows` when no rows overlap). */
  readonly endRows: ArrayLike<number>;
  /** Number of entries. */
  readonly count: number;
  /** Reading bits per entry (`segments.ts`), when rows overlap; else read from each row's kind. */
  readonly flags: Uint8Array | undefined;
  /** New patient care per entry, when rows overlap; else read from each row. */
  readonly care: Uint8Array | undefined;
  /** Every in-house row, sorted by start (for the evidence of findings). */
  readonly allRows: Int32Array;
  /** Effective (overlap-clipped) start per row of `rows`. */
  readonly starts: Float64Array;
  /** Effective end per row of `rows`. */
  readonly ends: Float64Array;
  /** The trainee's zone days. */
  readonly days: ZoneDays;
  /** Trainee id. */
  readonly traineeId: string;
  /** Largest gap joining two periods, ms. */
  readonly gapMs: number;
  /** PGY level on an ISO date, or undefined when the trainee is unknown. */
  readonly pgyOn: ((isoDate: string) => number) | undefined;
  /** Night-float consecutive-night limit, if set. */
  readonly nightFloatMax: number | undefined;
}

/** What the stretch pass found besides findings. */
export interface StretchResult {
  /** Epoch days of in-house call nights (one per stretch with call, on the day its first call period starts). */
  readonly callDays: number[];
}

const H24 = 24 * HOUR_MS;
const H28 = 28 * HOUR_MS;
const H14 = 14 * HOUR_MS;
const H8 = 8 * HOUR_MS;

/**
 * Runs the stretch rules for one trainee.
 *
 * @param input - the trainee's in-house periods
 * @param findings - where findings are appended
 * @returns call nights for the averaged call-frequency rule
 */
export function auditStretches(input: StretchInput, findings: WorkHourFinding[]): StretchResult {
  const { table, rows, endRows, starts, ends, days, traineeId, gapMs, flags, care } = input;
  const callDays: number[] = [];
  const nightFloatNights: { day: number; first: number; last: number; from: number; to: number }[] = [];
  let open = false;
  let sStart = 0;
  let sEnd = 0;
  let sFirst = 0; // position in rows of the first period
  let sLast = 0; // position in rows of the period with the latest end
  let hasCall = false;
  let hasNightFloat = false;
  let newCareMs = 0;
  let newCareFrom = Infinity;
  let moonMs = 0;
  let moonFirst = -1;
  let prevEnd = -Infinity;
  let prevLength = 0;
  let prevLast = -1;

  const facts = (first: number, from: number, to: number, start: string, end: string): StretchFacts => ({
    traineeId,
    path: ['periods', rows[first] ?? 0],
    start,
    end,
    ...evidence(table, rowsIn(table, input.allRows, from, to)),
  });

  const stretchFacts = (): StretchFacts => facts(sFirst, sStart, sEnd, table.startText(rows[sFirst] ?? 0), table.endText(endRows[sLast] ?? 0));

  const close = (): void => {
    const length = sEnd - sStart;
    if (length > H28) findings.push(tooLongFinding(stretchFacts(), length));
    if (newCareMs > 0) findings.push(newCareFinding(stretchFacts(), newCareMs, Temporal.Instant.fromEpochMilliseconds(newCareFrom).toZonedDateTimeISO(days.zone).toString({ timeZoneName: 'never' })));
    if (moonFirst >= 0 && input.pgyOn !== undefined) {
      const date = formatIsoDate(days.dayOf(starts[moonFirst] ?? 0));
      if (input.pgyOn(date) === 1) findings.push(moonlightingFinding(stretchFacts(), moonMs, date));
    }
    if (hasNightFloat) nightFloatNights.push({ day: days.dayOf(sStart), first: sFirst, last: sLast, from: sStart, to: sEnd });
    prevEnd = sEnd;
    prevLength = length;
    prevLast = sLast;
  };

  for (let k = 0; k < input.count; k++) {
    const s = starts[k] ?? 0;
    const e = ends[k] ?? 0;
    if (e <= s) continue;
    const row = rows[k] ?? 0;
    const bits = flags === undefined ? (FLAGS_BY_KIND[table.kind[row] ?? 0] ?? 0) : (flags[k] ?? 0);
    const newCare = care === undefined ? table.newCare[row] : care[k];
    if (open && s - sEnd <= gapMs) {
      if (e > sEnd) {
        sEnd = e;
        sLast = k;
      }
    } else {
      if (open) close();
      const gap = s - prevEnd;
      if (prevLast >= 0 && gap < (prevLength >= H24 ? H14 : H8)) {
        const gapFacts = facts(k, prevEnd - 1, s + 1, table.endText(endRows[prevLast] ?? 0), table.startText(row));
        findings.push(restFinding(gapFacts, gap, prevLength >= H24));
      }
      open = true;
      sStart = s;
      sEnd = e;
      sFirst = k;
      sLast = k;
      hasCall = false;
      hasNightFloat = false;
      newCareMs = 0;
      newCareFrom = Infinity;
      moonMs = 0;
      moonFirst = -1;
    }
    if (newCare === 1 && e > sStart + H24) {
      const from = Math.max(s, sStart + H24);
      newCareMs += e - from;
      newCareFrom = Math.min(newCareFrom, from);
    }
    if ((bits & FLAG.call) !== 0 && !hasCall) {
      hasCall = true;
      callDays.push(days.dayOf(s));
    }
    if ((bits & FLAG.nightFloat) !== 0) hasNightFloat = true;
    if ((bits & FLAG.moonlighting) !== 0) {
      moonMs += e - s;
      if (moonFirst < 0) moonFirst = k;
    }
  }
  if (open) close();

  const max = input.nightFloatMax;
  if (max !== undefined) {
    let runStart = 0;
    for (let i = 1; i <= nightFloatNights.length; i++) {
      const prev = nightFloatNights[i - 1];
      const cur = nightFloatNights[i];
      if (prev === undefined) continue;
      // Two stretches on the same local day are the same night.
      if (cur !== undefined && cur.day - prev.day <= 1) continue;
      const first = nightFloatNights[runStart];
      if (first !== undefined) {
        const nights = prev.day - first.day + 1;
        if (nights > max) {
          const f = facts(first.first, first.from, prev.to, table.startText(rows[first.first] ?? 0), table.endText(endRows[prev.last] ?? 0));
          findings.push(nightFloatFinding(f, nights, max));
        }
      }
      runStart = i;
    }
  }
  return { callDays };
}
