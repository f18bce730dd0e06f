import { describe, expect, it } from 'vitest';
import { solverStatusText } from './solver-status';

describe('solverStatusText', () => {
  it('says optimal when the solver proved it (gap 0 or not reported)', () => {
    expect(solverStatusText({ status: 'optimal', relativeGap: 0 })).toBe('optimal');
    expect(solverStatusText({ status: 'optimal' })).toBe('optimal');
  });

  it('gives the gap in per cent, one decimal, when the search stopped short of a proof', () => {
    // 0.1224 is 12.24 %, shown as 12.2 %; 0.005 is half a per cent.
    expect(solverStatusText({ status: 'feasible', relativeGap: 0.1224 })).toBe('feasible, within 12.2 % of optimal');
    expect(solverStatusText({ status: 'optimal', relativeGap: 0.005 })).toBe('optimal, within 0.5 % of optimal');
  });
});
