import fc from 'fast-check';
import { iso, day } from '../../problem/days';
import { trainee } from './small';

// Small generated months (7–12 days, 3–5 residents, an in-house call, and
// sometimes night float or at-home call), so each property runs in about a second.
/** A generated call problem. */
export const problemArb = fc
  .record({
    startDay: fc.integer({ min: day('2026-07-01'), max: day('2027-06-01') }),
    days: fc.integer({ min: 7, max: 12 }),
    pgys: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 5 }),
    vacation: fc.option(fc.record({ who: fc.nat(), from: fc.nat({ max: 10 }), length: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }),
    extra: fc.constantFrom('none', 'at-home'),
    weekendsOnly: fc.boolean(),
    zone: fc.constantFrom('America/Los_Angeles', 'America/New_York', 'UTC'),
  })
  .map(({ startDay, days, pgys, vacation, extra, weekendsOnly, zone }) => ({
    id: 'generated',
    timeZone: zone,
    start: iso(startDay),
    end: iso(startDay + days - 1),
    shiftTemplates: [{ rotationId: 'wards', weekday: { start: '07:00', end: '17:00' }, weekend: { start: '08:00', end: '12:00' } }],
    callTypes: [
      { id: 'call24', kind: 'in-house', start: '07:00', hours: 24, transitionHours: 4 },
      { id: 'nf', kind: 'night-float' },
      { id: 'pager', kind: 'at-home', activeMinutes: 90 },
    ],
    coverage: [
      { id: 'ward', callTypeId: 'call24', days: weekendsOnly ? 'weekends' : 'all' },
      ...(extra === 'at-home' ? [{ id: 'home', callTypeId: 'pager' }] : []),
    ],
    trainees: pgys.map((pgy, i) => ({
      trainee: { ...trainee(`r${i + 1}`, pgy), startDate: '2026-07-01' },
      rotationId: 'wards',
      requests: vacation !== undefined && vacation.who % pgys.length === i ? [{ kind: 'vacation', start: iso(startDay + (vacation.from % days)), end: iso(startDay + (vacation.from % days) + vacation.length - 1) }] : [],
    })),
    rules: { pgy1: { maxCallsPerMonth: 4 }, nightFloatMaxConsecutive: 5 },
  }));

