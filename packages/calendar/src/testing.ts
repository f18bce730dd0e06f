/**
 * `@gmekit/calendar/testing`: a seeded iCalendar fuzzer for tests and
 * benchmarks of `parseICS` and `expandCalendar`. Not part of the library API.
 *
 * @packageDocumentation
 */
export { fuzzICS } from './ics/fuzz';
export type { FuzzAdversarial, FuzzOptions, FuzzReport } from './ics/fuzz';
