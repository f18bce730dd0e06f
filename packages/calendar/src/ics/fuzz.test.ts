import { describe, expect, it } from 'vitest';
import { fuzzICS } from './fuzz';
import { parseICS } from './read';

describe('parseICS under fuzzing', () => {
  it('never throws on 2,000 seeded mutated files and returns promptly for each', () => {
    const failures: string[] = [];
    const report = fuzzICS({ count: 2000, seed: 20260701, onThrow: (text, error) => failures.push(`${String(error)}\n${text.slice(0, 300)}`) });
    expect(failures).toEqual([]);
    expect(report.files).toBe(2000);
    expect(report.throws).toBe(0);
    // A generous bound (the usual parse takes well under a millisecond): it
    // only catches a runaway loop, never a slow machine.
    expect(report.maxMs).toBeLessThan(5000);
  });

  it('never fails when the parsed calendars are also expanded by the recurrence engine', () => {
    const failures: string[] = [];
    const report = fuzzICS({ count: 300, seed: 7, expand: true, onThrow: (text, error) => failures.push(`${String(error)}\n${text.slice(0, 300)}`) });
    expect(failures).toEqual([]);
    expect(report.throws).toBe(0);
    expect(report.maxMs).toBeLessThan(10_000);
  });

  it('survives the adversarial shapes (small sizes here; benchmarks/ runs 100,000 overrides and 300 zones) within a bound per file', () => {
    const failures: string[] = [];
    // Every 3rd file adversarial: 5 of them, one of each shape.
    const report = fuzzICS({ count: 15, seed: 11, expand: true, adversarial: { every: 3, overrides: 1000, zones: 10 }, maxFileMs: 20_000, onThrow: (text, error) => failures.push(`${String(error)}\n${text.slice(0, 300)}`) });
    expect(failures).toEqual([]);
    expect(report.adversarialFiles).toBe(5);
    expect(report.throws).toBe(0);
    // A runaway guard only, as above: the usual adversarial file takes well under a second.
    expect(report.overBound).toBe(0);
  });

  it('stays linear on pathological input', () => {
    const inputs = [
      'BEGIN:VCALENDAR\r\n' + 'BEGIN:VEVENT\r\n'.repeat(5000),
      'X:' + '\r\n '.repeat(50_000),
      'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260101T000000Z\r\nEXDATE:' + '20260101T000000Z,'.repeat(20_000) + '\r\nEND:VEVENT\r\nEND:VCALENDAR',
      'SUMMARY;' + 'X=a;'.repeat(20_000) + ':x',
      'END:VEVENT\r\n'.repeat(10_000),
    ];
    for (const text of inputs) {
      const { findings } = parseICS(text);
      expect(findings.length).toBeLessThanOrEqual(501);
      expect(findings.some((f) => f.code === 'ics/internal')).toBe(false);
    }
  });
});
