// The brochure's own sums, recomputed from the encoded blocks. Expected
// numbers come from brochure 001: "a total of 7.5 months of interventional
// radiology and clinical rotations during PGY2 through PGY4", "the extensive
// ICU experience integrated throughout (4.5 months)", "a minimum of three
// months of neuro-interventional".
import { describe, expect, it } from 'vitest';
import { durationMonths, programGaps, yearBlockMonths } from '@gmekit/model';
import { interventionalRadiology as ir } from '../index';
import { monthsTagged, underSplitReading } from '../__fixtures__/months';

const year = (pgy: number) => {
  const y = ir.curriculum.years.find((x) => x.pgy === pgy);
  if (!y) throw new Error(`no PGY${pgy}`);
  return y;
};
const rotationName = (id: string) => ir.rotations.find((r) => r.id === id)?.name;

describe('IR conversion: 80 MICU hours count as half a month', () => {
  it('160 hours a month is inferred (worked back from the 7.5-month total), with the derivation, not stated', () => {
    expect(ir.conversions?.hoursPerMonth).toBe(160);
    expect(ir.conversions?.basis).toMatch(/7\.5 months/);
    expect(ir.conversions?.basis).toMatch(/80 hours/);
    expect(ir.inferred?.conversions).toMatch(/worked back/);
  });

  it('PGY2 "about 80 hours in the medical intensive care unit" is 0.5 month, approximately', () => {
    const micu = year(2).blocks.find((b) => b.duration.unit === 'hours');
    expect(micu?.duration.amount).toEqual({ kind: 'approximate', value: 80 });
    expect(durationMonths(micu!.duration, ir.conversions)).toEqual({ min: 0.5, max: 0.5, approximate: true });
  });

  it('the conversion is exactly what closes the gap between the named months (7) and the stated 7.5', () => {
    const monthsOnly = monthsTagged({ ...ir, conversions: { basis: 'no conversion' } }, ['ir', 'clinical'], { from: 2, to: 4 });
    expect(monthsOnly).toEqual({ min: 7, max: 7, open: 1 });
    expect((7.5 - monthsOnly.min) * 160).toBe(80);
  });
});

