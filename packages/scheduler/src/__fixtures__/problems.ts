// Small hand-made problems for the scheduler's tests: a two-year residency
// with four rotations. Capacities and class sizes are invented for the tests.
import { programInput } from '@gmekit/requirements/testing';

const src = [{ file: 'test.txt', quote: 'test fixture' }];

/** A program (raw JSON) with the given rotations (id → categories), 24 months long. */
export function testProgram(rotations: Record<string, string[]> = { ward: ['medicine'], icu: ['icu'], research: ['research'] }): Record<string, unknown> {
  return programInput({
    id: 'prog',
    name: 'Test Residency',
    institutionId: 'inst',
    specialty: 'Test',
    pgy: { from: 1, to: 2 },
    months: 24,
    positions: { perYear: 2, total: 4 },
    faculty: 5,
    siteIds: ['main'],
    rotations: Object.entries(rotations).map(([id, categories]) => ({ id, name: id.toUpperCase(), categories })),
    sources: src,
    sourceFile: 'test.txt',
  });
}

/** A trainee entry starting 2026-07-01 at the given PGY level. */
export function trainee(id: string, pgyAtStart = 1, extra: Record<string, unknown> = {}) {
  return { trainee: { id, name: `Dr. ${id}`, programId: 'prog', startDate: '2026-07-01', pgyAtStart }, ...extra };
}

/** A one-year, calendar-month problem (12 blocks from 2026-07-01) around the given parts. */
export function problem(parts: Record<string, unknown>): Record<string, unknown> {
  return { id: 'test', program: testProgram(), calendar: { kind: 'calendar-months', startYear: 2026 }, ...parts };
}

/** A requirement set with one rotation-time requirement of `months` months of `category` in PGY1. */
export function needs(category: string, months: number, max?: number): Record<string, unknown> {
  return {
    id: 'set',
    programId: 'prog',
    title: 'Test requirements',
    requirements: [
      {
        id: `${category}-time`,
        title: `${category} time`,
        sources: [],
        kind: 'rotation-time',
        categories: [category],
        pgy: { from: 1, to: 1 },
        min: { amount: { kind: 'exact', value: months }, unit: 'months' },
        ...(max === undefined ? {} : { max: { amount: { kind: 'exact', value: max }, unit: 'months' } }),
      },
    ],
  };
}
