import { z } from 'zod';
import { SchedulingInputError } from '../problem/input-error';
import { ScheduleVerificationError } from '../schedule/verify';
import { isoOf } from './model';
import { auditCalls, periodsOf, scheduleErrors } from './periods';
import { CallHistorySchema } from './history';
import { prepareCalls } from './prepare';
import { assembleSchedule } from './assemble';
import type { CallSchedule } from './types';

const ScheduleDocumentSchema = z.object({
  problem: z.unknown(),
  shifts: z.array(z.object({ id: z.string() })),
  workPeriods: z.array(z.object({ id: z.string(), kind: z.string() })),
  history: CallHistorySchema.exactOptional(),
});

/**
 * Reads a call schedule back from its JSON (as `scheduleCalls` returned it,
 * e.g. saved by `gmekit calls --json`): the problem is validated, every call
 * and base shift must be one the problem allows, and the whole is re-audited
 * (after the stored `history`, when the schedule was made with one)
 * — a stored schedule is trusted no more than any other input.
 *
 * @param value - parsed JSON of a schedule
 * @returns the schedule, rebuilt and re-audited
 * @throws `ZodError` (paths under `problem`, `shifts`, `workPeriods`) for a malformed document, {@link SchedulingInputError} for a call the problem does not allow, {@link ScheduleVerificationError} when the audit finds an error
 * @example
 * const schedule = readCallSchedule(JSON.parse(readFileSync('august.json', 'utf8')));
 */
export function readCallSchedule(value: unknown): CallSchedule {
  const doc = ScheduleDocumentSchema.parse(value);
  let p;
  try {
    p = prepareCalls(doc.problem, doc.history);
  } catch (e) {
    if (e instanceof SchedulingInputError && e.path[0] === 'history') throw e;
    if (e instanceof z.ZodError) throw new z.ZodError(e.issues.map((i) => ({ ...i, path: ['problem', ...i.path] })));
    if (e instanceof SchedulingInputError) throw new SchedulingInputError(['problem', ...e.path], `problem.${e.message}`);
    throw e;
  }
  const byId = new Map<string, number>();
  for (const it of p.items) {
    const traineeId = p.problem.trainees[it.trainee]?.trainee.id ?? '';
    const date = isoOf(p, it.day);
    byId.set(it.coverageId === null ? `base:${traineeId}-${date}-base` : `call:${it.coverageId}/${date}/${traineeId}`, it.index);
  }
  const chosen = new Set<number>();
  doc.shifts.forEach((s, i) => {
    const index = byId.get(`call:${s.id}`);
    if (index === undefined) throw new SchedulingInputError(['shifts', i, 'id'], `shifts[${i}].id: "${s.id}" is not a call the problem allows (coverage, date, eligible trainee)`);
    chosen.add(index);
  });
  doc.workPeriods.forEach((w, i) => {
    if (w.kind !== 'clinical') return;
    const index = byId.get(`base:${w.id}`);
    if (index === undefined) throw new SchedulingInputError(['workPeriods', i, 'id'], `workPeriods[${i}].id: "${w.id}" is not a base shift of the problem`);
    chosen.add(index);
  });
  const items = p.items.filter((it) => chosen.has(it.index));
  const history = p.history?.record;
  const audit = auditCalls(p.problem, periodsOf(p, items), history);
  const errors = scheduleErrors(p.problem, audit, history);
  if (errors.length > 0) throw new ScheduleVerificationError(errors.map((f) => `${f.code}: ${f.message}`));
  return assembleSchedule(p, items, audit, { solver: 'none', status: 'feasible', variables: 0, constraints: 0, solves: 0 }, { totalMs: 0, solverMs: 0 });
}