describe('IR curriculum totals, computed from the blocks', () => {
  it('"a total of 7.5 months of interventional radiology and clinical rotations during PGY2 through PGY4" — reproduced through the inferred conversion, and labelled so', () => {
    // 2 (IR, end of PGY2) + 0.5 (80 h MICU) + 1 (CCU) + 2 (IR, PGY3) + 1 (IR) + 1 (neuro-IR, PGY4)
    expect(monthsTagged(ir, ['ir', 'clinical'], { from: 2, to: 4 })).toEqual({ min: 7.5, max: 7.5, open: 0 });
    const total = ir.curriculum.totals.find((t) => t.id === 'ir-and-clinical-pgy2-4');
    expect(total?.basis).toBe('scheduled');
    // The match follows from the 160-hour month, which was worked back from this very total.
    expect(total?.note).toMatch(/160-hour month.*worked back from this total/);
    expect(durationMonths(total!.duration)).toMatchObject({ min: 7.5, max: 7.5 });
    expect(monthsTagged(ir, total!.categories, total!.pgy)).toMatchObject({ min: 7.5, max: 7.5 });
  });

  it('"the extensive ICU experience integrated throughout (4.5 months)"', () => {
    // 1 (internship MICU) + 0.5 (PGY2 MICU) + 1 (PGY3 CCU) + 2 (PGY5 intensive care)
    expect(monthsTagged(ir, ['icu'])).toEqual({ min: 4.5, max: 4.5, open: 0 });
    const total = ir.curriculum.totals.find((t) => t.id === 'icu');
    expect(monthsTagged(ir, total!.categories)).toMatchObject({ min: 4.5, max: 4.5 });
  });

  it('"The PGY 5 and 6 years will include 2 months of CICU experience" agrees with PGY5–PGY6 ICU time', () => {
    expect(monthsTagged(ir, ['icu'], { from: 5, to: 6 })).toEqual({ min: 2, max: 2, open: 0 });
    // The months are CICU: tagged ccu like the PGY3 CCU month (1 + 2 = 3 CCU months).
    expect(monthsTagged(ir, ['ccu'])).toEqual({ min: 3, max: 3, open: 0 });
  });

  it('the PGY5/PGY6 split of the 2 CICU months is kept open, and the 4.5-month ICU total holds under every reading', () => {
    const block = year(5).blocks.find((b) => b.split !== undefined);
    expect(rotationName(block!.rotationId)).toBe('Intensive care medicine (CICU)');
    expect(block?.split?.status).toBe('ambiguous');
    const readings = block?.split?.status === 'ambiguous' ? block.split.candidates.map((c) => c.value) : [];
    // Every whole-month split of 2 months between PGY5 and PGY6: 2+0, 1+1, 0+2.
    expect(readings).toEqual([[{ year: 5, months: 2 }], [{ year: 5, months: 1 }, { year: 6, months: 1 }], [{ year: 6, months: 2 }]]);
    readings.forEach((_, i) => {
      const variant = underSplitReading(ir, i);
      // 1 (internship MICU) + 0.5 (PGY2 MICU) + 1 (PGY3 CCU) + 2 (PGY5–6 CICU, wherever they fall)
      expect(monthsTagged(variant, ['icu']), `reading ${i}`).toEqual({ min: 4.5, max: 4.5, open: 0 });
      expect(monthsTagged(variant, ['icu'], { from: 5, to: 6 }), `reading ${i}`).toEqual({ min: 2, max: 2, open: 0 });
    });
    // The readings do move months: PGY5 holds 2, 1 and 0 of them.
    expect(readings.map((_, i) => monthsTagged(underSplitReading(ir, i), ['icu'], { from: 5, to: 5 }).min)).toEqual([2, 1, 0]);
  });

  it('"a minimum of three months of neuro-interventional": 1 (PGY4) + 2 (PGY5)', () => {
    expect(monthsTagged(ir, ['neuro-ir'])).toEqual({ min: 3, max: 3, open: 0 });
    expect(ir.curriculum.totals.find((t) => t.id === 'neuro-ir')?.duration.amount).toEqual({ kind: 'at-least', value: 3 });
  });
});

