/**
 * US federal holidays with their observed dates, worked out from
 * 5 U.S.C. 6103 (https://www.law.cornell.edu/uscode/text/5/6103) and the OPM
 * rule for a Monday–Friday workweek
 * (https://www.opm.gov/policy-data-oversight/pay-leave/federal-holidays/):
 * a holiday on a Saturday is observed on the Friday before, one on a Sunday
 * on the Monday after (6103(b), Executive Order 11582 §3). So New Year's Day
 * of a year whose January 1 is a Saturday is observed on December 31 of the
 * previous year (2028-01-01 → 2027-12-31).
 *
 * The Monday holidays follow the Uniform Monday Holiday Act (Pub. L. 90-363),
 * in force from 1971: Washington's Birthday on the third Monday of February,
 * Memorial Day on the last Monday of May, Columbus Day on the second Monday
 * of October, and Veterans Day on the fourth Monday of October until 1977,
 * back on November 11 from 1978 (Pub. L. 94-97). Martin Luther King Jr. Day
 * (third Monday of January, Pub. L. 98-144) is included from 1986 and
 * Juneteenth National Independence Day from 2021 (Pub. L. 117-17, signed
 * June 17, 2021). Inauguration Day (6103(c)) is a holiday only
 * for federal employees in the Washington, D.C. area, so it is left out
 * unless asked for; when January 20 falls on a Sunday it is observed on
 * Monday January 21, and when it falls on a Saturday there is no day in lieu
 * (OPM), so the holiday is omitted that year.
 *
 * Supported years are 1971 (the first year of the Monday rules and of
 * Executive Order 11582's weekend observance) onward, as far as Temporal
 * dates reach; earlier years had different rules and are refused rather
 * than answered wrongly.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { CalendarInputError, toPlainDate } from '../academic/input-error';

/** Stable identifiers of the federal holidays. */
export type FederalHolidayId =
  | 'new-years-day'
  | 'martin-luther-king-jr-day'
  | 'inauguration-day'
  | 'washingtons-birthday'
  | 'memorial-day'
  | 'juneteenth'
  | 'independence-day'
  | 'labor-day'
  | 'columbus-day'
  | 'veterans-day'
  | 'thanksgiving-day'
  | 'christmas-day';

/** One federal holiday in one year. */
export interface FederalHoliday {
  /** Stable identifier. */
  readonly id: FederalHolidayId;
  /** Name as 5 U.S.C. 6103(a) writes it. */
  readonly name: string;
  /** The holiday's own date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The weekday it is observed on by a Monday–Friday workforce (differs from `date` on weekends). */
  readonly observed: string;
}

/** Options of {@link usFederalHolidays}. */
export interface FederalHolidayOptions {
  /**
   * Which date puts a holiday in the requested year: its own `date` (default)
   * or its `observed` date. With `observed`, 2027 includes New Year's Day 2028
   * (observed 2027-12-31) and 2022 leaves out New Year's Day 2022 (observed
   * 2021-12-31) — the list a closure calendar for one year needs.
   */
  readonly basis?: 'date' | 'observed';
  /** Include Inauguration Day (Washington, D.C. area only). Default false. */
  readonly includeInaugurationDay?: boolean;
}

/** First year {@link usFederalHolidays} answers: the Uniform Monday Holiday Act took effect in 1971. */
export const FEDERAL_HOLIDAYS_FIRST_YEAR = 1971;
// Temporal.PlainDate reaches +275760-09-13; the year after must still have a New Year's Day.
const LAST_YEAR = 275_758;
const FIRST_YEAR = FEDERAL_HOLIDAYS_FIRST_YEAR;

