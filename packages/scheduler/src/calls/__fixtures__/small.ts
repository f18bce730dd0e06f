/**
 * Building blocks for small hand-worked call problems (inputs written for
 * these tests; shift times and pool sizes are illustrative, not a program's).
 */

/**
 * A trainee record.
 *
 * @param id - trainee id
 * @param pgyAtStart - PGY level on 2026-07-01
 * @returns the trainee
 */
export const trainee = (id: string, pgyAtStart = 2) => ({ id, name: `Resident ${id}`, programId: 'im', startDate: '2026-07-01', pgyAtStart });

/**
 * Milliseconds between two instants written with an offset (and a bracketed zone).
 *
 * @param start - start instant text
 * @param end - end instant text
 * @returns elapsed real milliseconds
 */
export const elapsedMs = (start: string, end: string): number => Date.parse(end.slice(0, 25)) - Date.parse(start.slice(0, 25));

/** One hour in milliseconds. */
export const HOUR = 3_600_000;

/**
 * A night-float service: 19:00–07:00 every night of the span, shared by the
 * residents given, on a nights rotation with no day shifts.
 *
 * @param start - first night
 * @param end - last night
 * @param ids - residents
 * @returns the problem
 */
export function nightFloat(start: string, end: string, ids: readonly string[]) {
  return {
    id: `nf-${start}`,
    timeZone: 'America/Los_Angeles',
    start,
    end,
    callTypes: [{ id: 'nf', kind: 'night-float' }],
    coverage: [{ id: 'nights', callTypeId: 'nf' }],
    trainees: ids.map((id) => ({ trainee: trainee(id), rotationId: 'night-float' })),
    rules: { nightFloatMaxConsecutive: 6 },
  };
}

/**
 * A short service with one 24 + 4 h in-house call a night from 07:00, no
 * base shifts, in Los Angeles, shared by the residents given.
 *
 * @param start - first night
 * @param end - last night
 * @param ids - residents
 * @returns the problem
 */
export function callWeek(start: string, end: string, ids: readonly string[]) {
  return {
    id: `week-${start}`,
    timeZone: 'America/Los_Angeles',
    start,
    end,
    callTypes: [{ id: 'call24', kind: 'in-house', start: '07:00', hours: 24, transitionHours: 4 }],
    coverage: [{ id: 'ward', callTypeId: 'call24' }],
    trainees: ids.map((id) => ({ trainee: trainee(id), rotationId: 'wards' })),
  };
}
