/**
 * The slice of the recurrence engine the iCalendar layer uses, in one place.
 *
 * @module
 */
export { parseRRule, formatRRule, expand, iterate, RecurrenceError } from '../recurrence';
export type { DateTimeValue, RecurrenceRule, RecurrenceOverride, RecurrenceSeries, Occurrence, ExpandWindow, ExpandOptions } from '../recurrence';
