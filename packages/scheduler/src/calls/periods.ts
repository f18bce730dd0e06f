import type { Assignment, CallProblem, Leave, RecordId, WorkPeriod } from '@gmekit/model';
import { auditWorkHours, type WorkHourFinding, type WorkHourReport } from '@gmekit/requirements';
import { Temporal } from 'temporal-polyfill';
import type { CallHistory } from './history';
import { instantText } from './local-time';
import type { Item, PreparedCalls } from './prepare';
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
 * The horizon (from the history's first day, with one) as one assignment per
 * trainee, so the audit averages over the same windows the model used, and
 * the vacations and the history's leave as leave.
 *
 * @param problem - the problem
 * @param history - the work before the first day, if any
 * @returns assignments and leave
 */
export function recordsOf(problem: CallProblem, history?: CallHistory): { assignments: Assignment[]; leave: Leave[] } {
  const assignments: Assignment[] = [];
  const leave: Leave[] = [];
  for (const t of problem.trainees) {
    assignments.push({ id: `${t.trainee.id}-${problem.id}` as Assignment['id'], traineeId: t.trainee.id, rotationId: t.rotationId, start: history?.start ?? problem.start, end: problem.end });
    t.requests.forEach((r, i) => {
      if (r.kind === 'vacation') leave.push({ id: `${t.trainee.id}-vacation-${i}` as Leave['id'], traineeId: t.trainee.id, start: r.start, end: r.end, kind: 'vacation' });
    });
    (history?.leave ?? []).forEach((l, i) => {
      if (l.traineeId === t.trainee.id) leave.push({ id: `${t.trainee.id}-history-leave-${i}` as Leave['id'], traineeId: t.trainee.id, start: l.start, end: l.end, kind: 'vacation' });
    });
  }
  return { assignments, leave };
}

/**
 * Audits work periods with the problem's trainees, horizon, vacations, zone
 * and limits — the same audit a coordinator runs on logged hours. With a
 * history, its periods of the problem's trainees come first in the audited
 * list, so the audit sees the carry-over days.
 *
 * @param problem - the problem
 * @param periods - the periods
 * @param history - the work before the first day, if any
 * @returns the report
 */
export function auditCalls(problem: CallProblem, periods: readonly WorkPeriod[], history?: CallHistory): WorkHourReport {
  const { assignments, leave } = recordsOf(problem, history);
  const limits = {
    weeklyHours: problem.rules.weeklyHours,
    ...(problem.rules.nightFloatMaxConsecutive === undefined ? {} : { nightFloatMaxConsecutive: problem.rules.nightFloatMaxConsecutive }),
  };
  const all = history === undefined ? periods : [...pastPeriods(problem, history), ...periods];
  return auditWorkHours(all, { trainees: problem.trainees.map((t) => t.trainee), assignments, leave, timeZone: problem.timeZone, limits });
}

function pastPeriods(problem: CallProblem, history: CallHistory): WorkPeriod[] {
  const ids = new Set<string>(problem.trainees.map((t) => t.trainee.id));
  return history.workPeriods.filter((w) => ids.has(w.traineeId));
}

/**
 * The audit's errors a schedule answers for: all of them, except, with a
 * history, those lying wholly in it — an averaged rule over a window that
 * ends before the first day, or a rule of periods that are all the history's — which
 * no schedule of the new days can change.
 *
 * @param problem - the problem
 * @param report - the audit from {@link auditCalls}
 * @param history - the history audited with it, if any
 * @returns the errors
 */
export function scheduleErrors(problem: CallProblem, report: WorkHourReport, history?: CallHistory): WorkHourFinding[] {
  const errors = report.findings.filter((f) => f.severity === 'error');
  if (history === undefined) return errors;
  const rows = pastPeriods(problem, history);
  const start = Temporal.PlainDate.from(problem.start);
  return errors.filter((f) => {
    if (f.window !== undefined) return Temporal.PlainDate.compare(Temporal.PlainDate.from(f.window.end), start) >= 0;
    // A rule of periods (a stretch, a night-float run): the schedule's when any period behind it is new.
    const behind = f.periodIndexes ?? (f.path[0] === 'periods' && typeof f.path[1] === 'number' ? [f.path[1]] : []);
    return behind.length === 0 || behind.some((row) => row >= rows.length);
  });
}
