/**
 * Schedules the example's problems and writes one `.ics` per trainee.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toICS } from '@gmekit/calendar';
import type { SchedulingProblem } from '@gmekit/model';
import { type ScheduleResult, scheduleBlocks, traineeCalendars } from '@gmekit/scheduler';

/** A problem's result and the calendar files written for it. */
export interface ExampleRun {
  /** The problem solved. */
  readonly problem: SchedulingProblem;
  /** What the scheduler returned. */
  readonly result: ScheduleResult;
  /** Paths of the `.ics` files written (none when no schedule exists). */
  readonly files: readonly string[];
}

/**
 * Schedules a problem and, when a schedule exists, writes
 * `<outDir>/<problem id>/<trainee>.ics`.
 *
 * @param problem - the problem
 * @param outDir - where to write
 * @param dtstamp - DTSTAMP of every event (ISO instant, UTC)
 * @returns the result and the files
 */
export async function scheduleAndWrite(problem: SchedulingProblem, outDir: string, dtstamp: string): Promise<ExampleRun> {
  const result = await scheduleBlocks(problem, { relativeGap: 0.01 });
  if (result.status !== 'scheduled') return { problem, result, files: [] };
  const dir = join(outDir, problem.id);
  mkdirSync(dir, { recursive: true });
  const files = traineeCalendars(result, { dtstamp, rotations: problem.program.rotations, uidDomain: `${problem.program.id}.example` }).map(({ traineeId, calendar }) => {
    const path = join(dir, `${traineeId}.ics`);
    writeFileSync(path, toICS(calendar));
    return path;
  });
  return { problem, result, files };
}

/**
 * The grid of a result as text: one line per trainee, rotation ids without the program's `ir-` prefix.
 *
 * @param run - a run
 * @returns the lines
 */
export function gridLines(run: ExampleRun): string[] {
  const r = run.result;
  if (r.status === 'infeasible') return [`${r.problemId}: no schedule. ${r.explanation.summary}`];
  if (r.status === 'no-solution') return [`${r.problemId}: ${r.message}`];
  return [
    `${r.problemId}: ${r.trainees.length} trainees × ${r.blocks.length} blocks (${r.blocks[0]?.start ?? ''} – ${r.blocks.at(-1)?.end ?? ''}), ${r.statistics.status}`,
    ...r.trainees.map((t) => `  ${t.traineeId.padEnd(10)} ${t.blocks.map((b) => (b.kind === 'rotation' ? (b.rotationId ?? '').replace(/^ir-/, '') : b.kind)).join(' ')}`),
    ...r.verification.map((v) => `  ✓ ${v}`),
  ];
}
