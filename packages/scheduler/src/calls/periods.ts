import type { Assignment, CallProblem, Leave, RecordId, WorkPeriod } from '@gmekit/model';
import { auditWorkHours, type WorkHourReport } from '@gmekit/requirements';
import { instantText, type Item, type PreparedCalls } from './prepare';
import { isoOf } from './model';

/**
 * The work periods a set of chosen items implies: a `clinical` base shift, an
 * `in-house-call` followed by its `transition-of-care` (no new patients,
 * CPR 6.22.a), a `night-float` night, or an `at-home-call` with its expected
 * active minutes. Instants carry the offset and the zone.
 *
 * @param p - the prepared problem
 * @param items - the chosen items
 * @returns the periods, by trainee then start
 */
export function periodsOf(p: PreparedCalls, items: readonly Item[]): WorkPeriod[] {
  const zone = p.problem.timeZone;
  const out: WorkPeriod[] = [];
  const sorted = [...items].sort((a, b) => a.trainee - b.trainee || a.start - b.start);
  for (const it of sorted) {
    const t = p.problem.trainees[it.trainee];
    if (t === undefined) continue;
    const traineeId = t.trainee.id;
    const rotationId = t.rotationId;
    const date = isoOf(p, it.day);
    const id = (suffix: string) => `${traineeId}-${date}-${suffix}` as RecordId;
    const start = instantText(zone, it.start);
    const type = it.callType;
    if (type === null) {
      out.push({ id: id('base'), traineeId, start, end: instantText(zone, it.end), kind: 'clinical', rotationId });
    } else if (type.kind === 'in-house') {
      out.push({ id: id(it.coverageId ?? 'call'), traineeId, start, end: instantText(zone, it.callEnd), kind: 'in-house-call', rotationId });
      if (it.end > it.callEnd) {
        out.push({
          id: id(`${it.coverageId ?? 'call'}-transition`),
          traineeId,
          start: instantText(zone, it.callEnd),
          end: instantText(zone, it.end),
          kind: 'transition-of-care',
          newPatientCare: false,
          rotationId,
        });
      }
    } else if (type.kind === 'night-float') {
      out.push({ id: id(it.coverageId ?? 'nf'), traineeId, start, end: instantText(zone, it.end), kind: 'night-float', rotationId });
    } else {
      const active = Math.min(type.activeMinutes, Math.floor((it.end - it.start) / 60_000));
      out.push({ id: id(it.coverageId ?? 'home'), traineeId, start, end: instantText(zone, it.end), kind: 'at-home-call', activeMinutes: active, rotationId });
    }
  }
  return out;
}

/**
 * The horizon as one assignment per trainee (so the audit averages over the
 * same windows the model used) and the vacations as leave.
 *
 * @param problem - the problem
 * @returns assignments and leave
 */
export function recordsOf(problem: CallProblem): { assignments: Assignment[]; leave: Leave[] } {
  const assignments: Assignment[] = [];
  const leave: Leave[] = [];
  for (const t of problem.trainees) {
    assignments.push({ id: `${t.trainee.id}-${problem.id}` as Assignment['id'], traineeId: t.trainee.id, rotationId: t.rotationId, start: problem.start, end: problem.end });
    t.requests.forEach((r, i) => {
      if (r.kind === 'vacation') leave.push({ id: `${t.trainee.id}-vacation-${i}` as Leave['id'], traineeId: t.trainee.id, start: r.start, end: r.end, kind: 'vacation' });
    });
  }
  return { assignments, leave };
}

/**
 * Audits work periods with the problem's trainees, horizon, vacations, zone
 * and limits — the same audit a coordinator runs on logged hours.
 *
 * @param problem - the problem
 * @param periods - the periods
 * @returns the report
 */
export function auditCalls(problem: CallProblem, periods: readonly WorkPeriod[]): WorkHourReport {
  const { assignments, leave } = recordsOf(problem);
  const limits = {
    weeklyHours: problem.rules.weeklyHours,
    ...(problem.rules.nightFloatMaxConsecutive === undefined ? {} : { nightFloatMaxConsecutive: problem.rules.nightFloatMaxConsecutive }),
  };
  return auditWorkHours(periods, { trainees: problem.trainees.map((t) => t.trainee), assignments, leave, timeZone: problem.timeZone, limits });
}