describe('IR curriculum years', () => {
  it('the block system is open: the brochure counts months but never says calendar months or four-week blocks', () => {
    expect(ir.curriculum.blockSystem.status).toBe('unstated');
  });

  it('covers PGY1–PGY6 in six 12-month years — PGY1 and the twelve-month years are inferred', () => {
    // "PGY 2" … "PGY 6" are written; the internship before PGY 2 is read as PGY1.
    expect(ir.pgyLevels).toMatchObject({ status: 'inferred', value: { from: 1, to: 6 } });
    expect(ir.curriculum.years.map((y) => y.pgy)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const y of ir.curriculum.years) {
      expect(durationMonths(y.length)).toMatchObject({ min: 12, max: 12 });
      expect(y.inferred?.length, `PGY${y.pgy}`).toMatch(/never gives their length/);
    }
    // 6 × 12 = 72
    expect(ir.length).toEqual({ amount: { kind: 'exact', value: 72 }, unit: 'months' });
    expect(ir.inferred?.length).toMatch(/72 months assumes twelve-month years/);
  });

  it('internship: "one month of interventional radiology, one month of vascular surgery, two months of surgical oncology, onemonth of thoracic surgery, one month of pediatric surgery, onemonth of colorectal surgery, two months of acute care surgery, a month of minimally invasive surgery and one month of medical intensive care unit (MICU)" = 11 months', () => {
    const y = year(1);
    expect(y.blocks.map((b) => [rotationName(b.rotationId), b.duration.amount.kind === 'exact' ? b.duration.amount.value : null])).toEqual([
      ['Interventional radiology', 1],
      ['Vascular surgery', 1],
      ['Surgical oncology', 2],
      ['Thoracic surgery', 1],
      ['Pediatric surgery', 1],
      ['Colorectal surgery', 1],
      ['Acute care surgery', 2],
      ['Minimally invasive surgery', 1],
      ['Medical intensive care unit (MICU)', 1],
    ]);
    expect(yearBlockMonths(y, ir)).toEqual({ min: 11, max: 11, uncounted: 0, hasRemainder: false });
  });

  it('PGY2: "At the end of PGY 2, trainees do two months of back to back interventional radiology"', () => {
    const end = year(2).blocks.find((b) => b.position.status === 'stated');
    expect(end?.position).toEqual({ status: 'stated', value: { anchor: 'end' } });
    expect(rotationName(end!.rotationId)).toBe('Interventional radiology');
    expect(end?.duration).toEqual({ amount: { kind: 'exact', value: 2 }, unit: 'months' });
  });

  it('PGY3: "a 3 month block, which includes one month of intensive care in the cardiac care unit( CCU) and two months of interventional radiology"', () => {
    const blocks = year(3).blocks;
    expect(blocks.map((b) => [rotationName(b.rotationId), b.group])).toEqual([
      ['Cardiac care unit (CCU)', 'pgy3-three-month-block'],
      ['Interventional radiology', 'pgy3-three-month-block'],
    ]);
    expect(yearBlockMonths(year(3), ir)).toMatchObject({ min: 3, max: 3 });
    for (const b of blocks) expect(b.position.status).toBe('unstated');
    // "which includes" lists the months without an order: CCU first is not stated.
    expect(year(3).groups).toEqual([expect.objectContaining({ id: 'pgy3-three-month-block', order: expect.objectContaining({ status: 'unstated' }) })]);
  });

  it('PGY4: "At the very beginning of PGY 4 … one month of interventional radiology and one month of neurointerventional radiology" — one group at the start, order open', () => {
    const y = year(4);
    expect(y.blocks.map((b) => [rotationName(b.rotationId), b.group, b.position])).toEqual([
      ['Interventional radiology', 'pgy4-start', { status: 'stated', value: { anchor: 'start' } }],
      ['Neurointerventional radiology', 'pgy4-start', { status: 'stated', value: { anchor: 'start' } }],
    ]);
    expect(y.groups).toEqual([expect.objectContaining({ id: 'pgy4-start', order: expect.objectContaining({ status: 'unstated' }) })]);
  });

  it('PGY5: "two additional months of neurointerventional radiology, one to two months of vascular surgery and two additional months of intensive care medicine … one month of mammography and one month of nuclear medicine", remainder IR', () => {
    const y = year(5);
    expect(y.blocks.map((b) => [rotationName(b.rotationId), b.duration.amount])).toEqual([
      ['Neurointerventional radiology', { kind: 'exact', value: 2 }],
      ['Vascular surgery', { kind: 'range', min: 1, max: 2 }],
      ['Intensive care medicine (CICU)', { kind: 'exact', value: 2 }],
      ['Mammography', { kind: 'exact', value: 1 }],
      ['Nuclear medicine', { kind: 'exact', value: 1 }],
      ['Interventional radiology', { kind: 'remainder' }],
    ]);
    const named = yearBlockMonths(y, ir);
    expect(named).toEqual({ min: 7, max: 8, uncounted: 0, hasRemainder: true });
    // so the IR remainder is 12 − 8 = 4 to 12 − 7 = 5 months
    expect([12 - named.max, 12 - named.min]).toEqual([4, 5]);
  });

  it('PGY6: "primarily on the interventional radiology service with some options for elective time on clinical rotations"', () => {
    const y = year(6);
    expect(y.blocks[0]?.duration.amount).toEqual({ kind: 'remainder' });
    expect(y.blocks[1]?.optional).toBe(true);
    expect(y.blocks[1]?.duration.amount.kind).toBe('unstated');
  });

  it('"the option to do a dedicated stroke neurology rotation as well as neuro ICU" are rotations in no fixed year', () => {
    const scheduled = new Set(ir.curriculum.years.flatMap((y) => y.blocks.map((b) => b.rotationId as string)));
    for (const id of ['ir-stroke-neurology', 'ir-neuro-icu']) {
      expect(ir.rotations.find((r) => r.id === id)?.categories).toContain('elective');
      expect(scheduled.has(id)).toBe(false);
    }
  });
});

