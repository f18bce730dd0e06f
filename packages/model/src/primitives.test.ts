import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { InstantSchema, IsoDateSchema, LocalTimeSchema, PgyRangeSchema, TimeZoneSchema, instantEpochMs, isTimeZoneName } from './primitives';

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

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('instantEpochMs', () => {
  it('reads every instant InstantSchema accepts as Temporal.Instant.from does: offset, seconds, fractions to nine digits, any bracketed zone', () => {
    fc.assert(
      fc.property(
        // Wall-clock fields and an offset, written out by hand, so the text is not produced by either reader.
        fc.record({
          year: fc.integer({ min: 1900, max: 2100 }),
          month: fc.integer({ min: 1, max: 12 }),
          dayOfMonth: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
          fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
          offsetMinutes: fc.option(fc.integer({ min: -48, max: 56 }).map((q) => q * 15), { nil: undefined }),
          // Temporal.Instant.from reads the offset and ignores the zone, even one that contradicts it or does not exist.
          zone: fc.constantFrom('', '[America/Los_Angeles]', '[UTC]', '[Etc/GMT+5]', '[Not/A_Zone]'),
        }),
        ({ year, month, dayOfMonth, hour, minute, second, fraction, offsetMinutes, zone }) => {
          const seconds = second === undefined ? '' : `:${pad(second)}${fraction === undefined ? '' : `.${fraction}`}`;
          const offset = offsetMinutes === undefined ? 'Z' : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
          const text = `${year}-${pad(month)}-${pad(dayOfMonth)}T${pad(hour)}:${pad(minute)}${seconds}${offset}${zone}`;
          expect(InstantSchema.safeParse(text).success, text).toBe(true);
          expect(instantEpochMs(text)).toBe(Temporal.Instant.from(text).epochMilliseconds);
        },
      ),
      { numRuns: 500, seed: 1306 },
    );
  });

  it('gives the instant the offset fixes, whatever zone is named', () => {
    // 2026-11-01 is day 20,758 after 1970-01-01; 01:30 at UTC−8 is 09:30 UTC.
    expect(instantEpochMs('2026-11-01T01:30:00-08:00[America/Los_Angeles]')).toBe(20_758 * 86_400_000 + 9.5 * 3_600_000);
    expect(instantEpochMs('2026-07-06T07:00:00.1234+01:00')).toBe(Date.UTC(2026, 6, 6, 6, 0, 0, 123));
  });

  it('is only for what InstantSchema accepted: the forms it refuses (no offset, read as local time by Date.parse; hour 24; a leap second; lowercase; annotations other than a zone) never reach it', () => {
    for (const text of ['2026-07-06T07:00:00', '2026-07-06T24:00:00Z', '2016-12-31T23:59:60Z', '2026-07-06t07:00:00z', '2026-11-01T01:30:00-08:00[!America/Los_Angeles][u-ca=iso8601]', 'July 6']) {
      expect(InstantSchema.safeParse(text).success, text).toBe(false);
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
