import { describe, expect, it } from 'vitest';
import { prepareCalls } from './prepare';
import { bestRunLengths } from './warm-start';

const trainee = (id: string) => ({ trainee: { id, name: `Resident ${id}`, programId: 'im', startDate: '2026-07-01', pgyAtStart: 2 }, rotationId: 'wards' });

// Four weeks (28 nights) of one night-float shift beside a 24-hour call; three residents.
const month = (rules: Record<string, unknown>) => ({
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
  trainees: [trainee('a'), trainee('b'), trainee('c')],
  rules,
});

describe('bestRunLengths', () => {
  // Cost of runs of at most M nights: 2·M (the most-loaded trainee, fairness weight 2) plus, per run,
  // 1 (its start) + 1 (the base shift of the morning after): 2·M + 2·⌈28 / M⌉.
  // M = 1: 58, 2: 32, 3: 26, 4: 22, 5: 22, 6: 22, 7: 22, 8: 24 — least 22, first at M = 4.
  it('picks the cheapest run length for 28 nights, the shortest of a tie (4 of 4–7)', () => {
    expect(bestRunLengths(prepareCalls(month({})))).toEqual(new Map([['nights', 4]]));
  });

  it('stays within the program’s limit of nights in a row (3 → M = 3, cost 26)', () => {
    expect(bestRunLengths(prepareCalls(month({ nightFloatMaxConsecutive: 3 })))).toEqual(new Map([['nights', 3]]));
  });

  it('names only night-float shifts', () => {
    const p = prepareCalls({ ...month({}), coverage: [{ id: 'ward', callTypeId: 'call24' }] });
    expect(bestRunLengths(p).size).toBe(0);
  });
});
