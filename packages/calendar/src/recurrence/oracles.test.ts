/**
 * Differential tests against two independent engines (dev-only oracles):
 * rrule-temporal for zoned series, ical.js for floating wall-clock series.
 *
 * Generator constraints, where the oracles are known to differ from
 * RFC 5545 or from each other, rather than weaker assertions:
 * - times stay between 06:00 and 22:59, away from DST transitions, because
 *   rrule-temporal and this engine agree on gaps only for rules whose hour
 *   never lands in one (gap handling has its own hand-worked tests);
 * - no BYWEEKNO (the oracles differ on weeks straddling a year end; the RFC
 *   examples cover it), no BYSETPOS on HOURLY/MINUTELY, and for ical.js
 *   BYSETPOS on MONTHLY rules only (ical.js ignores it on YEARLY and WEEKLY
 *   rules, returning every Monday for `FREQ=YEARLY;BYDAY=MO;BYSETPOS=1`), and
 *   no BYHOUR/BYMINUTE on YEARLY and MONTHLY rules for ical.js (it does not
 *   expand them right: `FREQ=YEARLY;BYHOUR=6,7` gives one instance a year
 *   there, two by RFC 5545, and `FREQ=MONTHLY;BYDAY=1MO;BYHOUR=6,7` gives
 *   67 instances over two years where RFC 5545 gives 2 × 24 = 48);
 * - for ical.js number lists are written ascending (it returns a period's
 *   instances in list order, `BYMINUTE=45,0` gives :45 before :00, and
 *   `FREQ=MONTHLY;BYMONTH=2,1` skips the Januaries);
 * - BYDAY holds plain weekdays or ordinal ones, not both (rrule-temporal
 *   drops the plain ones: yearly `BYDAY=MO,1TH` gives first Thursdays only,
 *   where RFC 5545 also has every Monday);
 * - no BYMONTH on MONTHLY rules for ical.js (`FREQ=MONTHLY;BYMONTH=2` from
 *   2020-01-01 misses 2020-02-01 there);
 * - no BYMONTH/BYMONTHDAY on HOURLY/MINUTELY rules for ical.js (it steps
 *   every period and does not return on `FREQ=HOURLY;BYMONTHDAY=-1`), and
 *   no negative BYMONTHDAY on DAILY rules for ical.js (`FREQ=DAILY;BYMONTHDAY=-1`
 *   never returns there either);
 * - BYSETPOS only 1 or -1, no BYMONTHDAY beside ordinal weekdays (or beside
 *   weekdays on DAILY rules), no INTERVAL beside limiting parts, so every
 *   generated rule has instances often (on a rule that never happens ical.js
 *   loops forever and rrule-temporal throws at its iteration cap);
 * - ical.js leaves a DTSTART that does not match the rule out of the set
 *   (RFC 5545 §3.3.10 counts it as the first instance), so ical.js is
 *   compared from one FREQ period after DTSTART and without COUNT (in
 *   DTSTART's own period ical.js skips some limits: `FREQ=DAILY;BYDAY=MO;BYHOUR=7`
 *   from Wednesday 06:00 gives Wednesday 07:00, and
 *   `FREQ=MONTHLY;BYMONTH=1;BYDAY=1MO` from 2022-05-01 gives 2022-05-02);
 *   rrule-temporal runs with
 *   `includeDtstart`, which counts it the RFC way.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { RRuleTemporal } from 'rrule-temporal';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { expand, formatRRule, type Frequency, type RecurrenceRule, type WeekdayCode } from './index';

const ZONES = ['America/Los_Angeles', 'America/New_York', 'Europe/London', 'Australia/Sydney', 'Asia/Kolkata', 'UTC'];
const DAYS: WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const pad = (n: number): string => String(n).padStart(2, '0');

function ruleArb(freqs: readonly Frequency[], oracleIsRrule: boolean): fc.Arbitrary<RecurrenceRule> {
  return fc
    .record({
      freq: fc.constantFrom(...freqs),
      interval: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
      byMonth: fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      byMonthDay: fc.option(fc.uniqueArray(fc.oneof(fc.integer({ min: 1, max: 28 }), fc.integer({ min: -3, max: -1 })), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      plainDays: fc.option(fc.uniqueArray(fc.constantFrom(...DAYS), { minLength: 1, maxLength: 3 }), { nil: undefined }),
      ordinalDays: fc.option(fc.uniqueArray(fc.tuple(fc.constantFrom(...DAYS), fc.constantFrom(1, 2, 3, 4, -1, -2)), { minLength: 1, maxLength: 2, selector: (t) => t.join() }), { nil: undefined }),
      byHour: fc.option(fc.uniqueArray(fc.integer({ min: 6, max: 22 }), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      byMinute: fc.option(fc.uniqueArray(fc.constantFrom(0, 15, 30, 45), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      bySetPos: fc.option(fc.uniqueArray(fc.constantFrom(1, -1), { minLength: 1, maxLength: 2 }), { nil: undefined }),
      wkst: fc.option(fc.constantFrom<WeekdayCode>('MO', 'SU'), { nil: undefined }),
    })
    .map((r) => {
      const out: { -readonly [K in keyof RecurrenceRule]: RecurrenceRule[K] } = { freq: r.freq };
      const coarse = r.freq === 'YEARLY' || r.freq === 'MONTHLY';
      const subDaily = r.freq === 'HOURLY' || r.freq === 'MINUTELY';
      // ical.js walks HOURLY/MINUTELY rules one period at a time and never
      // returns on some (FREQ=HOURLY;BYMONTHDAY=-1), so those stay day-level free.
      const icalSlow = subDaily && !oracleIsRrule;
      const order = (v: number[]): number[] => (oracleIsRrule ? v : [...v].sort((a, b) => a - b));
      if (r.byMonth !== undefined && !icalSlow && (oracleIsRrule || r.freq !== 'MONTHLY')) out.byMonth = order(r.byMonth);
      const ordinals = coarse ? (r.ordinalDays ?? []).map(([day, ordinal]) => ({ day, ordinal })) : [];
      // An ordinal weekday and a month day rarely meet (1MO on the 20th never
      // does); rrule-temporal then runs into its iteration cap.
      const monthDays = !oracleIsRrule && !coarse ? r.byMonthDay?.filter((d) => d > 0) : r.byMonthDay;
      if (monthDays !== undefined && monthDays.length > 0 && r.freq !== 'WEEKLY' && ordinals.length === 0 && !icalSlow) out.byMonthDay = order(monthDays);
      const byDay = ordinals.length > 0 ? ordinals : (r.plainDays ?? []).map((day) => ({ day }));
      if (byDay.length > 0) out.byDay = byDay;
      const timesExpand = oracleIsRrule || !coarse;
      if (r.byHour !== undefined && !subDaily && timesExpand) out.byHour = order(r.byHour);
      if (r.byMinute !== undefined && r.freq !== 'MINUTELY' && timesExpand) out.byMinute = order(r.byMinute);
      if (r.bySetPos !== undefined && (r.freq === 'MONTHLY' || (r.freq !== 'YEARLY' && !subDaily && oracleIsRrule)) && (out.byDay !== undefined || out.byMonthDay !== undefined)) out.bySetPos = r.bySetPos;
      if (out.byMonthDay !== undefined && out.byDay !== undefined && !coarse) delete out.byMonthDay;
      // INTERVAL with limiting parts can make a rule that never happens
      // (every other month, but only in February, from January), on which
      // ical.js loops forever and rrule-temporal throws.
      const limited = out.byMonth !== undefined || (out.byMonthDay !== undefined && out.byDay !== undefined) || (!coarse && r.freq !== 'WEEKLY' && (out.byDay !== undefined || out.byMonthDay !== undefined));
      if (r.interval !== undefined && !limited) out.interval = r.interval;
      if (r.wkst !== undefined) out.wkst = r.wkst;
      return out;
    });
}

const startArb = fc.record({
  day: fc.integer({ min: 0, max: 3650 }),
  hour: fc.integer({ min: 6, max: 22 }),
  minute: fc.constantFrom(0, 30),
});

function startText(s: { day: number; hour: number; minute: number }): string {
  const d = Temporal.PlainDate.from('2020-01-01').add({ days: s.day });
  return `${d.toString()}T${pad(s.hour)}:${pad(s.minute)}:00`;
}

const compact = (iso: string): string => iso.replace(/[-:]/g, '');

describe('differential: rrule-temporal (zoned, RFC DTSTART counting)', () => {
  it('agrees on COUNT-bounded series in six zones', () => {
    fc.assert(
      fc.property(ruleArb(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY'], true), startArb, fc.constantFrom(...ZONES), fc.integer({ min: 1, max: 12 }), (rule, s, zone, count) => {
        const start = startText(s);
        const withCount = { ...rule, count };
        const oracle = new RRuleTemporal({ rruleString: `DTSTART;TZID=${zone}:${compact(start)}\nRRULE:${formatRRule(withCount)}`, includeDtstart: true, maxIterations: 2000 });
        const expected = oracle.all().map((z) => z.toInstant().toString());
        const got = expand({ start: { type: 'zoned', dateTime: start, timeZone: zone }, rrule: withCount });
        expect(got.map((o) => o.startInstant)).toEqual(expected);
      }),
      { seed: 5545, numRuns: 60 },
    );
  });

  it('agrees on a window of a series without COUNT', () => {
    fc.assert(
      fc.property(ruleArb(['MONTHLY', 'WEEKLY', 'DAILY'], true), startArb, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 900 }), (rule, s, zone, offsetDays) => {
        const start = startText(s);
        const from = Temporal.PlainDateTime.from(start).add({ days: offsetDays }).toZonedDateTime(zone);
        const to = from.add({ days: 60 });
        const oracle = new RRuleTemporal({ rruleString: `DTSTART;TZID=${zone}:${compact(start)}\nRRULE:${formatRRule(rule)}`, includeDtstart: true, maxIterations: 2000 });
        const expected = oracle
          .all((z) => z.epochMilliseconds < to.epochMilliseconds)
          .filter((z) => z.epochMilliseconds >= from.epochMilliseconds)
          .map((z) => z.toInstant().toString());
        const got = expand({ start: { type: 'zoned', dateTime: start, timeZone: zone }, rrule: rule }, { start: from.toInstant().toString(), end: to.toInstant().toString() });
        expect(got.map((o) => o.startInstant)).toEqual(expected);
      }),
      { seed: 7529, numRuns: 40 },
    );
  });
});

describe('differential: ical.js (floating wall clock)', () => {
  it('agrees after DTSTART over two years, including HOURLY and MINUTELY rules', () => {
    fc.assert(
      fc.property(ruleArb(['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY'], false), startArb, (rule, s) => {
        const start = startText(s);
        const span = rule.freq === 'MINUTELY' ? { days: 2 } : rule.freq === 'HOURLY' ? { days: 20 } : { years: 2 };
        const end = Temporal.PlainDateTime.from(start).add(span).toString();
        const periods: Partial<Record<Frequency, Temporal.DurationLike>> = { YEARLY: { years: 1 }, MONTHLY: { months: 1 }, WEEKLY: { weeks: 1 } };
        const firstPeriod = periods[rule.freq] ?? { days: 1 };
        const nextDay = `${Temporal.PlainDate.from(start.slice(0, 10)).add(firstPeriod).toString()}T00:00:00`;
        const iter = ICAL.Recur.fromString(formatRRule(rule)).iterator(ICAL.Time.fromDateTimeString(start));
        const expected: string[] = [];
        // ical.js returns null past the end of a finite rule, which its types do not say.
        const next = (): ICAL.Time | null => iter.next();
        for (let t = next(); t !== null && expected.length < 5000; t = next()) {
          const text = t.toString();
          if (text >= end) break;
          if (text >= nextDay) expected.push(text);
        }
        const got = expand({ start: { type: 'floating', dateTime: start }, rrule: rule }, { start: nextDay, end });
        expect(got.map((o) => (o.start.type === 'floating' ? o.start.dateTime : ''))).toEqual(expected);
      }),
      { seed: 2445, numRuns: 60 },
    );
  });
});
