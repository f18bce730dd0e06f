import { type Assignment, GmekitError, type Leave, programMonths } from '@gmekit/model';
import { evaluate } from '@gmekit/requirements';
import { Temporal } from 'temporal-polyfill';
import type { Prepared } from '../problem/prepare';

/** Table entry for a vacation block. */
export const VACATION = -2;
/** Table entry for a block with nothing (leave, out of training). */
export const NOTHING = -1;

/** A schedule failed its independent check: a bug in the scheduler, never the user's input. */
export class ScheduleVerificationError extends GmekitError {
  /** Every failed check. */
  readonly failures: readonly string[];

  /**
   * @param failures - the failed checks
   */
  constructor(failures: readonly string[]) {
    super('scheduling/verification-failed', [], `@gmekit/scheduler bug: the solver's schedule failed ${failures.length} independent check(s); please report it with the problem:\n- ${failures.slice(0, 20).join('\n- ')}`);
    this.name = 'ScheduleVerificationError';
    this.failures = failures;
  }
}

// Written apart from the model builder on purpose: dates through Temporal,
// rules re-read from the parsed problem, requirements through `evaluate`.
function pgyOn(startDate: string, pgyAtStart: number, on: string): number {
  const start = Temporal.PlainDate.from(startDate);
  const day = Temporal.PlainDate.from(on);
  let level = pgyAtStart;
  while (Temporal.PlainDate.compare(start.add({ years: level - pgyAtStart + 1 }), day) <= 0) level += 1;
  return level;
}

/**
 * Checks a schedule against the problem with code independent of the model:
 * one entry per trainee-block in training and not entirely on leave, fixed
 * assignments, capacities, prerequisites, consecutive limits, blocks kept
 * together, vacation, and every trainee's rotation-time requirements through
 * `evaluate` as of the horizon's last day.
 *
 * @param p - the prepared problem
 * @param table - rotation index per trainee and block ({@link VACATION}, {@link NOTHING})
 * @param assignments - the dated assignments
 * @param vacations - the vacation leave
 * @returns what was checked, with counts
 * @throws {@link ScheduleVerificationError} when any check fails
 */
