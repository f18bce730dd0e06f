import { describe, expect, it } from 'vitest';
import { pgyOn } from './pgy';

describe('pgyOn', () => {
  it('advances on-cycle trainees every July 1', () => {
    const t = { startDate: '2026-07-01', pgyAtStart: 1 };
    expect(pgyOn(t, '2026-07-01')).toBe(1);
    expect(pgyOn(t, '2027-06-30')).toBe(1);
    expect(pgyOn(t, '2027-07-01')).toBe(2);
    expect(pgyOn(t, '2030-07-01')).toBe(5);
    expect(pgyOn(t, '2025-01-01')).toBe(1);
  });

  it('advances off-cycle trainees on each anniversary', () => {
    const t = { startDate: '2026-10-15', pgyAtStart: 1 };
    expect(pgyOn(t, '2027-07-01')).toBe(1);
    expect(pgyOn(t, '2027-10-14')).toBe(1);
    expect(pgyOn(t, '2027-10-15')).toBe(2);
    const leap = { startDate: '2028-02-29', pgyAtStart: 3 };
    expect(pgyOn(leap, '2029-02-28')).toBe(3);
    expect(pgyOn(leap, '2029-03-01')).toBe(4);
  });
});
