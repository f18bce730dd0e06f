import { describe, expect, it } from 'vitest';
import { scheduleCalls } from './schedule-calls';

const trainee = (id: string) => ({ id, name: `Resident ${id}`, programId: 'im', startDate: '2026-07-01', pgyAtStart: 2 });

// Two weeks of 19:00–07:00 night float in Los Angeles across the fall-back
// night (2026-11-01 02:00 PDT → 01:00 PST), two residents on a nights rotation
// with no day shifts, at most 6 nights in a row (CPR 6.26 limit set by the program).
const nights = {
  id: 'nights',
  timeZone: 'America/Los_Angeles',
  start: '2026-10-26',
  end: '2026-11-08',
  callTypes: [{ id: 'nf', kind: 'night-float' }],
  coverage: [{ id: 'nights', callTypeId: 'nf' }],
  trainees: [
    { trainee: trainee('n1'), rotationId: 'night-float' },
    { trainee: trainee('n2'), rotationId: 'night-float' },
  ],
  rules: { nightFloatMaxConsecutive: 6 },
};

describe('night float across a DST change', () => {
  it('covers 14 nights, the Oct 31 night is 13 real hours, and each resident keeps ⌊14 / 7⌋ = 2 days off', async () => {
    const result = await scheduleCalls(nights);
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(result.shifts).toHaveLength(14);
    const fallBack = result.workPeriods.find((p) => p.kind === 'night-float' && p.start.startsWith('2026-10-31T19:00'));
    expect(fallBack?.end.startsWith('2026-11-01T07:00:00-08:00')).toBe(true);
    if (fallBack !== undefined) expect(Date.parse(fallBack.end.slice(0, 25)) - Date.parse(fallBack.start.slice(0, 25))).toBe(13 * 3_600_000);
    expect(result.audit.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The nights rotation is one 14-day window; the last night spills into Nov 9, averaged apart as unassigned work.
    for (const s of result.audit.trainees) for (const w of s.windows.filter((x) => x.rotationId !== undefined)) expect(w.daysOff).toBeGreaterThanOrEqual(2);
  }, 120_000);
});
