import { describe, expect, it } from 'vitest';
import { wardMonth } from './__fixtures__/months';
import { dayOffSlots, primeExclusions, traineeExclusions, type DayOffSlot } from './exclusions';
import { buildCallModel } from './model';
import { prepareCalls, type Item } from './prepare';

const HOUR = 3_600_000;
// Two days in UTC, so every time is plain arithmetic: day 0 starts at 0, day 1 at 24 h.
const at = (day: number, hour: number) => (day * 24 + hour) * HOUR;
const item = (local: number, day: number, start: number, end: number, inHouse: boolean): Item => ({
  index: local,
  trainee: 0,
  day,
  coverageId: inHouse ? 'ward' : null,
  callType: null,
  start,
  end,
  callEnd: end,
  countedHours: (end - start) / HOUR,
  inHouse,
  atHome: false,
});

// Local numbers: 0 day 0's base shift 07–17, 1 day 0's 24 + 4 call 07:00–11:00 the next day,
// 2 day 1's base shift 07–17; then the slots: 3 calendar day 0, 4 noon of day 0 to noon of day 1, 5 calendar day 1.
const items = [item(0, 0, at(0, 7), at(0, 17), false), item(1, 0, at(0, 7), at(1, 11), true), item(2, 1, at(1, 7), at(1, 17), false)];
const slots: DayOffSlot[] = [
  { day: 0, noon: false, start: at(0, 0), end: at(1, 0) },
  { day: 0, noon: true, start: at(0, 12), end: at(1, 12) },
  { day: 1, noon: false, start: at(1, 0), end: at(2, 0) },
];

describe('traineeExclusions', () => {
  it('finds the two instants everything exclusive shares, by hand', () => {
    // At 12:00 on day 0 the first base shift, the call, day 0 and the noon period are all running: {0, 1, 3, 4}.
    // At 07:00 on day 1 the call (to 11:00), the second base shift, the noon period and day 1 are: {1, 2, 4, 5}.
    // The two base shifts are 14 h apart (at least 8 needed) and the two calendar days only touch, so no set
    // joins them; every exclusive pair (the call with each shift, each slot with what it shares an hour with)
    // lies in one of the two sets, so no pair is left over.
    const { sets } = traineeExclusions(items, slots, true);
    expect(sets).toEqual([
      [0, 1, 3, 4],
      [1, 2, 4, 5],
    ]);
  });

  it('keeps the 8-hour rest a set of its own when nothing else is running', () => {
    // A base shift 07–17 and a call at 19:00 the same day (2 h later, 8 needed), with no day-off slots:
    // they never share an instant; the 8 hours of rest after the shift reach the call, so the one set is that pair.
    const close = [item(0, 0, at(0, 7), at(0, 17), false), item(1, 0, at(0, 19), at(1, 7), true)];
    expect(traineeExclusions(close, [], false).sets).toEqual([[0, 1]]);
  });

  it('gives back the sets worked out earlier only while everything they depend on is unchanged', () => {
    const earlier = traineeExclusions(items, slots, true);
    expect(traineeExclusions(items, slots, true, earlier)).toBe(earlier);
    // Only whole calendar days counting (the noon slot gone), another rule or a moved item: worked out again.
    const calendarOnly = traineeExclusions(items, [slots[0], slots[2]].filter((s) => s !== undefined), true, earlier);
    expect(calendarOnly).not.toBe(earlier);
    expect(calendarOnly.sets).toEqual([
      [0, 1, 3],
      [1, 2, 4],
    ]);
    expect(traineeExclusions(items, slots, false, earlier)).not.toBe(earlier);
    const moved = items.map((it) => (it.index === 2 ? { ...it, start: at(1, 8) } : it));
    expect(traineeExclusions(moved, slots, true, earlier)).not.toBe(earlier);
  });
});

describe('primeExclusions', () => {
  // r1 was on call the night before the month (Aug 2nd 07:00 to Aug 3rd 11:00): the model of the month after
  // that history holds r1 off the 3rd, so it differs from the model without it; the exclusion sets do not.
  const history = {
    start: '2026-07-06',
    workPeriods: [
      { traineeId: 'r1', start: '2026-08-02T07:00:00-07:00', end: '2026-08-03T07:00:00-07:00', kind: 'in-house-call' as const },
      { traineeId: 'r1', start: '2026-08-03T07:00:00-07:00', end: '2026-08-03T11:00:00-07:00', kind: 'transition-of-care' as const, newPatientCare: false },
    ],
    leave: [],
  };
  const month = { ...wardMonth(4), trainees: wardMonth(4).trainees.map((t, i) => (i === 1 ? { ...t, requests: [{ kind: 'vacation' as const, start: '2026-08-10', end: '2026-08-14' }] } : t)) };

  it('works the sets out without the history, and the model built with them is the one built without', () => {
    const primed = primeExclusions(prepareCalls(month));
    const p = prepareCalls(month, history);
    const fresh = buildCallModel(p);
    const reused = buildCallModel(p, { exclusions: primed });
    expect(reused.model).toEqual(fresh.model);
    expect(fresh.model).not.toEqual(buildCallModel(prepareCalls(month)).model);
    // Every trainee's sets were the primed ones (the history changed none of what they depend on).
    p.problem.trainees.forEach((_, t) => {
      const cached = primed.get(t);
      expect(traineeExclusions(p.items.filter((it) => it.trainee === t), dayOffSlots(p, t, undefined), p.problem.rules.postCallDayOff, cached)).toBe(cached);
    });
  });

  it('is not used where only calendar days count, and the model is still the one built without', () => {
    const p = prepareCalls(month);
    const calendarDaysOnly = new Set(['0:0']);
    expect(buildCallModel(p, { calendarDaysOnly, exclusions: primeExclusions(p) }).model).toEqual(buildCallModel(p, { calendarDaysOnly }).model);
  });
});
