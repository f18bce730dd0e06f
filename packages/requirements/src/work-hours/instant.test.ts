import { daysFromCivil, daysOfIsoDate, formatIsoDate } from '@gmekit/model';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { instantMs, parseInstant } from './instant';

describe('instantMs', () => {
  it('agrees with Temporal on the forms InstantSchema accepts', () => {
    for (const text of [
      '2026-07-01T07:00-07:00',
      '2026-07-01T07:00:00-07:00',
      '2026-07-01T07:00:00.5Z',
      '2026-07-01T07:00:00.25+05:30',
      '2026-07-01T07:00:00.123456789+05:45',
      '2028-02-29T23:59:59-12:00',
      '1999-12-31T00:00:00+14:00[Pacific/Kiritimati]',
    ]) {
      const expected = Temporal.Instant.from(text.replace(/\[.*\]$/, '')).epochMilliseconds;
      expect(instantMs(text), text).toBe(expected);
    }
  });

  it('rejects what is not an instant', () => {
    for (const text of ['2026-07-01T07:00:00', '2026-07-01 07:00Z', '2027-02-29T07:00Z', '2026-13-01T07:00Z', '2026-07-01T24:00Z', '2026-07-01T07:60Z', '2026-07-01T07:00:00.Z', '2026-07-01T07:00Z[bad zone]', '2026-07-01T07:00Zx', '2026-07-01T07:00+1:00']) {
      expect(instantMs(text), text).toBeNaN();
    }
  });

  it('returns the zone and offset', () => {
    expect(parseInstant('2026-07-01T07:00:00-07:00[America/Los_Angeles]')).toEqual({ ms: Date.UTC(2026, 6, 1, 14), zone: 'America/Los_Angeles', offsetMinutes: -420 });
    expect(parseInstant('2026-07-01T07:00:00Z')?.zone).toBeUndefined();
  });
});

describe('instantMs against Date.parse', () => {
  it('decodes random instants of years 1–9999 (inside and outside the month table) with any offset, seconds and fraction', () => {
    const pad = (n: number, w = 2) => String(n).padStart(w, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.option(fc.integer({ min: 0, max: 59 })),
        fc.option(fc.integer({ min: 0, max: 999 })),
        fc.integer({ min: -23 * 60 - 59, max: 23 * 60 + 59 }),
        fc.boolean(),
        (y, mo, d, h, mi, sec, frac, offset, zone) => {
          const date = `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
          const time = `${pad(h)}:${pad(mi)}${sec === null ? '' : `:${pad(sec)}${frac === null ? '' : `.${pad(frac, 3)}`}`}`;
          const abs = Math.abs(offset);
          const text = `${date}T${time}${offset === 0 ? 'Z' : `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`}`;
          const expected = Date.parse(text);
          const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
          const real = d <= ([31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] ?? 0);
          const ms = instantMs(zone ? `${text}[Europe/Paris]` : text);
          if (!real || Number.isNaN(expected)) expect(ms).toBeNaN();
          else expect([text, ms]).toEqual([text, expected]);
        },
      ),
      { seed: 11, numRuns: 3000 },
    );
  });
});

describe('epoch days', () => {
  it('round-trips dates and matches Date.UTC', () => {
    for (const iso of ['1970-01-01', '1969-12-31', '2000-02-29', '2026-07-01', '2100-03-01', '0001-01-01']) {
      const day = daysOfIsoDate(iso);
      expect(formatIsoDate(day)).toBe(iso);
    }
    expect(daysFromCivil(2026, 7, 1)).toBe(Date.UTC(2026, 6, 1) / 86_400_000);
  });
});
