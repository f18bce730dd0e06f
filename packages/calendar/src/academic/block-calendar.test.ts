import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { academicYearRange } from './academic-year';
import { blockCalendar } from './block-calendar';

describe('blockCalendar four-week', () => {
  // Worked by hand: 2026-07-01 + 28 days = 07-29; block 13 starts 12 × 28 = 336
  // days after July 1 (31+31+30+31+30+31+31+28+31+30+31 = 335 days to June 1,
  // so day 336 is June 2, 2027) and takes the 365th day, June 30.
  it('cuts 2026–2027 into 13 blocks with the 365th day on block 13', () => {
    const calendar = blockCalendar(2026, { kind: 'four-week' });
    expect(calendar.blocks).toHaveLength(13);
    expect(calendar.blocks[0]).toEqual({ index: 1, start: '2026-07-01', end: '2026-07-28', days: 28, partial: false });
    expect(calendar.blocks[1]).toMatchObject({ start: '2026-07-29', end: '2026-08-25' });
    expect(calendar.blocks[12]).toEqual({ index: 13, start: '2027-06-02', end: '2027-06-30', days: 29, partial: false });
    expect(calendar.leftoverDays).toBe(1);
  });

  it('gives block 13 two extra days in a year with February 29 (2027–2028)', () => {
    const calendar = blockCalendar(2027, { kind: 'four-week' });
    expect(calendar.blocks[12]).toEqual({ index: 13, start: '2028-06-01', end: '2028-06-30', days: 30, partial: false });
    expect(calendar.leftoverDays).toBe(2);
  });

  it('can return the leftover days as a short block 14', () => {
    const calendar = blockCalendar(2027, { kind: 'four-week', remainder: 'separate' });
    expect(calendar.blocks).toHaveLength(14);
    expect(calendar.blocks[12]).toMatchObject({ start: '2028-06-01', end: '2028-06-28', days: 28 });
    expect(calendar.blocks[13]).toEqual({ index: 14, start: '2028-06-29', end: '2028-06-30', days: 2, partial: true });
  });

  it('covers every day of the year exactly once', () => {
    const { blocks } = blockCalendar(academicYearRange(2027), { kind: 'four-week' });
    expect(blocks.reduce((sum, b) => sum + b.days, 0)).toBe(366);
  });
});

describe('blockCalendar calendar months and custom lengths', () => {
  it('uses calendar months from July 1', () => {
    const { blocks } = blockCalendar(2027, { kind: 'calendar-months' });
    expect(blocks).toHaveLength(12);
    expect(blocks[0]).toMatchObject({ start: '2027-07-01', end: '2027-07-31', days: 31 });
    expect(blocks[7]).toMatchObject({ start: '2028-02-01', end: '2028-02-29', days: 29 });
    expect(blocks[11]).toMatchObject({ start: '2028-06-01', end: '2028-06-30', days: 30 });
  });

  it('cuts month blocks from a custom start day (June 24)', () => {
    const { blocks } = blockCalendar(2026, { kind: 'calendar-months' }, { startMonth: 6, startDay: 24 });
    expect(blocks[0]).toMatchObject({ start: '2026-06-24', end: '2026-07-23' });
    expect(blocks[11]).toMatchObject({ start: '2027-05-24', end: '2027-06-23' });
  });

  it('cuts two-week blocks: 26 × 14 = 364, the 365th day on block 26', () => {
    const { blocks } = blockCalendar(2026, { kind: 'custom', lengthDays: 14 });
    expect(blocks).toHaveLength(26);
    expect(blocks[25]).toMatchObject({ start: '2027-06-16', end: '2027-06-30', days: 15 });
  });

  it('rejects block lengths that cannot cut the year', () => {
    expect(() => blockCalendar(2026, { kind: 'custom', lengthDays: 0 })).toThrow(/lengthDays/);
    expect(() => blockCalendar(2026, { kind: 'custom', lengthDays: 400 })).toThrow(/lengthDays/);
    expect(() => blockCalendar(2026, { kind: 'custom', lengthDays: 7.5 })).toThrow(/lengthDays/);
  });
});

describe('blockCalendar invariants', () => {
  it('tiles every year 2020–2032 without gaps or overlaps, for every kind', () => {
    const specs = [{ kind: 'calendar-months' }, { kind: 'four-week' }, { kind: 'four-week', remainder: 'separate' }, { kind: 'custom', lengthDays: 30 }] as const;
    for (let year = 2020; year <= 2032; year += 1) {
      const academicYear = academicYearRange(year);
      const days = Temporal.PlainDate.from(academicYear.start).until(Temporal.PlainDate.from(academicYear.end)).days + 1;
      for (const spec of specs) {
        const { blocks } = blockCalendar(academicYear, spec);
        expect(blocks[0]?.start).toBe(academicYear.start);
        expect(blocks.at(-1)?.end).toBe(academicYear.end);
        expect(blocks.reduce((sum, b) => sum + b.days, 0)).toBe(days);
        for (let i = 1; i < blocks.length; i += 1) {
          expect(Temporal.PlainDate.from(blocks[i - 1]!.end).add({ days: 1 }).toString()).toBe(blocks[i]!.start);
        }
      }
    }
  });
});
