import { daysOfIsoDate, formatIsoDate } from '@gmekit/model';
import type { Assignment, Leave, Trainee, WorkPeriod } from '@gmekit/model';
import { DAY_MS, HOUR_MS } from './instant';
import { zoneDays } from './zone-days';

/** Options of {@link generateSyntheticPeriods}. */
export interface SyntheticOptions {
  /** Number of trainees. */
  readonly trainees: number;
  /** Number of days logged per trainee, from `start`. */
  readonly days: number;
  /** Seed of the pseudo-random choices; the same seed gives the same data. */
  readonly seed: number;
  /** First day, `YYYY-MM-DD`; default `2026-07-01` (an academic year's start). */
  readonly start?: string;
  /** Zone of the local times; default `America/Los_Angeles`. */
  readonly timeZone?: string;
}

/** A synthetic data set, shaped as `auditWorkHours` takes it. */
export interface SyntheticWorkHours {
  /** Work periods, trainee by trainee in time order. */
  readonly periods: WorkPeriod[];
  /** The trainees. */
  readonly trainees: Trainee[];
  /** Four-week rotation blocks covering the days. */
  readonly assignments: Assignment[];
  /** One vacation week per trainee. */
  readonly leave: Leave[];
}

// A small seeded generator (32-bit state, multiply-xorshift output).
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/**
 * Generates a realistic, mostly compliant year of logged work for benchmarks
 * and tests: weekday day shifts (07:00 to 17:00–19:00 local), in-house call
 * about every fifth weekday (a day shift, the call night, then two hours of
 * transition of care, all back to back), weekends mostly off, occasional
 * moonlighting for PGY-2 and above, a Monday-to-Friday vacation per trainee, and
 * four-week rotation blocks (the last one takes the days left over). About 300 periods per trainee per 365 days.
 * Instants are written in UTC with the zone in brackets
 * (`2026-07-01T14:00:00.000Z[America/Los_Angeles]`).
 *
 * @param options - size, seed, first day and zone
 * @returns periods plus the trainees, assignments and leave they refer to
 * @example
 * const data = generateSyntheticPeriods({ trainees: 1000, days: 365, seed: 1 });
 * auditWorkHours(data.periods, data);
 */
export function generateSyntheticPeriods(options: SyntheticOptions): SyntheticWorkHours {
  const rand = random(options.seed);
  const zone = options.timeZone ?? 'America/Los_Angeles';
  const startIso = options.start ?? '2026-07-01';
  const first = daysOfIsoDate(startIso);
  const local = zoneDays(zone);
  const suffix = `[${zone}]`;
  const text = (ms: number): string => new Date(ms).toISOString() + suffix;
  const periods: WorkPeriod[] = [];
  const trainees: Trainee[] = [];
  const assignments: Assignment[] = [];
  const leave: Leave[] = [];
  for (let t = 0; t < options.trainees; t++) {
    const from = periods.length;
    const traineeId = `t${String(t).padStart(5, '0')}` as Trainee['id'];
    const pgy = 1 + (t % 5);
    trainees.push({ id: traineeId, name: `Trainee ${t}`, programId: 'synthetic' as Trainee['programId'], startDate: startIso, pgyAtStart: pgy });
    const blocks = Math.max(1, Math.floor(options.days / 28));
    for (let b = 0; b < blocks; b++) {
      assignments.push({
        id: `a${t}-${b}` as Assignment['id'],
        traineeId,
        rotationId: `rot-${(b + t) % 6}` as Assignment['rotationId'],
        start: formatIsoDate(first + b * 28),
        end: formatIsoDate(first + (b === blocks - 1 ? options.days - 1 : b * 28 + 27)),
      });
    }
    // A Monday-to-Friday vacation week, so the weekends around it stay free.
    const firstMonday = first + ((((4 - first) % 7) + 7) % 7);
    const vacation = firstMonday + 7 * Math.floor(rand() * Math.max(1, Math.floor(options.days / 7) - 2));
    leave.push({ id: `l${t}` as Leave['id'], traineeId, start: formatIsoDate(vacation), end: formatIsoDate(vacation + 4), kind: 'vacation' });
    let callDue = 2 + Math.floor(rand() * 4);
    let skipUntil = -1;
    for (let d = first; d < first + options.days; d++) {
      if (d >= vacation && d <= vacation + 4) continue;
      if (d <= skipUntil) continue;
      const weekday = (((d + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
      const dayStart = local.dayStart(d);
      if (weekday >= 5) {
        if (pgy >= 2 && rand() < 0.15) {
          const s = dayStart + 9 * HOUR_MS;
          periods.push({ traineeId, start: text(s), end: text(s + 8 * HOUR_MS), kind: 'moonlighting-external' });
        }
        continue;
      }
      const s = dayStart + 7 * HOUR_MS;
      if (--callDue <= 0 && weekday < 4 && d + 1 !== vacation) {
        callDue = 4 + Math.floor(rand() * 3);
        const callStart = s + 10 * HOUR_MS;
        const callEnd = s + DAY_MS;
        periods.push({ traineeId, start: text(s), end: text(callStart), kind: 'clinical' });
        periods.push({ traineeId, start: text(callStart), end: text(callEnd), kind: 'in-house-call' });
        periods.push({ traineeId, start: text(callEnd), end: text(callEnd + 2 * HOUR_MS), kind: 'transition-of-care' });
        skipUntil = d + 1; // post-call day off
        continue;
      }
      const hours = 10 + Math.floor(rand() * 3);
      periods.push({ traineeId, start: text(s), end: text(s + hours * HOUR_MS), kind: 'clinical' });
    }
    // Round-trip through JSON so the strings are flat, as they are when
    // periods arrive from a file or an API (concatenated strings are slower
    // to read character by character and would skew benchmarks).
    const mine = JSON.parse(JSON.stringify(periods.splice(from))) as WorkPeriod[];
    for (const p of mine) periods.push(p);
  }
  return { periods, trainees, assignments, leave };
}
