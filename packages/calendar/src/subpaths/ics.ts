/**
 * `@gmekit/calendar/ics`: the general iCalendar (RFC 5545) text machinery
 * under `parseICS` and `toICS` — content lines (`unfoldLines`,
 * `parseContentLine`), folding, TEXT escaping, parameter-value codecs
 * (RFC 6868), VTIMEZONE lines and the Windows time-zone table. Reading and
 * writing whole calendars (`parseICS`, `toICS`, `expandCalendar`) is at the
 * package root.
 *
 * @module ics
 */
export { decodeParamValue, encodeParamValue, escapeText, foldLine, parseContentLine, unescapeText, unfoldLines, vtimezoneLines, WINDOWS_ZONES, windowsToIana } from '../ics/index';
export type { ContentLine, ContentLineError, UnfoldedLine } from '../ics/index';
