/**
 * Academic years and block calendars.
 *
 * @module
 */
export { academicYearOf, academicYearRange, academicYearsBetween, isInAcademicYear } from './academic-year';
export type { AcademicYear, AcademicYearOptions } from './academic-year';
export { blockCalendar } from './block-calendar';
export type { BlockCalendar, BlockCalendarSpec, BlockRemainder, CalendarBlock } from './block-calendar';
export { CalendarInputError } from './input-error';
export type { CalendarInputErrorCode } from './input-error';
