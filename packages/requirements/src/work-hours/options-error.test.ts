import { GmekitError } from '@gmekit/model';
import { describe, expect, it } from 'vitest';
import { auditWorkHours } from './audit';

describe('WorkHourOptionsError', () => {
  it('is a RangeError and a GmekitError naming the option', () => {
    // CPR 6.24 allows a Review Committee exception of at most 88 hours a week.
    let caught: unknown;
    try {
      auditWorkHours([], { trainees: [], limits: { weeklyHours: 90 } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RangeError);
    expect(caught instanceof GmekitError).toBe(true);
    expect((caught as GmekitError).toFinding()).toEqual({
      code: 'work-hours/invalid-option',
      severity: 'error',
      path: ['options', 'limits', 'weeklyHours'],
      message: 'options.limits.weeklyHours: limits.weeklyHours must be in (0, 88], got 90',
    });
  });
});
