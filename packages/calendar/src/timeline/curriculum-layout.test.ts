import { describe, expect, it } from 'vitest';
import { CurriculumSchema, type Curriculum, type UnitConversions } from '@gmekit/model';
import { layoutCurriculum } from './curriculum-layout';

// An IR-like curriculum after the integrated IR brochure (seed 001): an
// internship whose listed months add up to 11, "about 80 hours" of MICU in
// PGY2 with "two months … at the end of PGY 2", a PGY3 group without a
// position, "at the very beginning of PGY 4" one month of IR and one of
// neuro-IR (which first not said), and a PGY5 with a one-to-two-month block and a remainder.
const months = (value: number) => ({ amount: { kind: 'exact', value }, unit: 'months' });
const block = (rotationId: string, duration: object, extra: object = {}) => ({ rotationId, duration, position: { status: 'unstated' }, sources: [], ...extra });
const start = { position: { status: 'stated', value: { anchor: 'start' } } };
const end = { position: { status: 'stated', value: { anchor: 'end' } } };
const year = (n: number, blocks: object[], extra: object = {}) => ({ year: n, pgy: n, length: months(12), blocks, sources: [], ...extra });
const orderOpen = (id: string) => ({ groups: [{ id, order: { status: 'unstated' }, sources: [] }] });

const curriculum: Curriculum = CurriculumSchema.parse({
  blockSystem: { status: 'stated', value: { kind: 'calendar-months' } },
  years: [
    year(1, [
      block('ir', months(1)),
      block('vascular-surgery', months(1)),
      block('surgical-oncology', months(2)),
      block('thoracic-surgery', months(1)),
      block('pediatric-surgery', months(1)),
      block('colorectal-surgery', months(1)),
      block('acute-care-surgery', months(2)),
      block('mis', months(1)),
      block('micu', months(1)),
    ]),
    year(2, [block('micu', { amount: { kind: 'approximate', value: 80 }, unit: 'hours' }), block('ir', months(2), end)]),
    year(3, [block('ccu', months(1), { group: 'pgy3' }), block('ir', months(2), { group: 'pgy3' })]),
    year(4, [block('ir', months(1), { group: 'pgy4-start', ...start }), block('neuro-ir', months(1), { group: 'pgy4-start', ...start })], orderOpen('pgy4-start')),
    year(5, [
      block('neuro-ir', months(2), start),
      block('vascular-surgery', { amount: { kind: 'range', min: 1, max: 2 }, unit: 'months' }, start),
      block('icu', months(2), start),
      block('mammography', months(1), { position: { status: 'stated', value: { anchor: 'month', month: 12 } } }),
      block('ir', { amount: { kind: 'remainder' }, unit: 'months' }),
    ]),
  ],
  longitudinal: [],
  totals: [],
});

const hoursPerMonth: UnitConversions = { hoursPerMonth: 160, basis: 'the brochure counts about 80 MICU hours as half a month' };

