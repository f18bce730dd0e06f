// Conference-like series in America/Los_Angeles used by the round-trip tests.
// Rules are given as RRULE text and parsed by the recurrence engine, so the
// fixtures do not depend on its object layout. Expected counts over the six
// academic years 2026-07-01 … 2032-06-30 are worked out in comments.
import { parseRRule, type RecurrenceSeries } from '../../recurrence/index';
import type { IcsCalendar, IcsEvent } from '../types';

const LA = 'America/Los_Angeles';

/** A zoned Los Angeles wall time. */
export const la = (dateTime: string) => ({ type: 'zoned' as const, dateTime, timeZone: LA });

function rule(text: string): NonNullable<RecurrenceSeries['rrule']> {
  const r = parseRRule(text);
  if (!r.ok) throw new Error(`bad fixture rule ${text}: ${r.error.message}`);
  return r.rule;
}

/** One fixture series with its expected number of occurrences in the six-year window. */
export interface SeriesFixture {
  readonly event: IcsEvent;
  readonly expectedCount: number;
}

const stamp = '2026-06-01T00:00:00Z';

export const CONFERENCE_SERIES: readonly SeriesFixture[] = [
  {
    // 2026-07-01 … 2032-07-01 is 6 × 365 + 2 leap days = 2192 days = 313 weeks
    // + 1 day; the extra day is Wednesday 2032-06-30, so there are 313 Tuesdays.
    event: { uid: 'tumor-board@gmekit.test', dtstamp: stamp, summary: 'Tumor board', location: 'LAMC, Room 4', categories: ['tumor board'],
      series: { start: la('2026-07-07T07:00:00'), end: la('2026-07-07T08:00:00'), rrule: rule('FREQ=WEEKLY;BYDAY=TU') } },
    expectedCount: 313,
  },
  {
    // 313 Thursdays from 2026-07-02 (the first day is a Wednesday, so
    // Thursdays also number 313); every other one from the first: ceil(313 / 2) = 157.
    event: { uid: 'journal-club@gmekit.test', dtstamp: stamp, summary: 'Journal club',
      series: { start: la('2026-07-02T12:00:00'), duration: 'PT1H', rrule: rule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH') } },
    expectedCount: 157,
  },
  {
    // Every month has at least four Tuesdays: 72 months × 2 = 144.
    event: { uid: 'mm@gmekit.test', dtstamp: stamp, summary: 'M&M; quality, safety', description: 'Morbidity and mortality.\nAll residents.',
      series: { start: la('2026-07-14T12:00:00'), duration: 'PT1H30M', rrule: rule('FREQ=MONTHLY;BYDAY=2TU,4TU') } },
    expectedCount: 144,
  },
  {
    // Last Friday of each month from July 2026 through June 2028 (UNTIL is the
    // June 30 2028 end of day in Los Angeles, 07:00Z on July 1): 24 months.
    event: { uid: 'chart-rounds@gmekit.test', dtstamp: stamp, summary: 'Chart rounds',
      series: { start: la('2026-07-31T16:00:00'), duration: 'PT1H', rrule: rule('FREQ=MONTHLY;BYDAY=-1FR;UNTIL=20280701T065959Z') } },
    expectedCount: 24,
  },
  {
    // COUNT=100 on Mondays, Wednesdays and Fridays: all 100 fall inside the window.
    event: { uid: 'physics@gmekit.test', dtstamp: stamp, summary: 'Physics lecture',
      series: { start: la('2026-07-06T06:30:00'), duration: 'PT45M', rrule: rule('FREQ=WEEKLY;BYDAY=MO,WE,FR;COUNT=100') } },
    expectedCount: 100,
  },
  {
    // July 1 of 2026 … 2031 (July 1 2032 is after the window): 6 all-day days.
    event: { uid: 'orientation@gmekit.test', dtstamp: stamp, summary: 'Orientation day',
      series: { start: { type: 'date', date: '2026-07-01' }, end: { type: 'date', date: '2026-07-02' }, rrule: rule('FREQ=YEARLY') } },
    expectedCount: 6,
  },
  {
    // Wednesdays 2026-09-02 … 2026-12-16 at 17:00 (COUNT=16), minus the EXDATE
    // on Nov 25 (Thanksgiving eve) and the cancelled Dec 16: 14; the Oct 14
    // instance moves to Thursday Oct 15 (still one occurrence).
    event: { uid: 'board-review@gmekit.test', dtstamp: stamp, summary: 'Board review',
      series: {
        start: la('2026-09-02T17:00:00'), duration: 'PT2H', rrule: rule('FREQ=WEEKLY;BYDAY=WE;COUNT=16'),
        exdates: [la('2026-11-25T17:00:00')],
        overrides: [
          { recurrenceId: la('2026-10-14T17:00:00'), start: la('2026-10-15T17:00:00'), end: la('2026-10-15T19:00:00') },
          { recurrenceId: la('2026-12-16T17:00:00'), cancelled: true },
        ],
      },
      instances: [{ recurrenceId: la('2026-10-14T17:00:00'), summary: 'Board review (moved)' }] },
    expectedCount: 14,
  },
  {
    // All-day Fridays from 2026-07-03, COUNT=10 (Jul 3 … Sep 4), minus the
    // EXDATE on Friday Jul 31, plus an RDATE on Monday Jul 6: 10 - 1 + 1 = 10.
    event: { uid: 'wellness-day@gmekit.test', dtstamp: stamp, summary: 'Wellness day',
      series: { start: { type: 'date', date: '2026-07-03' }, end: { type: 'date', date: '2026-07-04' }, rrule: rule('FREQ=WEEKLY;BYDAY=FR;COUNT=10'),
        exdates: [{ type: 'date', date: '2026-07-31' }], rdates: [{ type: 'date', date: '2026-07-06' }] } },
    expectedCount: 10,
  },
  {
    // A single timed event and a single all-day event: one each.
    event: { uid: 'graduation@gmekit.test', dtstamp: stamp, summary: 'Graduation', series: { start: la('2027-06-18T18:00:00'), end: la('2027-06-18T21:00:00') } },
    expectedCount: 1,
  },
  {
    event: { uid: 'retreat@gmekit.test', dtstamp: stamp, summary: 'Résidents’ retreat 🏖️', series: { start: { type: 'date', date: '2027-03-12' }, end: { type: 'date', date: '2027-03-14' } } },
    expectedCount: 1,
  },
];

/** The fixture calendar. */
export function conferenceCalendar(series: readonly SeriesFixture[] = CONFERENCE_SERIES): IcsCalendar {
  return {
    name: 'Conferences',
    description: 'Weekly and monthly conferences',
    refreshInterval: 'P1D',
    prodId: '-//gmekit//tests//EN',
    events: series.map((s) => s.event),
  };
}
