import { describe, expect, it } from 'vitest';
import { needs, problem, trainee } from '../__fixtures__/problems';
import { scheduleBlocks } from '../schedule/schedule-blocks';

/** ICU time in PGY1 and, separately, in PGY2: two requirements over the same rotation. */
function icuByLevel(months: number): Record<string, unknown> {
  const one = needs('icu', months);
  const [pgy1] = one.requirements as Record<string, unknown>[];
  return { ...one, requirements: [{ ...pgy1, id: 'icu-pgy1', title: 'ICU in PGY1', pgy: { from: 1, to: 1 } }, { ...pgy1, id: 'icu-pgy2', title: 'ICU in PGY2', pgy: { from: 2, to: 2 } }] };
}

/** Two PGY1 and two PGY2 trainees, one ICU place a block, `months` of ICU in each level. */
const fourTrainees = (months: number) =>
  problem({
    trainees: [trainee('A', 1), trainee('B', 1), trainee('C', 2), trainee('D', 2)],
    capacities: [{ rotationId: 'icu', max: 1 }],
    rules: { requirementSets: [icuByLevel(months)] },
  });

describe('supply against demand over requirements sharing rotations', () => {
  it('adds PGY1 and PGY2 ICU demand that fit the capacity one by one but not together', async () => {
    // Two PGY1 and two PGY2 trainees each need 4 ICU months (4 calendar-month blocks):
    // each requirement alone needs 2 × 4 = 8 ≤ 12 ICU places (1 a block × 12 blocks),
    // together 16 > 12: short by 4, found without a search.
    const r = await scheduleBlocks(fourTrainees(4));
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.explanation.method).toBe('supply-demand');
    expect(r.explanation.rules).toHaveLength(1);
    expect(r.explanation.rules[0]).toMatchObject({ kind: 'supply', relaxBy: 4, unit: 'trainee-blocks' });
    expect(r.explanation.summary).toContain('"ICU in PGY1", "ICU in PGY2"');
    expect(r.explanation.summary).toContain('needs at least 16 trainee-blocks from 4 trainees');
    expect(r.explanation.summary).toContain('gives at most 12');
  });

  it('still schedules when the summed demand fits: 3 months each, 12 of 12 places', async () => {
    // 4 trainees × 3 ICU months = 12 = 1 place × 12 blocks: tight but possible.
    const r = await scheduleBlocks(fourTrainees(3));
    expect(r.status).toBe('scheduled');
  });
});
