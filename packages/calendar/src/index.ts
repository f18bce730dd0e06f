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
  isInAcademicYear,
} from './academic/academic-year';
export type {
  AcademicYear,
  AcademicYearOptions,
} from './academic/academic-year';
export {
  blockCalendar,
} from './academic/block-calendar';
export type {
  BlockCalendar,
  BlockCalendarSpec,
  BlockRemainder,
  CalendarBlock,
} from './academic/block-calendar';
export {
  CalendarInputError,
} from './academic/input-error';
export type {
  CalendarInputErrorCode,
} from './academic/input-error';
export {
  observedFederalHolidaysBetween,
  usFederalHolidays,
} from './holidays/federal';
export type {
  FederalHoliday,
  FederalHolidayId,
  FederalHolidayOptions,
} from './holidays/federal';
export {
  pgyTimeline,
} from './timeline/pgy-timeline';
export type {
  LeaveAllowance,
  LeaveAveraging,
  LeaveSpan,
  LeaveTally,
  PgyTimeline,
  PgyTimelineInput,
  PgyYear,
  ProgramLength,
  TrainingExtension,
} from './timeline/pgy-timeline';
export {
  layoutCurriculum,
} from './timeline/curriculum-layout';
export type {
  LayoutOptions,
  LayoutStart,
} from './timeline/curriculum-layout';
export type {
  CurriculumLayout,
  DatedBlock,
  LaidOutYear,
  LengthBounds,
  OpenSlot,
  PlacedBlock,
  RangedBlock,
  UnplacedBlock,
  UnplacedReason,
} from './timeline/layout-types';
export {
  parseRRule,
  formatRRule,
  FREQUENCIES,
  WEEKDAYS,
} from './recurrence/rrule';
export type {
  ParseRRuleResult,
} from './recurrence/rrule';
export {
  expand,
  iterate,
  DEFAULT_LIMIT,
} from './recurrence/expand';
export {
  RecurrenceError,
} from './recurrence/errors';
export type {
  RecurrenceErrorCode,
  RecurrenceIssue,
} from './recurrence/errors';
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
} from './recurrence/types';
export {
  conferenceSeriesToRecurrence,
} from './conferences/to-recurrence';
export type {
  ConferenceRecurrenceOptions,
  ConferenceRecurrenceResult,
} from './conferences/to-recurrence';
export type {
  ConferenceReadings,
} from './conferences/readings';
export {
  expandConferences,
} from './conferences/expand-conferences';
export type {
  ConferenceExpansion,
  DateWindow,
  ExpandConferencesOptions,
} from './conferences/expand-conferences';
export type {
  ClosureReason,
  ConferenceOccurrence,
} from './conferences/occurrence';
export {
  ClosedDays,
} from './conferences/closures';
export type {
  Closure,
  ClosurePolicy,
  ClosureRules,
} from './conferences/closures';
export {
  detectConflicts,
} from './conferences/conflicts';
export type {
  Conflict,
  ConflictInput,
  ConflictReport,
} from './conferences/conflicts';
export {
  toICS,
  IcsWriteError,
  DEFAULT_PRODID,
} from './ics/write';
export type {
  ToIcsOptions,
} from './ics/write';
export {
  parseICS,
} from './ics/read';
export type {
  ParseIcsResult,
} from './ics/read';
export type {
  IcsFinding,
} from './ics/findings';
export type {
  IcsCalendar,
  IcsEvent,
  IcsInstanceDetails,
  IcsProperty,
  IcsComponent,
} from './ics/types';
export type {
  IcsParameter,
} from './ics/params';
export {
  expandCalendar,
} from './ics/expand-calendar';
export type {
  CalendarOccurrence,
  ExpandCalendarResult,
} from './ics/expand-calendar';
export {
  fuzzICS,
} from './ics/fuzz';
export type {
  FuzzOptions,
  FuzzReport,
} from './ics/fuzz';
export {
  foldLine,
} from './ics/fold';
export {
  unfoldLines,
  parseContentLine,
} from './ics/content-line';
export type {
  UnfoldedLine,
  ContentLine,
  ContentLineError,
} from './ics/content-line';
export {
  escapeText,
  unescapeText,
} from './ics/text';
export {
  encodeParamValue,
  decodeParamValue,
} from './ics/params';
export {
  vtimezoneLines,
} from './ics/vtimezone';
export {
  WINDOWS_ZONES,
  windowsToIana,
} from './ics/windows-zones';
