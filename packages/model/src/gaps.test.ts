import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from './__fixtures__/catalog';
import { programGaps } from './gaps';

describe('programGaps', () => {
  const program = fixtureCatalog().programs[0]!;
  const gaps = programGaps(program);
  const byRef = new Map(gaps.map((g) => [g.ref, g]));

  it('reports every unstated value with its path', () => {
    for (const ref of [
      'specialty.acgmeCode',
      'specialty.board',
      'equipment[0].vendor',
      'equipment[0].model',
      'equipment[1].year',
      'rotations[1].site',
      'curriculum.years[0].blocks[0].position',
      'conferences[0].startTime',
      'conferences[0].durationMinutes',
      'conferences[0].anchorDate',
      'conferences[1].weekdays',
    ]) {
      expect(byRef.get(ref)?.code, ref).toBe('gap/unstated');
    }
    expect(byRef.get('conferences[0].startTime')?.message).toBe('Tumor board: start time is not stated');
  });

  it('reports ambiguous readings with each reading', () => {
    const gap = byRef.get('conferences[1].frequency');
    expect(gap?.code).toBe('gap/ambiguous');
    expect(gap?.message).toBe('Faculty lectures: frequency is ambiguous (bimonthly): twice a month or every two months');
  });

  it('does not report stated values', () => {
    for (const ref of ['founded', 'pgyLevels', 'accreditor', 'conferences[0].weekdays', 'conferences[1].startTime', 'equipment[1].vendor']) {
      expect(byRef.has(ref), ref).toBe(false);
    }
  });

  it('reports months of a year that no stated block accounts for', () => {
    // Year 1: 80 hours at 160 h/month (0.5) + 2 months = 2.5 of 12 months.
    const gap = byRef.get('curriculum.years[0].blocks');
    expect(gap?.code).toBe('gap/unaccounted-time');
    expect(gap?.message).toBe('PGY2: 9.5 of 12 months are not accounted for by the stated blocks');
    // Year 2 has a remainder block, so nothing is unaccounted.
    expect(byRef.has('curriculum.years[1].blocks')).toBe(false);
  });

  it('reports fleet members of unstated model', () => {
    expect(byRef.get('equipment[0]')?.message).toBe('linear accelerators: 1 of 3 are not identified by vendor and model');
  });

  it('lists every gap once, all as info', () => {
    expect(new Set(gaps.map((g) => g.ref)).size).toBe(gaps.length);
    expect(gaps.every((g) => g.severity === 'info')).toBe(true);
  });
});
