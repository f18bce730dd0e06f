import { describe, expect, it } from 'vitest';
import fixture from './__fixtures__/rfc5545-examples.json' with { type: 'json' };
import { expand, parseRRule, type RecurrenceSeries } from './index';

const NY = fixture.timeZone;

/**
 * UTC offset the RFC's EDT/EST labels stand for, from the U.S. rules in force
 * (1987–2006: first Sunday of April to last Sunday of October; from 2007:
 * second Sunday of March to first Sunday of November). Written with UTC Date
 * arithmetic only, independent of the engine and of Temporal.
 */
function usEasternOffsetHours(localIso: string): number {
  const [datePart] = localIso.split('T');
  const [y, m, d] = (datePart ?? '').split('-').map(Number) as [number, number, number];
  const nthSunday = (month: number, n: number): number => {
    const firstDow = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - firstDow) % 7) + 7 * (n - 1);
  };
  const lastSunday = (month: number): number => {
    const last = new Date(Date.UTC(y, month, 0));
    return last.getUTCDate() - last.getUTCDay();
  };
  const start = y >= 2007 ? [3, nthSunday(3, 2)] : [4, nthSunday(4, 1)];
  const end = y >= 2007 ? [11, nthSunday(11, 1)] : [10, lastSunday(10)];
  const key = m * 100 + d;
  const inDst = key >= (start[0] ?? 0) * 100 + (start[1] ?? 0) && key < (end[0] ?? 0) * 100 + (end[1] ?? 0);
  return inDst ? -4 : -5;
}

function expectedInstant(localIso: string): string {
  const ms = Date.parse(`${localIso}Z`) - usEasternOffsetHours(localIso) * 3_600_000;
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

describe('RFC 5545 §3.8.5.3 examples (America/New_York)', () => {
  it('covers every example of the section', () => {
    expect(fixture.examples.length).toBe(39);
  });

  for (const ex of fixture.examples) {
    for (const text of ex.rrules) {
      it(`${ex.title} — ${text}`, () => {
        const parsed = parseRRule(text);
        if (!parsed.ok) throw new Error(parsed.error.message);
        const series: RecurrenceSeries = {
          start: { type: 'zoned', dateTime: ex.dtstart, timeZone: NY },
          rrule: parsed.rule,
          ...('exdates' in ex ? { exdates: ex.exdates.map((dateTime) => ({ type: 'zoned' as const, dateTime, timeZone: NY })) } : {}),
        };
        const got = 'window' in ex ? expand(series, ex.window) : expand(series);
        expect(got.map((o) => o.start.type === 'zoned' && o.start.dateTime)).toEqual(ex.expected);
        expect(got.map((o) => o.startInstant)).toEqual(ex.expected.map(expectedInstant));
      });
    }
  }
});
