import { describe, expect, it } from 'vitest';
import { problem, trainee } from '../__fixtures__/problems';
import { scheduleBlocks } from '../schedule/schedule-blocks';

describe('explainInfeasible: a conflict within one trainee’s own rules', () => {
  it('names B’s three fixed ICU blocks and the two-in-a-row limit, and nothing of A', async () => {
    // B is fixed on ICU in blocks 1–3 while ICU may run at most 2 blocks in a row:
    // those four rules conflict; dropping any one (or relaxing it by 1 block) ends it.
    // A and the ICU capacity (1 a block, so A stays off ICU in blocks 1–3) are not part of it.
    const r = await scheduleBlocks(
      problem({
        trainees: [
          trainee('A', 1, { fixed: [{ block: 5, rotationId: 'icu' }] }),
          trainee('B', 1, { fixed: [1, 2, 3].map((block) => ({ block, rotationId: 'icu' })) }),
        ],
        capacities: [{ rotationId: 'icu', max: 1 }],
        rules: { maxConsecutive: [{ select: { rotationIds: ['icu'] }, max: 2 }] },
      }),
    );
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    const { method, rules } = r.explanation;
    expect(method).toBe('conflict');
    expect(rules.map((x) => x.kind).sort()).toEqual(['consecutive', 'fixed', 'fixed', 'fixed']);
    expect(rules.every((x) => x.traineeId === 'B' && x.relaxBy === 1)).toBe(true);
    expect(rules.filter((x) => x.kind === 'fixed').map((x) => Number(/block (\d+)/.exec(x.rule)?.[1]))).toEqual([1, 2, 3]);
  });
});
