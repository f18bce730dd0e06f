import assert from 'node:assert/strict';
import { interventionalRadiology as ir } from '@gmekit/programs';
import { scheduleBlocks } from '@gmekit/scheduler';

// Plan the whole six-year IR residency (72 calendar-month blocks) for a class
// of two. The ICU capacity and the consecutive limit are example inputs,
// not facts from the program's brochure.
const result = await scheduleBlocks({
  id: 'ir-class-2026',
  program: ir,
  calendar: { kind: 'calendar-months', startYear: 2026, years: 6 },
  trainees: ['r1', 'r2'].map((id) => ({
    trainee: { id, name: `Resident ${id}`, programId: ir.id, startDate: '2026-07-01', pgyAtStart: 1 },
    preferences: [{ rotationId: 'ir-neurointerventional-radiology', blocks: [61, 62, 63], weight: 1 }],
  })),
  capacities: [{ rotationId: 'ir-micu', max: 1 }],
  rules: {
    requirementSets: ir.requirementSet === undefined ? [] : [ir.requirementSet],
    maxConsecutive: [{ select: { categories: ['icu'] }, max: 2 }],
  },
});

assert.equal(result.status, 'scheduled');
// Both residents can have neuro-IR in blocks 61–63: 2 × 3 points.
assert.equal(result.objective.preferencePoints, 6);
console.log(result.verification.at(-1));
// → 2 requirement-set evaluations (evaluate, as of 2032-06-30): no rotation-time requirement unmet or at risk
