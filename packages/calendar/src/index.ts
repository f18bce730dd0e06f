/**
 * `@gmekit/calendar`: academic years, block calendars, PGY timelines,
 * curriculum layout, US federal holidays, an RFC 5545 recurrence engine and
 * iCalendar reading and writing, on Temporal, correct in every time zone.
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
  LayoutStart,
} from './timeline/curriculum-layout';
export type {
  CurriculumLayout,
  DatedBlock,
  LaidOutYear,
  OpenSlot,
  PlacedBlock,
  RangedBlock,
  UnplacedBlock,
  UnplacedReason,
} from './timeline/layout-types';