describe('layoutCurriculum on an IR-like curriculum from 2026', () => {
  const layout = layoutCurriculum({ curriculum }, { startYear: 2026 });
  const [pgy1, pgy2, pgy3, pgy4, pgy5] = layout.years;

  it('keeps the unstated twelfth internship month visible and places nothing it was not told to', () => {
    expect(pgy1).toMatchObject({ start: '2026-07-01', end: '2027-06-30', months: { listed: { min: 11, max: 11 }, unstated: { min: 1, max: 1 }, uncounted: 0 } });
    expect(pgy1?.unplaced.map((u) => u.reason)).toEqual(Array(9).fill('position-unstated'));
    expect(pgy1?.slots).toEqual([{ kind: 'open', start: '2026-07-01', end: '2027-06-30', days: 365, months: 12 }]);
  });

  it('puts the two IR months at the end of PGY2 on May 1 – June 30 and leaves the 80 MICU hours undated', () => {
    expect(pgy2?.slots).toEqual([
      { kind: 'open', start: '2027-07-01', end: '2028-04-30', days: 305, months: 10 },
      { kind: 'block', blockIndex: 1, rotationId: 'ir', anchor: 'end', approximate: false, status: 'dated', start: '2028-05-01', end: '2028-06-30' },
    ]);
    expect(pgy2?.unplaced).toEqual([
      expect.objectContaining({ rotationId: 'micu', reason: 'duration-hours', hours: { min: 80, max: 80 }, months: null }),
    ]);
    expect(pgy2?.months).toEqual({ listed: { min: 2, max: 2 }, unstated: { min: 0, max: 10 }, uncounted: 1 });
  });

  it('converts the MICU hours with the program’s own conversion', () => {
    const converted = layoutCurriculum({ curriculum, conversions: hoursPerMonth }, { startYear: 2026 }).years[1];
    expect(converted?.unplaced[0]).toMatchObject({ reason: 'duration-hours', months: { min: 0.5, max: 0.5 } });
    expect(converted?.months).toEqual({ listed: { min: 2.5, max: 2.5 }, unstated: { min: 9.5, max: 9.5 }, uncounted: 0 });
  });

  it('lists a group without a position as unplaced', () => {
    expect(pgy3?.unplaced.map((u) => [u.rotationId, u.group, u.reason])).toEqual([
      ['ccu', 'pgy3', 'position-unstated'],
      ['ir', 'pgy3', 'position-unstated'],
    ]);
  });

  it('opens PGY4 with the IR and neuro-IR months, July 1 – August 31, each in either month, and marks the rest unstated', () => {
    // PGY4 is the fourth year from July 1, 2026: July 1, 2029 – June 30, 2030.
    // First: July 1–31; second: August 1–31. Left: September 2029 – June 2030,
    // 30+31+30+31+31+28+31+30+31+30 = 303 days, ten months.
    const either = { status: 'range', minStart: '2029-07-01', maxStart: '2029-08-01', minEnd: '2029-07-31', maxEnd: '2029-08-31', orderOpen: true, anchor: 'start', group: 'pgy4-start' };
    expect(pgy4?.slots).toEqual([
      expect.objectContaining({ rotationId: 'ir', blockIndex: 0, ...either }),
      expect.objectContaining({ rotationId: 'neuro-ir', blockIndex: 1, ...either }),
      { kind: 'unstated', start: '2029-09-01', end: '2030-06-30', days: 303, months: 10 },
    ]);
    expect(pgy4?.unplaced).toEqual([]);
    expect(pgy4?.months.unstated).toEqual({ min: 10, max: 10 });
  });

  it('gives the one-to-two-month block and everything chained after it earliest and latest dates', () => {
    const blocks = pgy5?.slots.filter((s) => s.kind === 'block');
    expect(blocks).toEqual([
      expect.objectContaining({ rotationId: 'neuro-ir', status: 'dated', start: '2030-07-01', end: '2030-08-31' }),
      expect.objectContaining({ rotationId: 'vascular-surgery', status: 'range', minStart: '2030-09-01', maxStart: '2030-09-01', minEnd: '2030-09-30', maxEnd: '2030-10-31' }),
      expect.objectContaining({ rotationId: 'icu', status: 'range', minStart: '2030-10-01', maxStart: '2030-11-01', minEnd: '2030-11-30', maxEnd: '2030-12-31' }),
      expect.objectContaining({ rotationId: 'mammography', anchor: 'month', status: 'dated', start: '2031-06-01', end: '2031-06-30' }),
    ]);
    expect(pgy5?.slots.filter((s) => s.kind !== 'block')).toEqual([{ kind: 'open', start: '2031-01-01', end: '2031-05-31', days: 151, months: 5 }]);
    // 12 − (2 + [1, 2] + 2 + 1) = 5 to 6 months of IR, wherever they fall.
    expect(pgy5?.unplaced).toEqual([expect.objectContaining({ rotationId: 'ir', reason: 'remainder', months: { min: 5, max: 6 } })]);
    expect(pgy5?.months.unstated).toEqual({ min: 0, max: 0 });
  });

  it('reports no overlaps for a consistent curriculum', () => {
    expect(layout.findings).toEqual([]);
  });
});

