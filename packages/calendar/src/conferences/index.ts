/**
 * Conference series as recurrence series, their expansion into sessions with
 * holidays and closures, and conflicts with trainees' leave and rotations.
 *
 * @module
 */
export { conferenceSeriesToRecurrence } from './to-recurrence';
export type { ConferenceRecurrenceOptions, ConferenceRecurrenceResult } from './to-recurrence';
export type { ConferenceReadings } from './readings';
export { expandConferences } from './expand-conferences';
export type { ConferenceExpansion, DateWindow, ExpandConferencesOptions, UnplacedSeries } from './expand-conferences';
export type { ClosureReason, ConferenceOccurrence } from './occurrence';
export { ClosedDays } from './closures';
export type { Closure, ClosurePolicy, ClosureRules } from './closures';
export { detectConflicts } from './conflicts';
export type { Conflict, ConflictInput, ConflictReport } from './conflicts';
export { conferencesToICS } from './to-ics';
export type { ConferencesToIcsOptions } from './to-ics';
