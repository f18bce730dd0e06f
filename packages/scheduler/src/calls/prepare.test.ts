import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, iso } from '../problem/days';
import { problemArb } from './__fixtures__/generated';
import { daysReached, prepareCalls, type Item } from './prepare';

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

describe('daysReached', () => {
  // Midnights of days -1 … 3 in hours, day 1 one hour longer (a fall-back night): day k is [m[k + 1], m[k + 2]).
  const m = [0, 24, 48, 73, 97];
  it('gives the consecutive days an interval shares an instant with, by hand', () => {
    // 07:00 on day 0 to 11:00 on day 1 (hours 31 to 59): days 0 and 1.
    expect(daysReached(m, 0, 2, 31, 59)).toEqual([0, 1]);
    // Ending at day 1's midnight exactly: day 0 only (the end is exclusive).
    expect(daysReached(m, 0, 2, 31, 48)).toEqual([0, 0]);
    // 19:00 on day 1 to 07:00 on day 2 across the 25-hour day: day 1 ends at 73, so days 1 and 2.
    expect(daysReached(m, 0, 2, 67, 80)).toEqual([1, 2]);
    // Cut to the days asked about: from day 1 only, and to day 1 only.
    expect(daysReached(m, 1, 2, 31, 59)).toEqual([1, 1]);
    expect(daysReached(m, 0, 1, 67, 80)).toEqual([1, 1]);
  });

  it('is empty (first past last) for an interval before or after the days asked about', () => {
    const [a, b] = daysReached(m, 0, 2, 10, 20);
    expect(a).toBeGreaterThan(b);
    const [c, d] = daysReached(m, 0, 1, 80, 90);
    expect(c).toBeGreaterThan(d);
  });
});