describe('layoutCurriculum edge cases', () => {
  const one = (blocks: object[], extra: object = {}) => CurriculumSchema.parse({ blockSystem: { status: 'unstated' }, years: [year(1, blocks, extra)], longitudinal: [], totals: [] });

  it('lays an off-cycle start from its own date', () => {
    const layout = layoutCurriculum({ curriculum: one([block('ir', months(2), end)]) }, { startDate: '2026-09-15' });
    expect(layout.years[0]?.slots.at(-1)).toMatchObject({ start: '2027-07-15', end: '2027-09-14' });
  });

  it('lists an ambiguous position with its readings instead of choosing one', () => {
    const ambiguous = {
      position: {
        status: 'ambiguous',
        note: 'order not stated',
        candidates: [
          { value: { anchor: 'month', month: 1 }, reading: 'IR first' },
          { value: { anchor: 'month', month: 2 }, reading: 'IR second' },
        ],
      },
    };
    const layout = layoutCurriculum({ curriculum: one([block('ir', months(1), ambiguous)]) }, { startYear: 2026 });
    expect(layout.years[0]?.unplaced[0]).toMatchObject({ reason: 'position-ambiguous', readings: ['IR first', 'IR second'] });
    const chosen = layoutCurriculum({ curriculum: one([block('ir', months(1), ambiguous)]) }, { startYear: 2026 }, { ambiguousPositions: 'first-reading' });
    expect(chosen.years[0]?.slots[0]).toMatchObject({ rotationId: 'ir', anchor: 'month', start: '2026-07-01', end: '2026-07-31' });
    expect(chosen.findings.map((f) => f.code)).toEqual(['layout/reading-chosen']);
  });

  it('lays several end-anchored blocks in listed order, the last ending on June 30', () => {
    const layout = layoutCurriculum({ curriculum: one([block('a', months(1), end), block('b', { amount: { kind: 'exact', value: 2 }, unit: 'weeks' }, end)]) }, { startYear: 2026 });
    const blocks = layout.years[0]?.slots.filter((s) => s.kind === 'block');
    expect(blocks).toEqual([
      expect.objectContaining({ rotationId: 'a', start: '2027-05-17', end: '2027-06-16' }),
      expect.objectContaining({ rotationId: 'b', start: '2027-06-17', end: '2027-06-30' }),
    ]);
  });

  it('flags blocks whose stated positions collide', () => {
    const layout = layoutCurriculum({ curriculum: one([block('a', months(8), start), block('b', months(6), end)]) }, { startYear: 2026 });
    expect(layout.findings.map((f) => f.code)).toEqual(['layout/overlap']);
  });

  it('refuses to guess when blocks of one group state different positions', () => {
    const layout = layoutCurriculum({ curriculum: one([block('a', months(1), { group: 'g', ...start }), block('b', months(1), { group: 'g', ...end })]) }, { startYear: 2026 });
    expect(layout.years[0]?.unplaced.map((u) => u.reason)).toEqual(['group-position-conflict', 'group-position-conflict']);
  });

  it('lays a ranged block at the end with an uncertain start and a fixed end', () => {
    const layout = layoutCurriculum({ curriculum: one([block('a', { amount: { kind: 'range', min: 2, max: 3 }, unit: 'weeks' }, end)]) }, { startYear: 2026 });
    // June 30 end; 2 weeks → June 17, 3 weeks → June 10.
    expect(layout.years[0]?.slots.at(-1)).toMatchObject({ status: 'range', minStart: '2027-06-10', maxStart: '2027-06-17', minEnd: '2027-06-30', maxEnd: '2027-06-30' });
  });

  it('explains durations it cannot date', () => {
    const layout = layoutCurriculum(
      {
        curriculum: one([
          block('a', { amount: { kind: 'at-least', value: 3 }, unit: 'months' }, start),
          block('b', { amount: { kind: 'exact', value: 1.5 }, unit: 'months' }, end),
          block('c', { amount: { kind: 'unstated' }, unit: 'months' }),
          block('d', months(1), { optional: true }),
        ]),
      },
      { startYear: 2026 },
    );
    expect(layout.years[0]?.unplaced.map((u) => u.reason)).toEqual(['duration-open-ended', 'duration-fractional', 'duration-unstated', 'optional']);
  });

  describe('groups whose order is stated, ambiguous or open', () => {
    const inGroup = (extra: object) => ({ group: 'g', ...extra });
    const a1b2 = (position: object) => [block('a', months(1), inGroup(position)), block('b', months(2), inGroup(position))];

    it('dates the span of an open-order group at the start and gives each block every date it could have', () => {
      const layout = layoutCurriculum({ curriculum: one(a1b2(start), orderOpen('g')) }, { startYear: 2026 });
      // Span: July 1 – September 30, 2026. a first: July; a last (after b's July–August): September.
      // b first: July 1 – August 31; b last (after a's July): August 1 – September 30.
      expect(layout.years[0]?.slots).toEqual([
        expect.objectContaining({ rotationId: 'a', status: 'range', minStart: '2026-07-01', maxStart: '2026-09-01', minEnd: '2026-07-31', maxEnd: '2026-09-30', orderOpen: true }),
        expect.objectContaining({ rotationId: 'b', status: 'range', minStart: '2026-07-01', maxStart: '2026-08-01', minEnd: '2026-08-31', maxEnd: '2026-09-30', orderOpen: true }),
        // October 2026 – June 2027: 31+30+31+31+28+31+30+31+30 = 273 days.
        { kind: 'unstated', start: '2026-10-01', end: '2027-06-30', days: 273, months: 9 },
      ]);
      expect(layout.findings).toEqual([]);
    });

    it('dates the span of an open-order group at the end', () => {
      const layout = layoutCurriculum({ curriculum: one(a1b2(end), orderOpen('g')) }, { startYear: 2026 });
      // Span: April 1 – June 30, 2027. a first: April; a last: June.
      // b first: April 1 – May 31; b last: May 1 – June 30.
      expect(layout.years[0]?.slots.filter((s) => s.kind === 'block')).toEqual([
        expect.objectContaining({ rotationId: 'a', anchor: 'end', minStart: '2027-04-01', maxStart: '2027-06-01', minEnd: '2027-04-30', maxEnd: '2027-06-30' }),
        expect.objectContaining({ rotationId: 'b', anchor: 'end', minStart: '2027-04-01', maxStart: '2027-05-01', minEnd: '2027-05-31', maxEnd: '2027-06-30' }),
      ]);
      // July 2026 – March 2027: 31+31+30+31+30+31+31+28+31 = 274 days.
      expect(layout.years[0]?.slots[0]).toEqual({ kind: 'unstated', start: '2026-07-01', end: '2027-03-31', days: 274, months: 9 });
    });

    it('chains an open-order group after a block placed before it', () => {
      const layout = layoutCurriculum(
        { curriculum: one([block('x', months(1), start), block('a', months(1), inGroup(start)), block('b', months(1), inGroup(start))], orderOpen('g')) },
        { startYear: 2026 },
      );
      // x: July 2026; the group: August 1 – September 30, each block in either month.
      expect(layout.years[0]?.slots.filter((s) => s.kind === 'block')).toEqual([
        expect.objectContaining({ rotationId: 'x', status: 'dated', start: '2026-07-01', end: '2026-07-31' }),
        expect.objectContaining({ rotationId: 'a', minStart: '2026-08-01', maxStart: '2026-09-01', minEnd: '2026-08-31', maxEnd: '2026-09-30' }),
        expect.objectContaining({ rotationId: 'b', minStart: '2026-08-01', maxStart: '2026-09-01', minEnd: '2026-08-31', maxEnd: '2026-09-30' }),
      ]);
      expect(layout.findings).toEqual([]);
    });

    it('lays a stated order that differs from the listed one', () => {
      const layout = layoutCurriculum({ curriculum: one(a1b2(start), { groups: [{ id: 'g', order: { status: 'stated', value: [1, 0] }, sources: [] }] }) }, { startYear: 2026 });
      // b runs first: July 1 – August 31; then a: September.
      expect(layout.years[0]?.slots.filter((s) => s.kind === 'block')).toEqual([
        expect.objectContaining({ rotationId: 'b', status: 'dated', start: '2026-07-01', end: '2026-08-31' }),
        expect.objectContaining({ rotationId: 'a', status: 'dated', start: '2026-09-01', end: '2026-09-30' }),
      ]);
    });

    it('keeps an ambiguous order open, or lays its first reading when asked and says so', () => {
      const groups = {
        groups: [
          {
            id: 'g',
            order: { status: 'ambiguous', note: 'which first', candidates: [{ value: [1, 0], reading: 'b first' }, { value: [0, 1], reading: 'a first' }] },
            sources: [],
          },
        ],
      };
      const open = layoutCurriculum({ curriculum: one(a1b2(start), groups) }, { startYear: 2026 });
      expect(open.years[0]?.slots[0]).toMatchObject({ rotationId: 'a', status: 'range', orderOpen: true });
      const chosen = layoutCurriculum({ curriculum: one(a1b2(start), groups) }, { startYear: 2026 }, { ambiguousPositions: 'first-reading' });
      expect(chosen.years[0]?.slots[0]).toMatchObject({ rotationId: 'b', status: 'dated', start: '2026-07-01', end: '2026-08-31' });
      expect(chosen.findings).toEqual([expect.objectContaining({ code: 'layout/reading-chosen', path: ['curriculum', 'years', 0, 'groups', 0, 'order'] })]);
    });
  });
});
