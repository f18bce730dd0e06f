/**
 * Plans an incoming class: for each trainee the dated PGY years (with any
 * extension leave beyond the board's allowance brings), the curriculum laid
 * on their dates, and the requirement report of their plan.
 *
 * @module
 */
import { layoutCurriculum, pgyTimeline, type CurriculumLayout, type PgyTimeline } from '@gmekit/calendar';
import type { Catalog, Program } from '@gmekit/model';
import { evaluate, type EvaluationReport } from '@gmekit/requirements';
import { Temporal } from 'temporal-polyfill';
import type { CohortInput, CohortTrainee } from './input';

/** One trainee's plan. */
export interface TraineePlan {
  /** The trainee as given. */
  readonly trainee: CohortTrainee;
  /** First day of training. */
  readonly startDate: string;
  /** Dated PGY years, leave and extension. */
  readonly timeline: PgyTimeline;
  /** The curriculum on the trainee's dates. */
  readonly layout: CurriculumLayout;
  /** The requirement report of the plan, with the extension counted. */
  readonly report: EvaluationReport | null;
}

/** The whole class. */
export interface CohortPlan {
  /** The program. */
  readonly program: Program;
  /** One plan per trainee, in input order. */
  readonly trainees: readonly TraineePlan[];
}

/** A class file that names something the catalog does not have. */
export class CohortInputError extends Error {
  /**
   * @param message - what is wrong
   */
  constructor(message: string) {
    super(message);
    this.name = 'CohortInputError';
  }
}

function firstPgy(program: Program): number {
  return program.pgyLevels.status === 'stated' || program.pgyLevels.status === 'inferred' ? program.pgyLevels.value.from : 1;
}

/**
 * Plans every trainee of a class.
 *
 * @param input - the parsed class file
 * @param catalog - the catalog the program is in
 * @returns the plans
 * @throws {@link CohortInputError} when the program is not in the catalog
 */
export function planCohort(input: CohortInput, catalog: Catalog): CohortPlan {
  const program = catalog.programs.find((p) => p.id === input.programId);
  if (!program) {
    throw new CohortInputError(`programId: ${JSON.stringify(input.programId)} is not in the catalog (${catalog.programs.map((p) => p.id).join(', ')})`);
  }
  const pgyAtStart = input.pgyAtStart ?? firstPgy(program);
  const trainees = input.trainees.map((trainee): TraineePlan => {
    const startDate = trainee.startDate ?? input.startDate;
    const timeline = pgyTimeline({
      startDate,
      pgyAtStart,
      program,
      leave: trainee.leave.map((l, i) => ({ id: `${trainee.id}-leave-${i + 1}`, start: l.start, end: l.end })),
      averaging: input.leaveAveraging,
    });
    const layout = layoutCurriculum(program, { startDate });
    const extensionDays = Temporal.PlainDate.from(timeline.plannedCompletion).until(timeline.expectedCompletion).days;
    const report = program.requirementSet === undefined ? null : evaluate(program.requirementSet, { program }, extensionDays > 0 ? { extension: { days: extensionDays } } : {});
    return { trainee, startDate, timeline, layout, report };
  });
  return { program, trainees };
}
