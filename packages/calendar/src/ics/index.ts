/**
 * iCalendar (RFC 5545) reading and writing for `@gmekit/calendar`.
 *
 * @module
 */
export { toICS, IcsWriteError, DEFAULT_PRODID } from './write';
export type { ToIcsOptions } from './write';
export { parseICS } from './read';
export type { ParseIcsResult } from './read';
export type { IcsFinding } from './findings';
export type { IcsCalendar, IcsEvent, IcsInstanceDetails, IcsProperty, IcsComponent } from './types';
export type { IcsParameter } from './params';
export { expandCalendar, DEFAULT_MAX_OCCURRENCES } from './expand-calendar';
export type { CalendarOccurrence, ExpandCalendarResult, ExpandCalendarOptions } from './expand-calendar';
export { foldLine } from './fold';
export { unfoldLines, parseContentLine } from './content-line';
export type { UnfoldedLine, ContentLine, ContentLineError } from './content-line';
export { escapeText, unescapeText } from './text';
export { encodeParamValue, decodeParamValue } from './params';
export { vtimezoneLines } from './vtimezone';
export { WINDOWS_ZONES, windowsToIana } from './windows-zones';
