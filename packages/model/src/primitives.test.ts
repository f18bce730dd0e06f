import { describe, expect, it } from 'vitest';
import { InstantSchema, IsoDateSchema, LocalTimeSchema, PgyRangeSchema, TimeZoneSchema, isTimeZoneName } from './primitives';

describe('IsoDateSchema', () => {
  it.each(['2026-07-01', '2028-02-29', '2000-02-29', '2026-12-31'])('accepts the real date %s', (d) => {
    expect(IsoDateSchema.safeParse(d).success).toBe(true);
  });
  // 2027 is not a leap year; 1900 is divisible by 100 but not 400.
  it.each(['2027-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-7-1', '2026-07-01T00:00', ' 2026-07-01'])(
    'rejects %s',
    (d) => {
      expect(IsoDateSchema.safeParse(d).success).toBe(false);
    },
  );
  it('says what was expected', () => {
    const r = IsoDateSchema.safeParse('2026-7-1');
    expect(r.success ? '' : r.error.issues[0]?.message).toBe('expected a date as YYYY-MM-DD');
    const r2 = IsoDateSchema.safeParse('2027-02-29');
    expect(r2.success ? '' : r2.error.issues[0]?.message).toBe('expected a real calendar date');
  });
});

describe('LocalTimeSchema', () => {
  it('accepts 24-hour HH:MM times', () => {
    for (const t of ['00:00', '07:00', '12:00', '23:59']) expect(LocalTimeSchema.safeParse(t).success).toBe(true);
  });
  it('rejects other forms', () => {
    for (const t of ['24:00', '7:00', '12:60', '12:00:00', '12h00', 'noon']) expect(LocalTimeSchema.safeParse(t).success).toBe(false);
  });
});

describe('time-zone names', () => {
  it('accepts IANA names', () => {
    for (const z of ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Auckland', 'America/Argentina/Buenos_Aires', 'Etc/GMT+8']) {
      expect(isTimeZoneName(z), z).toBe(true);
    }
  });
  it('rejects offsets, abbreviations and unknown names', () => {
    for (const z of ['+05:00', 'PST', 'Pacific Standard Time', 'Mars/Olympus_Mons', '', 'america/los angeles']) {
      expect(isTimeZoneName(z), z).toBe(false);
    }
    expect(TimeZoneSchema.safeParse('Mars/Olympus_Mons').success).toBe(false);
  });
});

describe('InstantSchema', () => {
  it('accepts date-times with an offset or Z, optionally with a bracketed zone', () => {
    for (const t of ['2026-07-01T07:00:00-07:00', '2026-07-01T14:00Z', '2026-11-01T01:30:00-08:00[America/Los_Angeles]', '2026-07-01T07:00:00.123+05:30']) {
      expect(InstantSchema.safeParse(t).success, t).toBe(true);
    }
  });
  it('rejects local times without offset and impossible dates', () => {
    for (const t of ['2026-07-01T07:00:00', '2026-07-01', '2027-02-29T07:00:00Z', '2026-07-01T25:00:00Z']) {
      expect(InstantSchema.safeParse(t).success, t).toBe(false);
    }
  });
});

describe('PgyRangeSchema', () => {
  it('rejects a range that ends before it starts, at the end field', () => {
    const r = PgyRangeSchema.safeParse({ from: 4, to: 2 });
    expect(r.success).toBe(false);
    expect(r.success ? [] : r.error.issues[0]?.path).toEqual(['to']);
  });
});
