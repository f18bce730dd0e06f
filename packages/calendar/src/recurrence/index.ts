/**
 * Public API of the RFC 5545 recurrence engine.
 *
 * @module
 */
export { parseRRule, formatRRule, FREQUENCIES, WEEKDAYS } from './rrule';
export type { ParseRRuleResult, ParseRRuleSuccess, ParseRRuleFailure } from './rrule';
export { expand, iterate, compileSeries, DEFAULT_LIMIT, DEFAULT_MAX_CANDIDATES } from './expand';
export type { CompiledSeries } from './expand';
export { RecurrenceError } from './errors';
export type { RecurrenceErrorCode, RecurrenceIssue } from './errors';
export type {
  DateValue,
  FloatingDateTimeValue,
  UtcDateTimeValue,
  ZonedDateTimeValue,
  DateTimeValue,
  Frequency,
  WeekdayCode,
  WeekdayNum,
  SkipPolicy,
  RecurrenceRule,
  RecurrenceOverride,
  RecurrenceSeries,
  Occurrence,
  ExpandWindow,
  NonexistentPolicy,
  ExpandOptions,
} from './types';
