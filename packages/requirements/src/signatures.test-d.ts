import type { Program, RequirementSet, TraineeRecord, WorkPeriod } from '@gmekit/model';
import { describe, expectTypeOf, it } from 'vitest';
import { evaluate } from './rules/evaluate';
import type { EvaluationReport } from './rules/types';
import { auditWorkHours } from './work-hours/audit';
import type { WorkHourReport, WorkPeriodInput } from './work-hours/types';

// Type-level tests (vitest typecheck mode): nothing here runs; the checker
// proves that typed callers of the two main functions get checked.

declare const set: RequirementSet;
declare const program: Program;
declare const record: TraineeRecord;
const trainees = [{ id: 'r1', name: 'Dr. R', programId: 'im', startDate: '2025-07-01', pgyAtStart: 1 }];
const shift = { traineeId: 'r1', start: '2026-07-01T07:00:00-07:00', end: '2026-07-01T19:00:00-07:00', kind: 'clinical' as const };

describe('evaluate', () => {
  it('asks for asOf in trainee mode and not in plan mode', () => {
    expectTypeOf(evaluate(set, { record }, { asOf: '2027-03-01' })).toEqualTypeOf<EvaluationReport>();
    expectTypeOf(evaluate(set, { program })).toEqualTypeOf<EvaluationReport>();
    // @ts-expect-error -- a trainee is evaluated as of a date
    evaluate(set, { record });
    // @ts-expect-error -- options without asOf are not enough either
    evaluate(set, { record, program }, { leaveWeeksPerYear: 6 });
  });

  it('takes a requirement set, not a program, first', () => {
    // @ts-expect-error -- the arguments are the other way round
    evaluate(program, { program });
  });
});

describe('auditWorkHours', () => {
  it('checks typed rows: literals with plain-string ids, and parsed WorkPeriods', () => {
    expectTypeOf(auditWorkHours([shift], { trainees })).toEqualTypeOf<WorkHourReport>();
    expectTypeOf<WorkPeriod>().toExtend<WorkPeriodInput>();
    // @ts-expect-error -- 'surgery' is not a work-period kind
    auditWorkHours([{ ...shift, kind: 'surgery' as const }], { trainees });
    // @ts-expect-error -- a row without its end
    auditWorkHours([{ traineeId: 'r1', start: shift.start, kind: 'clinical' as const }], { trainees });
    // @ts-expect-error -- a trainee without a name and start date
    auditWorkHours([shift], { trainees: [{ id: 'r1' }] });
  });

  it('takes rows of unknown shape only when the caller says so', () => {
    const rows: unknown[] = JSON.parse('[]') as unknown[];
    expectTypeOf(auditWorkHours(rows, { trainees: [] as unknown[], untrusted: true })).toEqualTypeOf<WorkHourReport>();
    // @ts-expect-error -- unknown rows without untrusted: true
    auditWorkHours(rows, { trainees });
  });
});
