import { toICS, type IcsEvent } from '@gmekit/calendar';
import type { CallSchedule, CallShift } from './types';

/** Options of {@link callsToICS}. */
export interface CallIcsOptions {
  /** DTSTAMP of every event, an ISO instant in UTC (default: midnight UTC of the problem's first day, so output is byte-stable). */
  readonly dtstamp?: string;
}

const KIND_TEXT: Readonly<Record<CallShift['kind'], string>> = { 'in-house': 'in-house call', 'night-float': 'night float', 'at-home': 'at-home call' };

// The wall-clock part of `2026-08-03T07:00:00-07:00[America/Los_Angeles]`.
const local = (instant: string): string => instant.slice(0, 19);

/**
 * One trainee's calls as an iCalendar file (through `@gmekit/calendar`'s
 * `toICS`): one event per call in the problem's zone with its VTIMEZONE, from
 * the call's start to the end of its transition, UID `<shift id>@gmekit`.
 *
 * @param schedule - the schedule
 * @param traineeId - whose calls
 * @param options - DTSTAMP
 * @returns the `.ics` text (CRLF lines)
 * @example
 * writeFileSync('r1.ics', callsToICS(schedule, 'r1'));
 */
export function callsToICS(schedule: CallSchedule, traineeId: string, options: CallIcsOptions = {}): string {
  const zone = schedule.problem.timeZone;
  const events: IcsEvent[] = schedule.shifts
    .filter((s) => s.traineeId === traineeId)
    .map((s) => ({
      uid: `${s.id}@gmekit`,
      summary: `${s.coverageId} (${KIND_TEXT[s.kind]})`,
      categories: ['call', s.kind],
      series: { start: { type: 'zoned', dateTime: local(s.start), timeZone: zone }, end: { type: 'zoned', dateTime: local(s.end), timeZone: zone } },
    }));
  return toICS({ name: `Calls: ${traineeId} (${schedule.problem.id})`, events }, { dtstamp: options.dtstamp ?? `${schedule.problem.start}T00:00:00Z` });
}

// RFC 4180 §2: a field with a comma, a double quote or a line break is
// enclosed in double quotes, and a double quote inside is doubled.
function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The month as CSV (RFC 4180: CRLF line ends, quoted fields where needed):
 * a header `date,shift,trainee`, then one row per call by date, shift and trainee.
 *
 * @param schedule - the schedule
 * @returns the CSV text
 * @example
 * writeFileSync('calls.csv', callsToCSV(schedule));
 */
export function callsToCSV(schedule: CallSchedule): string {
  const rows = [['date', 'shift', 'trainee'], ...schedule.shifts.map((s) => [s.date, s.coverageId, s.traineeId])];
  return rows.map((r) => r.map(field).join(',') + '\r\n').join('');
}
