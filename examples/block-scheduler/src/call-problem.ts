/**
 * A month of call for the Integrated Interventional Radiology program: the
 * example's call-scheduling problem (`@gmekit/scheduler`'s `scheduleCalls`).
 *
 * EXAMPLE INPUTS, NOT FACTS FROM THE BROCHURE: the brochure gives no call
 * pool, no call types, no shift times and no call rules. Every number in
 * `EXAMPLE_CALL_INPUTS` is invented for this example; an office would put its own.
 *
 * @module
 */
import { type CallProblem, CallProblemSchema } from '@gmekit/model';
import { interventionalRadiology as ir } from '@gmekit/programs';

/** Numbers the brochure does not state: invented for the example, change them freely. */
export const EXAMPLE_CALL_INPUTS = {
  /** Residents sharing the IR call, all on the IR service that month (example input). */
  poolSize: 4,
  /** Their PGY level at the start of the month (example input). */
  pgy: 3,
  /** IR service day shift on weekdays (example input). */
  weekday: { start: '07:00', end: '17:00' },
  /** Weekday pager call from home after the day shift (example input). */
  homeCall: { start: '17:00', end: '07:00', activeMinutes: 120 },
  /** Weekend and holiday in-house call, hours and transition hours (example input). */
  weekendCall: { start: '07:00', hours: 24, transitionHours: 2 },
  /** Most calls per resident in the month (example input). */
  maxCallsPerMonth: 10,
} as const;

const IR_SERVICE = 'ir-interventional-radiology';

/**
 * One calendar month of IR call in Los Angeles: weekday nights covered by
 * one resident on pager call from home, weekend and holiday days by one
 * resident in house for 24 hours; the pool works the IR service on weekdays.
 *
 * @param year - the year
 * @param month - the month, 1–12
 * @returns the problem
 */
export function callMonthProblem(year = 2026, month = 8): CallProblem {
  const mm = String(month).padStart(2, '0');
  // The last day of the month: day 0 of the next month, in UTC so no local zone is read.
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const x = EXAMPLE_CALL_INPUTS;
  return CallProblemSchema.parse({
    id: `ir-calls-${year}-${mm}`,
    timeZone: 'America/Los_Angeles',
    start: `${year}-${mm}-01`,
    end: `${year}-${mm}-${String(last).padStart(2, '0')}`,
    shiftTemplates: [{ rotationId: IR_SERVICE, weekday: x.weekday }],
    callTypes: [
      { id: 'home-call', kind: 'at-home', ...x.homeCall },
      { id: 'in-house-24', kind: 'in-house', ...x.weekendCall },
    ],
    coverage: [
      { id: 'ir-weeknight', callTypeId: 'home-call', days: 'weekdays' },
      { id: 'ir-weekend', callTypeId: 'in-house-24', days: 'weekends' },
    ],
    trainees: Array.from({ length: x.poolSize }, (_, i) => ({
      trainee: { id: `ir-r${i + 1}`, name: `Resident ${i + 1}`, programId: ir.id, startDate: `${year - (x.pgy - 1)}-07-01`, pgyAtStart: 1 },
      rotationId: IR_SERVICE,
    })),
    rules: { maxCallsPerMonth: x.maxCallsPerMonth },
  });
}
