import { describe, expect, it } from 'vitest';
import { TraineeRecordSchema } from '@gmekit/model';
import { benchEvaluate, syntheticCohort } from './bench';
import { evaluate } from './evaluate';

describe('synthetic cohort and benchmark', () => {
  it('is deterministic and valid', () => {
    const a = syntheticCohort({ count: 5, seed: 3 });
    const b = syntheticCohort({ count: 5, seed: 3 });
    expect(JSON.stringify(a.records)).toBe(JSON.stringify(b.records));
    for (const r of a.records) expect(TraineeRecordSchema.safeParse(r).success).toBe(true);
  });

  it('trusted and validated evaluation agree on every record', () => {
    const c = syntheticCohort({ count: 6 });
    for (const record of c.records) {
      const subject = { record, program: c.program };
      expect(evaluate(c.requirementSet, subject, { asOf: c.asOf, trusted: true })).toEqual(evaluate(c.requirementSet, subject, { asOf: c.asOf }));
    }
  });

  it('reports figures (no timing assertion)', () => {
    const figures = benchEvaluate({ count: 4, rounds: 1 });
    expect(figures).toMatchObject({ records: 4, requirements: 11, rounds: 1 });
    expect(Object.values(figures.byStatus).reduce((x, y) => x + y, 0)).toBe(44);
  });
});
