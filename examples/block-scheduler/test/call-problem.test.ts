import { describe, expect, it } from 'vitest';
import { scheduleCalls } from '@gmekit/scheduler';
import { EXAMPLE_CALL_INPUTS, callMonthProblem } from '../src/index';

describe('the example call month', () => {
  it('covers August 2026: 21 weeknights from home and 10 weekend days in house, at most 10 calls each', async () => {
    const r = await scheduleCalls(callMonthProblem(2026, 8));
    expect(r.status).toBe('scheduled');
    if (r.status !== 'scheduled') return;
    // 1 August 2026 is a Saturday: the weekends are 1–2, 8–9, 15–16, 22–23 and 29–30 August.
    const weekend = ['01', '02', '08', '09', '15', '16', '22', '23', '29', '30'].map((d) => `2026-08-${d}`);
    expect(r.shifts.filter((s) => s.coverageId === 'ir-weekend').map((s) => s.date)).toEqual(weekend);
    expect(r.shifts.filter((s) => s.coverageId === 'ir-weeknight')).toHaveLength(31 - 10);
    // Every day covered once: 31 calls in all.
    expect(new Set(r.shifts.map((s) => s.date)).size).toBe(31);
    expect(Object.keys(r.callCounts).sort()).toEqual(['ir-r1', 'ir-r2', 'ir-r3', 'ir-r4']);
    for (const n of Object.values(r.callCounts)) expect(n).toBeLessThanOrEqual(EXAMPLE_CALL_INPUTS.maxCallsPerMonth);
  }, 60_000);

  it('ends on the month\'s last day, February of a leap year included', () => {
    expect([callMonthProblem(2026, 8).end, callMonthProblem(2028, 2).end, callMonthProblem(2026, 2).end]).toEqual(['2026-08-31', '2028-02-29', '2026-02-28']);
  });
});
