import { describe, expect, it } from 'vitest';
import { prepareCalls } from './prepare';
import { shiftKey } from './fairness-rows';
import { bestNightMaximum } from './warm-start';

const trainee = (id: string) => ({ trainee: { id, name: `Resident ${id}`, programId: 'im', startDate: '2026-07-01', pgyAtStart: 2 }, rotationId: 'wards' });

// Four weeks (28 nights) of one night-float shift beside a 24-hour call; ten residents (or `n`).
const month = (rules: Record<string, unknown>, n = 10) => ({
  id: 'runs',
  timeZone: 'America/Los_Angeles',
  start: '2026-08-03',
  end: '2026-08-30',
  callTypes: [
    { id: 'call24', kind: 'in-house', start: '07:00', hours: 24, transitionHours: 4 },
    { id: 'nf', kind: 'night-float', start: '19:00', end: '07:00' },
  ],
  coverage: [
    { id: 'ward', callTypeId: 'call24' },
    { id: 'nights', callTypeId: 'nf' },
  ],
  trainees: Array.from({ length: n }, (_, i) => trainee(`r${i}`)),
  rules,
});

describe('bestNightMaximum', () => {
  // Cost of a maximum M: 2·M (the most-loaded trainee, fairness weight 2) plus, per run,
  // 1 (its start) + 1 (the base shift of the morning after). Ten residents cover 28 nights only from
  // M = 3, in runs of M: 2·M + 2·⌈28 / M⌉ — 3: 26, 4: 22, 5: 22, 6: 22, 7: 22, 8: 24 — least 22, first at M = 4.
  it('picks the cheapest maximum for 28 nights, the smallest of a tie (4 of 4–7)', () => {
    expect(bestNightMaximum(prepareCalls(month({})))).toEqual(new Map([['nights', 4]]));
  });

  it('counts runs within the program’s limit of nights in a row (3 → M = 3, cost 26)', () => {
    // M = 3: 6 + 2·10 = 26; M = 4 takes two runs of a trainee's four nights: 8 + 2·14 = 36.
    expect(bestNightMaximum(prepareCalls(month({ nightFloatMaxConsecutive: 3 })))).toEqual(new Map([['nights', 3]]));
  });

  it('goes as high as the residents there are force: three share 28 nights, so M = 10 (10, 10, 8)', () => {
    // M = 9 covers 27 at most; M = 10: three runs, 20 + 6 = 26; M = 11: 22 + 6; M = 14: two runs, 28 + 4.
    expect(bestNightMaximum(prepareCalls(month({}, 3)))).toEqual(new Map([['nights', 10]]));
  });

  it('aims past the earlier windows’ nights: two with none and eight with four, runs of at most 6 → M = 8', () => {
    // M = 6: the two take 6 (2 runs), the eight 2 each (8 runs): 12 + 20 = 32. M = 7: the two take 7 in
    // two runs each (4), five of the eight 3, 3, 3, 3, 2 (5): 14 + 18 = 32. M = 8: the two take 8 in two
    // runs each (4), three of the eight 4 each (3): 16 + 14 = 30. M = 9: 9 each (4 runs), two take 5 (2):
    // 18 + 12 = 30. M = 10: 20 + 2·6 = 32. Least 30, first at M = 8. Below 6 the nights do not fit.
    const p = prepareCalls(month({ nightFloatMaxConsecutive: 6 }));
    const shift = new Map(Array.from({ length: 10 }, (_, t) => [shiftKey(t, 'nights'), t < 2 ? 0 : 4] as const));
    expect(bestNightMaximum(p, { shift, weekend: [] })).toEqual(new Map([['nights', 8]]));
  });

  it('names only night-float shifts', () => {
    const p = prepareCalls({ ...month({}), coverage: [{ id: 'ward', callTypeId: 'call24' }] });
    expect(bestNightMaximum(p).size).toBe(0);
  });
});
