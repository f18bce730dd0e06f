import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { rawFixture } from '../__fixtures__/catalog';
import { jsonSchemaFor } from '../json-schema';
import { RotationCapacitySchema, SchedulingPreferenceSchema, SchedulingProblemSchema } from './problem';

function rawProblem(): Record<string, any> {
  const program = (rawFixture() as { programs: unknown[] }).programs[0];
  return {
    id: 'p2026',
    program,
    calendar: { kind: 'four-week', startYear: 2026 },
    trainees: [{ trainee: { id: 't1', name: 'Dr. A', programId: 'prog', startDate: '2026-07-01', pgyAtStart: 2 } }],
    capacities: [{ rotationId: 'micu', min: 1, max: 1 }],
    rules: { maxConsecutive: [{ select: { categories: ['icu'] }, max: 2 }] },
  };
}

describe('SchedulingProblemSchema', () => {
  it('fills defaults: one year, empty lists', () => {
    const p = SchedulingProblemSchema.parse(rawProblem());
    expect(p.calendar.years).toBe(1);
    expect(p.trainees[0]?.done).toEqual([]);
    expect(p.trainees[0]?.preferences).toEqual([]);
    expect(p.rules.requirementSets).toEqual([]);
    expect(p.capacities[0]?.min).toBe(1);
  });

  it('refuses inconsistent input with a path', () => {
    const bad = (change: (p: Record<string, any>) => void) => {
      const raw = rawProblem();
      change(raw);
      const r = SchedulingProblemSchema.safeParse(raw);
      return r.success ? null : r.error.issues.map((i) => i.path.join('.'));
    };
    expect(bad((p) => { p.calendar = { kind: 'custom', startYear: 2026 }; })).toEqual(['calendar.lengthDays']);
    expect(bad((p) => { p.capacities[0].min = 3; })).toEqual(['capacities.0.max']);
    expect(bad((p) => { p.trainees = []; })).toEqual(['trainees']);
    expect(bad((p) => { p.rules.maxConsecutive[0].select = {}; })).toEqual(['rules.maxConsecutive.0.select.rotationIds']);
  });

  it('a preference names a rotation or a vacation, with a non-zero weight', () => {
    expect(SchedulingPreferenceSchema.safeParse({ rotationId: 'ir', weight: 2 }).success).toBe(true);
    expect(SchedulingPreferenceSchema.safeParse({ vacation: true, blocks: [6], weight: 1 }).success).toBe(true);
    expect(SchedulingPreferenceSchema.safeParse({ rotationId: 'ir', vacation: true, weight: 1 }).success).toBe(false);
    expect(SchedulingPreferenceSchema.safeParse({ rotationId: 'ir', weight: 0 }).success).toBe(false);
    expect(RotationCapacitySchema.safeParse({ rotationId: 'ir', blocks: [2, 2], max: 1 }).success).toBe(false);
  });

  it('ships as JSON Schema, and ajv agrees on a valid and a broken problem', () => {
    const validate = new Ajv2020({ strict: false, allErrors: true }).compile(jsonSchemaFor('scheduling-problem'));
    expect(validate(rawProblem()), JSON.stringify(validate.errors)).toBe(true);
    const broken = rawProblem();
    broken.capacities[0].min = -1;
    expect(validate(broken)).toBe(false);
  });
});