export function verifySchedule(p: Prepared, table: readonly (readonly number[])[], assignments: readonly Assignment[], vacations: readonly Leave[]): string[] {
  const fail: string[] = [];
  const problem = p.problem;
  const blocks = p.blocks.map((b) => ({ ...b, startIso: Temporal.PlainDate.from('1970-01-01').add({ days: b.start }).toString(), endIso: Temporal.PlainDate.from('1970-01-01').add({ days: b.end }).toString() }));
  const rotId = (ri: number) => String(p.rotations[ri]?.id);
  const lastIso = blocks.at(-1)?.endIso ?? '';
  const months = programMonths(p.problem.program)?.min ?? null;
  const endOf = (startDate: string) => {
    if (months === null) return null;
    const whole = Math.floor(months);
    return Temporal.PlainDate.from(startDate).add({ months: whole }).add({ days: Math.round((months - whole) * 30.4375) - 1 }).toString();
  };
  let cells = 0;
  problem.trainees.forEach((t, ti) => {
    const id = String(t.trainee.id);
    const row = table[ti] ?? [];
    blocks.forEach((b, bi) => {
      const cell = row[bi] ?? NOTHING;
      const wholeLeave = t.leave.some((l) => l.start <= b.startIso && l.end >= b.endIso) || coveredByLeave(t.leave, b.startIso, b.endIso);
      const before = b.startIso < t.trainee.startDate;
      const end = endOf(t.trainee.startDate);
      const after = end !== null && b.endIso > end;
      const shouldWork = !wholeLeave && !before && !after;
      if (shouldWork && cell === NOTHING) fail.push(`${id} has nothing in block ${b.number}`);
      if (!shouldWork && cell !== NOTHING) fail.push(`${id} is scheduled in block ${b.number} while on leave or out of training`);
      if (cell === VACATION && !(problem.rules.vacation?.allowedBlocks?.includes(b.inYear) ?? problem.rules.vacation !== undefined)) fail.push(`${id} has vacation in block ${b.number}, where none is allowed`);
      cells += 1;
    });
    for (const f of t.fixed) if (rotId(row[f.block - 1] ?? NOTHING) !== String(f.rotationId)) fail.push(`${id} is not on fixed ${f.rotationId} in block ${f.block}`);
  });

  let capacityChecks = 0;
  problem.capacities.forEach((c) => {
    for (const n of c.blocks ?? blocks.map((b) => b.number)) {
      const b = blocks[n - 1];
      if (b === undefined) continue;
      let count = 0;
      problem.trainees.forEach((t, ti) => {
        if (rotId(table[ti]?.[n - 1] ?? NOTHING) !== String(c.rotationId)) return;
        const level = pgyOn(t.trainee.startDate, t.trainee.pgyAtStart, b.startIso);
        if (c.pgy === undefined || (level >= c.pgy.from && level <= c.pgy.to)) count += 1;
      });
      capacityChecks += 1;
      if (count < c.min || (c.max !== undefined && count > c.max)) fail.push(`${c.rotationId} has ${count} trainees in block ${n}, outside ${c.min}–${c.max ?? '∞'}`);
    }
  });

  const matches = (sel: { rotationIds?: readonly string[]; categories?: readonly string[] }, cell: number) => {
    const r = p.rotations[cell];
    if (cell < 0 || r === undefined) return false;
    return (sel.rotationIds?.includes(String(r.id)) ?? false) || r.categories.some((c) => sel.categories?.includes(c) ?? false);
  };
  problem.trainees.forEach((t, ti) => {
    const id = String(t.trainee.id);
    const row = table[ti] ?? [];
    problem.rules.prerequisites.forEach((pr) => {
      if (t.done.some((a) => matches(pr.first, p.rotations.findIndex((r) => String(r.id) === String(a.rotationId))))) return;
      let firstSeen = 0;
      row.forEach((cell, bi) => {
        if (matches(pr.then, cell) && firstSeen < pr.minBlocks) fail.push(`${id} starts ${rotId(cell)} in block ${bi + 1} before ${pr.minBlocks} block(s) of its prerequisite`);
        if (matches(pr.first, cell)) firstSeen += 1;
      });
    });
    for (const mc of problem.rules.maxConsecutive) {
      let run = 0;
      row.forEach((cell, bi) => {
        run = matches(mc.select, cell) ? run + 1 : 0;
        if (run === mc.max + 1) fail.push(`${id} has more than ${mc.max} consecutive blocks of the limited rotations ending in block ${bi + 1}`);
      });
    }
    for (const tg of problem.rules.together) {
      let run = 0;
      [...row, NOTHING].forEach((cell, bi) => {
        if (matches(tg.select, cell)) run += 1;
        else {
          if (run % tg.length !== 0) fail.push(`${id} has a run of ${run} grouped blocks ending in block ${bi}, not a multiple of ${tg.length}`);
          run = 0;
        }
      });
    }
    const vac = problem.rules.vacation;
    if (vac !== undefined) {
      for (let y = 0; y < problem.calendar.years; y += 1) {
        const inYear = blocks.filter((b) => b.year === y);
        const count = inYear.filter((b) => row[b.number - 1] === VACATION).length;
        const whole = inYear.every((b) => row[b.number - 1] !== NOTHING);
        if (count > vac.blocksPerYear || (whole && count < vac.blocksPerYear)) fail.push(`${id} has ${count} vacation blocks in year ${y + 1}, not ${vac.blocksPerYear}`);
      }
    } else if (row.includes(VACATION)) fail.push(`${id} has a vacation block without a vacation rule`);
  });

  let evaluations = 0;
  problem.trainees.forEach((t) => {
    const id = String(t.trainee.id);
    const record = {
      trainee: t.trainee,
      assignments: [...t.done, ...assignments.filter((a) => String(a.traineeId) === id)],
      leave: [...t.leave, ...vacations.filter((l) => String(l.traineeId) === id)],
      workPeriods: [],
      procedures: [],
      scholarly: [],
      activities: [],
      attendance: [],
    };
    for (const set of problem.rules.requirementSets) {
      const report = evaluate(set, { record, program: problem.program }, { asOf: lastIso });
      evaluations += 1;
      for (const f of report.findings) if (f.severity === 'error' && f.code !== 'requirement/unmet') fail.push(`${id}: evaluate reported ${f.code}: ${f.message}`);
      for (const r of report.results) {
        if (r.kind === 'rotation-time' && (r.status === 'unmet' || r.status === 'at-risk')) fail.push(`${id}: ${r.requirementId} is ${r.status}: ${r.message}`);
      }
    }
  });
  if (fail.length > 0) throw new ScheduleVerificationError(fail);
  return [
    `${cells} trainee-blocks: one rotation or vacation each while in training and not on leave, nothing otherwise`,
    `${problem.trainees.reduce((s, t) => s + t.fixed.length, 0)} fixed assignments kept`,
    `${capacityChecks} rotation-block capacities within their minimum and maximum`,
    `${problem.rules.prerequisites.length} prerequisite, ${problem.rules.maxConsecutive.length} consecutive-limit and ${problem.rules.together.length} keep-together rules kept by every trainee`,
    `vacation blocks: ${problem.rules.vacation === undefined ? 'none allowed, none given' : `${problem.rules.vacation.blocksPerYear} a year where allowed`}`,
    `${evaluations} requirement-set evaluations (evaluate, as of ${lastIso}): no rotation-time requirement unmet or at risk`,
  ];
}

function coveredByLeave(leave: readonly Leave[], start: string, end: string): boolean {
  // Several leave records back to back can cover a block together.
  const spans = leave.map((l) => [l.start, l.end] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  let reached = Temporal.PlainDate.from(start).subtract({ days: 1 });
  for (const [s, e] of spans) {
    if (Temporal.PlainDate.compare(Temporal.PlainDate.from(s), reached.add({ days: 1 })) > 0) continue;
    const ed = Temporal.PlainDate.from(e);
    if (Temporal.PlainDate.compare(ed, reached) > 0) reached = ed;
  }
  return end <= reached.toString();
}
