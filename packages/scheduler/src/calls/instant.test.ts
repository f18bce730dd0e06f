import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { SchedulingInputError } from '../problem/input-error';
import { instantMs } from './instant';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('instantMs', () => {
  it('reads every plain instant (offset, optional seconds and milliseconds, optional zone name) as Temporal.Instant.from does', () => {
    fc.assert(
      fc.property(
        // Wall-clock fields and an offset, written out by hand, so the text is not produced by either reader.
        fc.record({
          year: fc.integer({ min: 1970, max: 2100 }),
          month: fc.integer({ min: 1, max: 12 }),
          dayOfMonth: fc.integer({ min: 1, max: 28 }),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
          milli: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
          offsetMinutes: fc.option(fc.integer({ min: -48, max: 56 }).map((q) => q * 15), { nil: undefined }),
          // Temporal.Instant.from reads the offset and ignores the zone, even one that contradicts it or does not exist.
          zone: fc.constantFrom('', '[America/Los_Angeles]', '[UTC]', '[Etc/GMT+5]', '[Not/A_Zone]'),
        }),
        ({ year, month, dayOfMonth, hour, minute, second, milli, offsetMinutes, zone }) => {
          const seconds = second === undefined ? '' : `:${pad(second)}${milli === undefined ? '' : `.${pad(milli, 3)}`}`;
          const offset = offsetMinutes === undefined ? 'Z' : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offsetMinutes) / 60))}:${pad(Math.abs(offsetMinutes) % 60)}`;
          const text = `${year}-${pad(month)}-${pad(dayOfMonth)}T${pad(hour)}:${pad(minute)}${seconds}${offset}${zone}`;
          expect(instantMs(text, ['x'])).toBe(Temporal.Instant.from(text).epochMilliseconds);
        },
      ),
      { numRuns: 500, seed: 1306 },
    );
  });

  it('hands the other forms to Temporal: a critical or calendar annotation, a leap second, a lowercase separator, a long fraction', () => {
    // 2026-11-01 is day 20,758 after 1970-01-01; 01:30 at UTC−8 is 09:30 UTC.
    expect(instantMs('2026-11-01T01:30:00-08:00[America/Los_Angeles]', ['x'])).toBe(20_758 * 86_400_000 + 9.5 * 3_600_000);
    expect(instantMs('2026-11-01T01:30:00-08:00[!America/Los_Angeles][u-ca=iso8601]', ['x'])).toBe(20_758 * 86_400_000 + 9.5 * 3_600_000);
    // Temporal reads 23:59:60 as 23:59:59; Date.parse would give NaN.
    expect(instantMs('2016-12-31T23:59:60Z', ['x'])).toBe(Date.UTC(2016, 11, 31, 23, 59, 59));
    expect(instantMs('2026-07-06t07:00:00z', ['x'])).toBe(Date.UTC(2026, 6, 6, 7));
    expect(instantMs('2026-07-06T07:00:00.1234+01:00', ['x'])).toBe(Date.UTC(2026, 6, 6, 6, 0, 0, 123));
  });

  it('refuses what is no instant, with its path: no offset (Date.parse would read local time), hour 24', () => {
    for (const text of ['2026-07-06T07:00:00', '2026-07-06T24:00:00Z', 'July 6']) {
      expect(() => instantMs(text, ['history', 'workPeriods', 3, 'start'])).toThrow(SchedulingInputError);
      expect(() => instantMs(text, ['history', 'workPeriods', 3, 'start'])).toThrow(`history.workPeriods.3.start: "${text}" is not an instant with an offset`);
    }
  });
});