/** The n-th given ISO weekday (1 = Monday) of a month; n = -1 for the last. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Temporal.PlainDate {
  if (n > 0) {
    const first = new Temporal.PlainDate(year, month, 1);
    return first.add({ days: ((weekday - first.dayOfWeek + 7) % 7) + (n - 1) * 7 });
  }
  const first = new Temporal.PlainDate(year, month, 1);
  const last = first.with({ day: first.daysInMonth });
  return last.subtract({ days: (last.dayOfWeek - weekday + 7) % 7 });
}

function observedFor(date: Temporal.PlainDate): Temporal.PlainDate {
  if (date.dayOfWeek === 6) return date.subtract({ days: 1 });
  if (date.dayOfWeek === 7) return date.add({ days: 1 });
  return date;
}

function holiday(id: FederalHolidayId, name: string, date: Temporal.PlainDate, observed = observedFor(date)): FederalHoliday {
  return { id, name, date: date.toString(), observed: observed.toString() };
}

function holidaysOnDate(year: number, includeInaugurationDay: boolean): FederalHoliday[] {
  const d = (month: number, day: number) => new Temporal.PlainDate(year, month, day);
  const list: FederalHoliday[] = [holiday('new-years-day', "New Year's Day", d(1, 1))];
  if (year >= 1986) list.push(holiday('martin-luther-king-jr-day', 'Birthday of Martin Luther King, Jr.', nthWeekday(year, 1, 1, 3)));
  // 6103(c): January 20 of each fourth year after 1965.
  if (includeInaugurationDay && (year - 1965) % 4 === 0) {
    const jan20 = d(1, 20);
    if (jan20.dayOfWeek !== 6) {
      list.push(holiday('inauguration-day', 'Inauguration Day', jan20, jan20.dayOfWeek === 7 ? jan20.add({ days: 1 }) : jan20));
    }
  }
  list.push(holiday('washingtons-birthday', "Washington's Birthday", nthWeekday(year, 2, 1, 3)));
  list.push(holiday('memorial-day', 'Memorial Day', nthWeekday(year, 5, 1, -1)));
  if (year >= 2021) list.push(holiday('juneteenth', 'Juneteenth National Independence Day', d(6, 19)));
  list.push(holiday('independence-day', 'Independence Day', d(7, 4)));
  list.push(holiday('labor-day', 'Labor Day', nthWeekday(year, 9, 1, 1)));
  list.push(holiday('columbus-day', 'Columbus Day', nthWeekday(year, 10, 1, 2)));
  if (year <= 1977) list.push(holiday('veterans-day', 'Veterans Day', nthWeekday(year, 10, 1, 4)));
  else list.push(holiday('veterans-day', 'Veterans Day', d(11, 11)));
  list.push(holiday('thanksgiving-day', 'Thanksgiving Day', nthWeekday(year, 11, 4, 4)));
  list.push(holiday('christmas-day', 'Christmas Day', d(12, 25)));
  return list;
}

/**
 * The US federal holidays of a year, each with its own date and its observed
 * date.
 *
 * @param year - calendar year, 1971 or later
 * @param options - whether `year` selects by date or by observed date; Inauguration Day
 * @returns the holidays in date order
 * @throws `CalendarInputError` for a year before 1971 (or past Temporal's range)
 * @example
 * usFederalHolidays(2026).find((h) => h.id === 'independence-day');
 * // { id: 'independence-day', name: 'Independence Day', date: '2026-07-04', observed: '2026-07-03' }
 */
export function usFederalHolidays(year: number, options?: FederalHolidayOptions): FederalHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new CalendarInputError(
      'unsupported-year',
      ['year'],
      `year: federal holidays are computed from ${FIRST_YEAR} (the Uniform Monday Holiday Act) to ${LAST_YEAR}, got ${year}`,
    );
  }
  const inauguration = options?.includeInaugurationDay ?? false;
  if ((options?.basis ?? 'date') === 'date') return holidaysOnDate(year, inauguration);
  const candidates = [...holidaysOnDate(year, inauguration)];
  if (year < LAST_YEAR) candidates.push(...holidaysOnDate(year + 1, inauguration).filter((h) => h.id === 'new-years-day'));
  return candidates.filter((h) => h.observed.startsWith(`${year}-`)).sort((a, b) => (a.observed < b.observed ? -1 : 1));
}

/**
 * Observed federal holiday dates between two dates (inclusive), for closure
 * calendars.
 *
 * @param from - first date, `YYYY-MM-DD`
 * @param to - last date (inclusive), `YYYY-MM-DD`
 * @param options - Inauguration Day
 * @returns holidays whose observed date falls in the span, in order
 * @throws `CalendarInputError` for invalid dates, a reversed span, or years before 1971
 * @example
 * observedFederalHolidaysBetween('2027-12-01', '2028-01-31').map((h) => h.observed);
 * // ['2027-12-24', '2027-12-31', '2028-01-17']
 */
export function observedFederalHolidaysBetween(
  from: string,
  to: string,
  options?: Pick<FederalHolidayOptions, 'includeInaugurationDay'>,
): FederalHoliday[] {
  const first = toPlainDate(from, ['from']);
  const last = toPlainDate(to, ['to']);
  if (Temporal.PlainDate.compare(last, first) < 0) {
    throw new CalendarInputError('invalid-window', ['to'], `to: ${to} is before from ${from}`);
  }
  const out: FederalHoliday[] = [];
  for (let year = first.year; year <= last.year; year += 1) {
    for (const h of usFederalHolidays(year, { basis: 'observed', ...options })) {
      if (h.observed >= from && h.observed <= to) out.push(h);
    }
  }
  return out;
}
