import { describe, expect, it } from 'vitest';
import { durationMonths, programGaps, programMonths, yearBlockMonths } from '@gmekit/model';
import { radiationOncology as ro } from '../index';

describe('Radiation Oncology curriculum', () => {
  it('"organized on a “mini-block” system (1-2 months)"', () => {
    expect(ro.curriculum.blockSystem).toEqual({
      status: 'stated',
      value: { kind: 'custom', length: { amount: { kind: 'range', min: 1, max: 2 }, unit: 'months' }, name: 'mini-block' },
    });
  });

  it('has four 12-month years, PGY2 to PGY5, with no invented blocks', () => {
    expect(ro.curriculum.years.map((y) => [y.year, y.pgy])).toEqual([[1, 2], [2, 3], [3, 4], [4, 5]]);
    for (const y of ro.curriculum.years) {
      expect(y.blocks).toEqual([]);
      expect(yearBlockMonths(y, ro)).toEqual({ min: 0, max: 0, uncounted: 0, hasRemainder: false });
    }
  });

  it('"a minimum of 36 months … core clinical training" + "An additional 12 months … research and clinical electives" = the 48-month curriculum', () => {
    const [core, research] = ro.curriculum.totals;
    expect(core?.duration.amount).toEqual({ kind: 'at-least', value: 36 });
    expect(research?.duration.amount).toEqual({ kind: 'exact', value: 12 });
    expect(core?.basis).toBe('unsequenced');
    expect(research?.basis).toBe('unsequenced');
    const coreMonths = durationMonths(core!.duration, ro.conversions);
    const researchMonths = durationMonths(research!.duration, ro.conversions);
    expect(coreMonths!.min + researchMonths!.min).toBe(48);
    expect(programMonths(ro)).toEqual({ min: 48, max: 48, approximate: false });
    // The core total is a floor; with exactly 12 months of research and
    // electives it cannot exceed 48 − 12 = 36 either.
    expect(programMonths(ro)!.max - researchMonths!.max).toBe(36);
  });

  it('the totals select rotations by tag: core clinical covers pediatrics; research+electives covers research and electives', () => {
    const tagged = (tags: string[]) => ro.rotations.filter((r) => r.categories.some((c) => tags.includes(c))).map((r) => r.id);
    expect(tagged(ro.curriculum.totals[0]!.categories)).toEqual(['ro-core-clinical', 'ro-pediatrics']);
    expect(tagged(ro.curriculum.totals[1]!.categories)).toEqual(['ro-research', 'ro-clinical-electives']);
  });
});

describe('Radiation Oncology gaps', () => {
  const gaps = programGaps(ro);
  const at = (ref: string) => gaps.filter((g) => g.ref === ref);

  it('reports "bimonthly" as ambiguous', () => {
    expect(at('conferences[0].frequency')[0]?.code).toBe('gap/ambiguous');
  });

  it('reports every year as unaccounted (no blocks are stated per year)', () => {
    for (const y of [0, 1, 2, 3]) {
      expect(at(`curriculum.years[${y}].blocks`)[0]?.message).toMatch(/12 of 12 months are not accounted for/);
    }
  });

  it('reports the 3 of 7 Los Angeles linear accelerators that are not identified', () => {
    expect(gaps.find((g) => g.code === 'gap/unspecified-members')?.message).toMatch(/3 of 7/);
  });

  it('reports conference times, the Kagan series frequency and the Xoft site as open', () => {
    expect(at('conferences[4].startTime')).toHaveLength(1);
    expect(at('conferences[2].frequency')).toHaveLength(1);
    expect(gaps.find((g) => g.message.startsWith('Xoft') && g.code === 'gap/ambiguous')).toBeDefined();
  });

  it('does not report what the brochure states', () => {
    const refs = new Set(gaps.map((g) => g.ref));
    for (const ref of ['founded', 'positions.total', 'faculty.total', 'conferences[4].weekdays', 'conferences[3].frequency', 'equipment[1].model', 'equipment[5].year']) {
      expect(refs.has(ref), ref).toBe(false);
    }
    expect(gaps.some((g) => g.ref?.startsWith('leadership'))).toBe(false);
    // PGY levels are inferred (from "PGY-4, PGY-5" and "four years"): listed as such, not as open.
    expect(gaps.filter((g) => g.ref === 'pgyLevels').map((g) => g.code)).toEqual(['gap/inferred']);
  });
});
