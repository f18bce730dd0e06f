import { describe, expect, it } from 'vitest';
import { parseDateOption, parseWindow } from './dates';

describe('date options', () => {
  it('accepts real YYYY-MM-DD dates, leap days included', () => {
    expect(parseDateOption('--start', '2028-02-29').toString()).toBe('2028-02-29');
  });

  it('rejects other forms and impossible dates', () => {
    expect(() => parseDateOption('--start', '7/1/2026')).toThrow('--start: expected a date as YYYY-MM-DD, got "7/1/2026"');
    expect(() => parseDateOption('--start', '2026-07-01T00:00')).toThrow('expected a date as YYYY-MM-DD');
    expect(() => parseDateOption('--start', '2027-02-29')).toThrow('--start: "2027-02-29" is not a real calendar date');
    expect(() => parseDateOption('--start', '2026-13-01')).toThrow('not a real calendar date');
  });

  it('checks windows: both ends, in order, bounded', () => {
    expect(parseWindow('2026-07-01', '2026-07-01', 10).to.toString()).toBe('2026-07-01');
    expect(() => parseWindow('2026-07-01', undefined, 10)).toThrow('needs both --from <date> and --to <date>');
    expect(() => parseWindow('2026-07-02', '2026-07-01', 10)).toThrow('--from 2026-07-02 is after --to 2026-07-01');
    // 2026-07-01..2026-07-11 is 11 days inclusive
    expect(() => parseWindow('2026-07-01', '2026-07-11', 10)).toThrow('is 11 days; at most 10 days');
  });
});
