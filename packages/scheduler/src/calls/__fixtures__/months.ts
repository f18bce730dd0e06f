/**
 * Small hand-made call months for tests (inputs written for these tests, not
 * taken from any program: class sizes and shift times are illustrative).
 */
const trainee = (id: string, pgyAtStart = 2) => ({ id, name: `Resident ${id}`, programId: 'im', startDate: '2026-07-01', pgyAtStart });

/**
 * A 28-day ward month (2026-08-03 Mon … 2026-08-30 Sun) in Los Angeles: weekday
 * shifts 07:00–17:00, weekend rounds 08:00–12:00, one 24-hour in-house call a
 * night with up to 4 hours of transition, shared by `n` PGY-2 residents.
 *
 * @param n - residents in the pool
 * @returns the problem
 */
export function wardMonth(n: number) {
  return {
    id: `ward-${n}`,
    timeZone: 'America/Los_Angeles',
    start: '2026-08-03',
    end: '2026-08-30',
    shiftTemplates: [{ rotationId: 'wards', weekday: { start: '07:00', end: '17:00' }, weekend: { start: '08:00', end: '12:00' } }],
    callTypes: [{ id: 'call24', kind: 'in-house', start: '07:00', hours: 24, transitionHours: 4 }],
    coverage: [{ id: 'ward', callTypeId: 'call24' }],
    trainees: Array.from({ length: n }, (_, i) => ({ trainee: trainee(`r${i + 1}`), rotationId: 'wards' })),
  };
}
