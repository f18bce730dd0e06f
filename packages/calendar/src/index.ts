/**
 * `@gmekit/calendar`: academic years, block calendars, PGY timelines,
 * curriculum layout, US federal holidays, an RFC 5545 recurrence engine,
 * conference expansion and iCalendar reading and writing, on Temporal,
 * correct in every time zone.
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
  compileSeries,
  DEFAULT_LIMIT,
  expand,
  formatRRule,
  FREQUENCIES,
  iterate,
  parseRRule,
  RecurrenceError,
  WEEKDAYS,
} from './recurrence/index';
export type {
  CompiledSeries,
  DateTimeValue,
  DateValue,
  ExpandOptions,
  ExpandWindow,
  FloatingDateTimeValue,
  Frequency,
  NonexistentPolicy,
  Occurrence,
  ParseRRuleFailure,
  ParseRRuleResult,
  ParseRRuleSuccess,
  RecurrenceErrorCode,
  RecurrenceIssue,
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
  decodeParamValue,
  DEFAULT_PRODID,
  encodeParamValue,
  escapeText,
  expandCalendar,
  foldLine,
  IcsWriteError,
  parseContentLine,
  parseICS,
  toICS,
  unescapeText,
  unfoldLines,
  vtimezoneLines,
  WINDOWS_ZONES,
  windowsToIana,
} from './ics/index';
export type {
  CalendarOccurrence,
  ContentLine,
  ContentLineError,
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
  UnfoldedLine,
} from './ics/index';
export { DEFAULT_MAX_CANDIDATES } from './recurrence/index';
export { DEFAULT_MAX_OCCURRENCES } from './ics/index';
export type { ExpandCalendarOptions } from './ics/index';
export { conferencesToICS } from './conferences/index';
export type { ConferencesToIcsOptions } from './conferences/index';
export { FEDERAL_HOLIDAYS_FIRST_YEAR } from './holidays/index';
