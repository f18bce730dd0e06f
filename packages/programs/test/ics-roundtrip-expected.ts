// Readings tried on the catalog's conference series and what each gives over
// the six academic years 2026-07-01 … 2032-06-30 (Los Angeles), worked out
// by hand from the brochures in seeds/ and calendar arithmetic, not from
// gmekit's output.
//
// Which series can be placed on dates. Only the IR brochure gives clock
// times ("every Wednesday at noon", "every other Thursday at noon",
// "between 12:00 pm and 1:30 pm daily", "7 am to 8 am daily"); the Radiation
// Oncology brochure gives none ("Tuesday evening didactics" has a day but no
// time), and the Hospice & Palliative Medicine brochure names no conference
// series. So as the brochures state: Radiation Oncology 0 of 13, IR 1 of 9
// (the Wednesday pulmonary/critical care conference), Hospice 0 of 0. "Daily"
// is ambiguous (weekends or not) and "every other Thursday" does not say
// which Thursdays: those series need a reading.
//
// Calendar arithmetic. 2026-07-01 … 2032-06-30 is 6 × 365 + 2 (Feb 29 2028
// and 2032) = 2192 days = 313 weeks + 1 day. The first day is a Wednesday, so
// the extra day is Wednesday 2032-06-30: 314 Wednesdays, 313 of every other
// weekday, 313 × 5 + 1 = 1566 weekdays.
//
// Holidays (expandConferences' default: observed US federal holidays cancel
// sessions, and so does a holiday's own date when it falls on a weekend).
// Each academic year holds all 11 federal holidays once, each observed on a
// weekday (Saturday → Friday, Sunday → Monday), and every observed date of
// the six years lies inside the window (2026-07-04 Sat → Fri 2026-07-03;
// 2032-06-19 Sat → Fri 2032-06-18): 66 weekday closures. Own dates on a
// weekend: 2026-07-04, 2027-06-19, 2027-07-04, 2027-12-25, 2028-01-01,
// 2028-11-11, 2029-11-11, 2032-06-19: 8 more closed days.
// - Monday to Friday: 1566 - 66 = 1500 sessions.
// - Every day: 2192 - 66 - 8 = 2118 sessions.
// - Wednesdays: 314 minus the Wednesday closures Veterans Day 2026-11-11,
//   Independence Day 2029-07-04, Juneteenth 2030-06-19, Christmas
//   2030-12-25, New Year's Day 2031-01-01 (Monday holidays and Thanksgiving
//   never fall on a Wednesday) = 309.
// - Every other Thursday from 2026-07-02: ceil(313 / 2) = 157 Thursdays,
//   minus Thanksgiving 2030-11-28 and 2031-11-27 and Christmas 2031-12-25
//   (the other Thanksgivings fall on the off weeks) = 154.
import type { ConferenceReadings } from '@gmekit/calendar';
import type { Weekday } from '@gmekit/model';

/** What one placed series gives over the six years. */
export interface SeriesExpectation {
  /** Sessions held (holiday sessions cancelled). */
  readonly count: number;
  /** Local wall time of every session, `HH:MM`. */
  readonly time: string;
  /** ISO weekdays (1 = Monday) it meets on. */
  readonly weekdays: readonly number[];
}

/** A set of readings and its outcome. */
export interface Scenario {
  /** For the test's title. */
  readonly name: string;
  /** Readings per series id. */
  readonly readings: Readonly<Record<string, ConferenceReadings>>;
  /** Series that can be placed, by id, with their outcome; all others cannot. */
  readonly placed: Readonly<Record<string, SeriesExpectation>>;
}

const MO_FR: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const EVERY_DAY: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const PULMONARY = { 'ir-pulmonary-critical-care-conference': { count: 309, time: '12:00', weekdays: [3] } };

/** Number of conference series per program in the catalog, from the brochures. */
export const SERIES_PER_PROGRAM: Readonly<Record<string, number>> = {
  'kp-lamc-radiation-oncology': 13,
  'kp-lamc-interventional-radiology': 9,
  'kp-lamc-hospice-palliative-medicine': 0,
};

/**
 * The readings tried: none; both of the catalog's candidate readings of the
 * two "daily" IR series; and a Thursday supplied for "every other Thursday"
 * as an office would (a supplied value, reported as such, not a fact of the
 * brochure).
 */
export const SCENARIOS: readonly Scenario[] = [
  { name: 'as the brochures state', readings: {}, placed: PULMONARY },
  {
    name: '"daily" read as Monday to Friday',
    readings: {
      'ir-general-diagnostic-conferences': { frequency: 'weekdays', weekdays: MO_FR },
      'ir-am-conference': { frequency: 'weekdays', weekdays: MO_FR },
    },
    placed: {
      ...PULMONARY,
      'ir-general-diagnostic-conferences': { count: 1500, time: '12:00', weekdays: [1, 2, 3, 4, 5] },
      'ir-am-conference': { count: 1500, time: '07:00', weekdays: [1, 2, 3, 4, 5] },
    },
  },
  {
    name: '"daily" read as every day',
    readings: {
      'ir-general-diagnostic-conferences': { frequency: 'daily', weekdays: EVERY_DAY },
      'ir-am-conference': { frequency: 'daily', weekdays: EVERY_DAY },
    },
    placed: {
      ...PULMONARY,
      'ir-general-diagnostic-conferences': { count: 2118, time: '12:00', weekdays: [1, 2, 3, 4, 5, 6, 7] },
      'ir-am-conference': { count: 2118, time: '07:00', weekdays: [1, 2, 3, 4, 5, 6, 7] },
    },
  },
  {
    name: 'an anchor supplied for every other Thursday',
    readings: { 'ir-neurointerventional-conference': { anchorDate: '2026-07-02' } },
    placed: { ...PULMONARY, 'ir-neurointerventional-conference': { count: 154, time: '12:00', weekdays: [4] } },
  },
];

/**
 * The Sundays US clocks change in the window (second Sunday of March, first
 * Sunday of November, at 2 am local).
 */
export const DST_SUNDAYS: readonly string[] = [
  '2026-11-01', '2027-03-14', '2027-11-07', '2028-03-12', '2028-11-05', '2029-03-11',
  '2029-11-04', '2030-03-10', '2030-11-03', '2031-03-09', '2031-11-02', '2032-03-14',
];
