import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { problemArb } from './__fixtures__/generated';
import { daysOffOf } from './assemble';
import { isoOf } from './model';
import { prepareCalls } from './prepare';

describe('daysOffOf', () => {
  it('lists, per trainee, the calendar days no chosen item shares an instant with, leave left out (checked day by day against every item)', () => {
    fc.assert(
      fc.property(problemArb, fc.array(fc.boolean(), { maxLength: 400 }), (problem, picks) => {
        const p = prepareCalls(problem);
        // Any set of items will do (the function reads time, not rules): every item whose pick is true.
        const chosen = p.items.filter((it) => picks[it.index % Math.max(1, picks.length)] === true);
        const expected: Record<string, string[]> = {};
        p.problem.trainees.forEach((t, slot) => {
          const dates: string[] = [];
          for (let k = 0; k < p.days; k++) {
            const from = p.midnight(k);
            const to = p.midnight(k + 1);
            const worked = chosen.some((it) => it.trainee === slot && it.start < to && it.end > from);
            if (!worked && p.leave[slot]?.has(k) !== true) dates.push(isoOf(p, k));
          }
          expected[t.trainee.id] = dates;
        });
        expect(daysOffOf(p, chosen)).toEqual(expected);
      }),
      { numRuns: 40, seed: 1305 },
    );
  });
});