describe('IR longitudinal experiences', () => {
  const exp = (id: string) => ir.curriculum.longitudinal.find((l) => l.id === id);

  it('"a half day of clinic a week throughout the PGY 2 through PGY 6 years"', () => {
    expect(exp('ir-continuity-clinic')?.pgy).toEqual({ status: 'stated', value: { from: 2, to: 6 } });
    expect(exp('ir-continuity-clinic')?.cadence).toEqual({ status: 'stated', value: { amount: { amount: { kind: 'exact', value: 0.5 }, unit: 'days' }, per: 'week' } });
  });

  it('"weekend interventional radiology call" in PGY2; stroke call; ICU and weekly clinical lecture series', () => {
    expect(exp('ir-weekend-call')?.pgy).toEqual({ status: 'stated', value: { from: 2, to: 2 } });
    expect(exp('ir-stroke-call')?.kind).toBe('call');
    expect(exp('ir-icu-lecture-series')?.kind).toBe('lecture-series');
    expect(exp('ir-weekly-clinical-lecture-series')?.pgy).toEqual({ status: 'stated', value: { from: 2, to: 6 } });
  });
});

describe('IR gaps', () => {
  const gaps = programGaps(ir);
  const unaccounted = (y: number) => gaps.find((g) => g.code === 'gap/unaccounted-time' && g.ref === `curriculum.years[${y}].blocks`);

  it('the twelfth internship month is reported, not filled', () => {
    expect(unaccounted(0)?.message).toBe('PGY1: 1 of 12 months are not accounted for by the stated blocks');
  });

  it('PGY2–PGY4 time the brochure does not describe is reported', () => {
    expect(unaccounted(1)?.message).toMatch(/^PGY2: 9\.5 of 12/);
    expect(unaccounted(2)?.message).toMatch(/^PGY3: 9 of 12/);
    expect(unaccounted(3)?.message).toMatch(/^PGY4: 10 of 12/);
  });

  it('PGY5 and PGY6 have a remainder, so nothing is unaccounted there', () => {
    expect(unaccounted(4)).toBeUndefined();
    expect(unaccounted(5)).toBeUndefined();
  });

  it('the PGY3 and PGY4 orders, the PGY5–6 CICU split and the PGY6 elective length are open, the PGY4 position is not', () => {
    const open = (y: number) => gaps.filter((g) => g.ref?.startsWith(`curriculum.years[${y}]`) && g.code !== 'gap/unaccounted-time' && g.code !== 'gap/inferred').map((g) => g.ref);
    expect(open(2)).toEqual(['curriculum.years[2].blocks[0].position', 'curriculum.years[2].blocks[1].position', 'curriculum.years[2].groups[0].order']);
    expect(open(3)).toEqual(['curriculum.years[3].groups[0].order']);
    expect(gaps.find((g) => g.ref === 'curriculum.years[4].blocks[2].split')?.code).toBe('gap/ambiguous');
    expect(gaps.find((g) => g.ref === 'curriculum.years[5].blocks[1].duration.amount')).toBeDefined();
  });

  it('stated durations and positions are not reported', () => {
    const refs = new Set(gaps.map((g) => g.ref));
    expect(refs.has('curriculum.years[1].blocks[1].position')).toBe(false);
    expect(refs.has('curriculum.years[4].blocks[1].duration.amount')).toBe(false);
    expect(refs.has('founded')).toBe(false);
    // PGY levels are inferred, so they are listed as an inference, never as open.
    expect(gaps.filter((g) => g.ref === 'pgyLevels').map((g) => g.code)).toEqual(['gap/inferred']);
  });
});
