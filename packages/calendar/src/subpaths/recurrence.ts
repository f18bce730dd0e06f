/**
 * `@gmekit/calendar/recurrence`: the general RFC 5545 recurrence machinery
 * under `expand` — RRULE text (`parseRRule`, `formatRRule`), a series
 * compiled once and expanded many times (`compileSeries`), lazy iteration
 * (`iterate`) and the RRULE vocabularies. `expand`, `RecurrenceError` and the
 * series types (`RecurrenceSeries`, `RecurrenceRule`, …) are at the package
 * root, with the GME-level functions that use them.
 *
 * @module recurrence
 */
export { compileSeries, FREQUENCIES, formatRRule, iterate, parseRRule, WEEKDAYS } from '../recurrence/index';
export type { CompiledSeries, ParseRRuleFailure, ParseRRuleResult, ParseRRuleSuccess, RecurrenceIssue } from '../recurrence/index';
