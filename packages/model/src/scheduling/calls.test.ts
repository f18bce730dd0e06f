import { describe, expect, it } from 'vitest';
import { CallProblemSchema, CallTypeSchema, ShiftTimesSchema } from './calls';

const trainee = { id: 'r1', name: 'R One', programId: 'im', startDate: '2026-07-01', pgyAtStart: 2 };

describe('call problem schema', () => {
  it('fills the documented defaults: 24-hour in-house call from 07:00, night float 19:00–07:00', () => {
    expect(CallTypeSchema.parse({ id: 'call', kind: 'in-house' })).toEqual({ id: 'call', kind: 'in-house', start: '07:00', hours: 24, transitionHours: 0 });
    expect(CallTypeSchema.parse({ id: 'nf', kind: 'night-float' })).toEqual({ id: 'nf', kind: 'night-float', start: '19:00', end: '07:00' });
  });

  it('refuses more than 24 hours of call or 4 of transition (CPR 6.22, 6.22.a)', () => {
    expect(CallTypeSchema.safeParse({ id: 'c', kind: 'in-house', hours: 25 }).success).toBe(false);
    const r = CallTypeSchema.safeParse({ id: 'c', kind: 'in-house', transitionHours: 5 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['transitionHours']);
  });

  it('refuses a base shift that crosses midnight, with the path of the end time', () => {
    const r = ShiftTimesSchema.safeParse({ start: '19:00', end: '07:00' });
    expect(r.error?.issues[0]?.path).toEqual(['end']);
  });

  it('parses a minimal month and refuses a horizon that ends before it starts', () => {
    const base = {
      id: 'm',
      timeZone: 'America/Los_Angeles',
      start: '2026-08-01',
      end: '2026-08-31',
      callTypes: [{ id: 'call', kind: 'in-house' }],
      coverage: [{ id: 'ward', callTypeId: 'call' }],
      trainees: [{ trainee, rotationId: 'wards' }],
    };
    const ok = CallProblemSchema.parse(base);
    expect(ok.rules).toEqual({ balanceWeekends: true, noCallBeforeDayOff: false, postCallDayOff: true, weeklyHours: 80 });
    expect(ok.coverage[0]).toEqual({ id: 'ward', callTypeId: 'call', count: 1, days: 'all', except: [] });
    const bad = CallProblemSchema.safeParse({ ...base, end: '2026-07-31' });
    expect(bad.error?.issues[0]?.path).toEqual(['end']);
  });
});
