import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, iso } from '../problem/days';
import { problemArb } from './__fixtures__/generated';
import { prepareCalls, type Item } from './prepare';

const keyOf = (it: Item) => `${it.trainee}|${it.day}|${it.coverageId ?? 'base'}|${it.start}|${it.end}`;

describe('prepareCalls: items never touch leave', () => {
  // The oracle: every item of the problem without the vacation, less those sharing any instant with a
  // vacation day (whole local days, from its midnight to the next), checked against every day of the
  // vacation — including days before the first and after the last, where a call ending the next morning
  // still reaches.
  it('keeps exactly the items of the problem without leave that share no instant with a leave day', () => {
    const arb = fc.tuple(problemArb, fc.nat(), fc.integer({ min: -2, max: 13 }), fc.integer({ min: 1, max: 4 }));
    fc.assert(
      fc.property(arb, ([problem, who, from, length]) => {
        const slot = who % problem.trainees.length;
        const first = day(problem.start);
        const start = iso(first + from);
        const end = iso(first + from + length - 1);
        const withLeave = { ...problem, trainees: problem.trainees.map((t, i) => ({ ...t, requests: i === slot ? [{ kind: 'vacation', start, end }] : [] })) };
        const without = { ...problem, trainees: problem.trainees.map((t) => ({ ...t, requests: [] })) };
        const p = prepareCalls(without);
        const leave = Array.from({ length }, (_, i) => from + i);
        const touches = (it: Item) => it.trainee === slot && leave.some((k) => it.start < p.midnight(k + 1) && it.end > p.midnight(k));
        const expected = p.items.filter((it) => !touches(it)).map(keyOf);
        expect(prepareCalls(withLeave).items.map(keyOf)).toEqual(expected);
      }),
      { numRuns: 60, seed: 1311 },
    );
  });
});
