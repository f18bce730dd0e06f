// Test builders: instants are written with Temporal (independently of the
// audit's own hand parser) in the zone the scenario is set in.
import type { Assignment, Leave, Trainee, WorkPeriod, WorkPeriodKind } from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';

export const LA = 'America/Los_Angeles';

/** A trainee record. */
export function trainee(id: string, pgyAtStart = 2, startDate = '2026-07-01'): Trainee {
  return { id, name: `Resident ${id}`, programId: 'prog', startDate, pgyAtStart } as Trainee;
}

/** An assignment with inclusive dates. */
export function assignment(traineeId: string, rotationId: string, start: string, end: string, id = `${traineeId}-${rotationId}-${start}`): Assignment {
  return { id, traineeId, rotationId, start, end } as Assignment;
}

/** A leave record with inclusive dates. */
export function leave(traineeId: string, start: string, end: string): Leave {
  return { id: `${traineeId}-leave-${start}`, traineeId, start, end, kind: 'vacation' } as Leave;
}

/** Local date-time in a zone → instant text with offset and [Zone]. */
export function at(date: string, time: string, zone = LA): string {
  return Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone).toString();
}

/** A period starting at a local date-time and lasting `hours` of real elapsed time. */
export function period(traineeId: string, kind: WorkPeriodKind, date: string, time: string, hours: number, extra: Partial<WorkPeriod> = {}, zone = LA): WorkPeriod {
  const start = Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone);
  const end = start.add({ minutes: Math.round(hours * 60) });
  return { traineeId, start: start.toString(), end: end.toString(), kind, ...extra } as WorkPeriod;
}

/** Every date from `start` to `end` inclusive, with its ISO weekday (1 = Monday). */
export function dates(start: string, end: string): { date: string; weekday: number }[] {
  const out: { date: string; weekday: number }[] = [];
  for (let d = Temporal.PlainDate.from(start); Temporal.PlainDate.compare(d, Temporal.PlainDate.from(end)) <= 0; d = d.add({ days: 1 })) {
    out.push({ date: d.toString(), weekday: d.dayOfWeek });
  }
  return out;
}

/**
 * `periods` with one period cut in two at a point chosen by `pick` and
 * `fraction` (0–1), or `undefined` when no period can be cut. At-home call
 * stays whole: its active minutes are not placed in time.
 */
export function splitOnePeriod(periods: readonly WorkPeriod[], pick: number, fraction: number): WorkPeriod[] | undefined {
  const splittable = periods.map((p, i) => [p, i] as const).filter(([p]) => p.kind !== 'at-home-call');
  const chosen = splittable[pick % Math.max(1, splittable.length)];
  if (chosen === undefined) return undefined;
  const [p, index] = chosen;
  const s = Temporal.ZonedDateTime.from(p.start);
  const minutes = s.until(Temporal.ZonedDateTime.from(p.end), { largestUnit: 'minutes' }).minutes;
  if (minutes < 2) return undefined;
  const cut = s.add({ minutes: 1 + Math.floor(fraction * (minutes - 1)) }).toString();
  return [...periods.slice(0, index), { ...p, end: cut }, { ...p, start: cut }, ...periods.slice(index + 1)];
}
