import { describe, expect, it } from 'vitest';
import { DurationSchema, QuantitySchema, durationMonths, quantityBounds } from './quantity';

describe('quantities', () => {
  it('keeps unstated distinct from zero', () => {
    expect(quantityBounds({ kind: 'unstated' })).toBeNull();
    expect(quantityBounds({ kind: 'exact', value: 0 })).toEqual({ min: 0, max: 0, approximate: false });
  });
  it('bounds ranges and one-sided statements', () => {
    expect(quantityBounds({ kind: 'range', min: 1, max: 2 })).toEqual({ min: 1, max: 2, approximate: false });
    expect(quantityBounds({ kind: 'at-least', value: 36 })).toEqual({ min: 36, max: Infinity, approximate: false });
    expect(quantityBounds({ kind: 'at-most', value: 12 })).toEqual({ min: 0, max: 12, approximate: false });
    expect(quantityBounds({ kind: 'remainder' })).toBeNull();
  });
  it('rejects a range with min above max, at max', () => {
    const r = QuantitySchema.safeParse({ kind: 'range', min: 2, max: 1 });
    expect(r.success ? [] : r.error.issues[0]?.path).toEqual(['max']);
  });
  it('rejects negative amounts and unknown units', () => {
    expect(QuantitySchema.safeParse({ kind: 'exact', value: -1 }).success).toBe(false);
    expect(DurationSchema.safeParse({ amount: { kind: 'exact', value: 1 }, unit: 'fortnights' }).success).toBe(false);
  });
});

describe('durationMonths', () => {
  const conversions = { hoursPerMonth: 160, weeksPerMonth: 4, basis: 'test' };
  it('converts hours with the program conversion (80 h at 160 h/month is half a month)', () => {
    expect(durationMonths({ amount: { kind: 'approximate', value: 80 }, unit: 'hours' }, conversions)).toEqual({ min: 0.5, max: 0.5, approximate: true });
  });
  it('converts weeks and leaves months alone', () => {
    expect(durationMonths({ amount: { kind: 'exact', value: 6 }, unit: 'weeks' }, conversions)).toEqual({ min: 1.5, max: 1.5, approximate: false });
    expect(durationMonths({ amount: { kind: 'range', min: 1, max: 2 }, unit: 'months' })).toEqual({ min: 1, max: 2, approximate: false });
  });
  it('refuses to guess a conversion the program does not state', () => {
    expect(durationMonths({ amount: { kind: 'exact', value: 80 }, unit: 'hours' })).toBeNull();
    expect(durationMonths({ amount: { kind: 'exact', value: 10 }, unit: 'days' }, conversions)).toBeNull();
  });
});
