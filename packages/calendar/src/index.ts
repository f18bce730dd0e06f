/**
 * `@gmekit/calendar`: academic years, block calendars, PGY timelines,
 * curriculum layout, US federal holidays, recurring series (`expand`),
 * conference expansion and iCalendar reading and writing, on Temporal,
 * correct in every time zone. The general RFC 5545 machinery is under
 * `@gmekit/calendar/recurrence` (RRULE text, compiled series, iteration) and
 * `@gmekit/calendar/ics` (content lines, folding, escaping, parameter codecs,
 * VTIMEZONE lines, Windows zones).
 *
 * @packageDocumentation
 */
export {
  academicYearOf,
  academicYearRange,
  academicYearsBetween,
  blockCalendar,
  CalendarInputError,
  isInAcademicYear,
} from './academic/index';
export type {
  AcademicYear,
  AcademicYearOptions,
  BlockCalendar,
  BlockCalendarSpec,
  BlockRemainder,
  CalendarBlock,
  CalendarInputErrorCode,
} from './academic/index';
export {
  observedFederalHolidaysBetween,
  usFederalHolidays,
} from './holidays/index';
export type {
  FederalHoliday,
  FederalHolidayId,
  FederalHolidayOptions,
} from './holidays/index';
export {
  layoutCurriculum,
  pgyTimeline,
} from './timeline/index';
export type {
  CurriculumLayout,
  DatedBlock,
  LaidOutYear,
  LayoutOptions,
  LayoutStart,
  LeaveAllowance,
  LeaveAveraging,
  LeaveSpan,
  LeaveTally,
  LengthBounds,
  OpenSlot,
  PgyTimeline,
  PgyTimelineInput,
  PgyYear,
  PlacedBlock,
  ProgramLength,
  RangedBlock,
  TrainingExtension,
  UnplacedBlock,
  UnplacedReason,
} from './timeline/index';
export {
  DEFAULT_LIMIT,
  expand,
  RecurrenceError,
} from './recurrence/index';
export type {
  DateTimeValue,
  DateValue,
  ExpandOptions,
  ExpandWindow,
  FloatingDateTimeValue,
  Frequency,
  NonexistentPolicy,
  Occurrence,
  RecurrenceErrorCode,
  RecurrenceOverride,
  RecurrenceRule,
  RecurrenceSeries,
  SkipPolicy,
  UtcDateTimeValue,
  WeekdayCode,
  WeekdayNum,
  ZonedDateTimeValue,
} from './recurrence/index';
export {
  ClosedDays,
  conferenceSeriesToRecurrence,
  detectConflicts,
  expandConferences,
} from './conferences/index';
export type {
  Closure,
  ClosurePolicy,
  ClosureReason,
  ClosureRules,
  ConferenceExpansion,
  ConferenceOccurrence,
  ConferenceReadings,
  ConferenceRecurrenceOptions,
  ConferenceRecurrenceResult,
  Conflict,
  ConflictInput,
  ConflictReport,
  DateWindow,
  ExpandConferencesOptions,
  UnplacedSeries,
} from './conferences/index';
export {
  DEFAULT_PRODID,
  expandCalendar,
  IcsWriteError,
  parseICS,
  toICS,
} from './ics/index';
export type {
  CalendarOccurrence,
  ExpandCalendarResult,
  IcsCalendar,
  IcsComponent,
  IcsEvent,
  IcsFinding,
  IcsInstanceDetails,
  IcsParameter,
  IcsProperty,
  ParseIcsResult,
  ToIcsOptions,
} from './ics/index';
export { DEFAULT_MAX_CANDIDATES } from './recurrence/index';
export { DEFAULT_MAX_OCCURRENCES } from './ics/index';
export type { ExpandCalendarOptions } from './ics/index';
export { conferencesToICS } from './conferences/index';
export type { ConferencesToIcsOptions } from './conferences/index';
export { FEDERAL_HOLIDAYS_FIRST_YEAR } from './holidays/index';
