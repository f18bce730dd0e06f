// Property tests: findings must not depend on how a stretch of work is cut
// into logged periods, nor (in a zone without DST) on which week it happens.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { WorkPeriod, WorkPeriodKind } from '@gmekit/model';
import { auditWorkHours } from './audit';
import { assignment, leave, splitOnePeriod, trainee } from './__fixtures__/builders';
import type { AuditWorkHoursOptions, WorkHourReport } from './types';

const R = 'r1';
const KINDS: WorkPeriodKind[] = ['clinical', 'education', 'in-house-call', 'night-float', 'at-home-call', 'moonlighting-internal', 'moonlighting-external', 'transition-of-care'];

interface Step {
  gap: number; // minutes after the previous period ends
  minutes: number;
  kind: WorkPeriodKind;
  newPatientCare: boolean | undefined;
  active: number; // fraction of an at-home call that is active
}

const step = fc.record({
  // Gaps of 0 make back-to-back stretches; up to 40 h covers rest and day-off edges.
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 * 60 })),
  minutes: fc.integer({ min: 30, max: 30 * 60 }),
  kind: fc.constantFrom(...KINDS),
  newPatientCare: fc.option(fc.boolean(), { nil: undefined }),
  active: fc.double({ min: 0, max: 1, noNaN: true }),
});

function build(steps: readonly Step[], zone: string, startMs: number): WorkPeriod[] {
  const text = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toString();
  let t = startMs;
  return steps.map((s) => {
    const start = t + s.gap * 60_000;
    const end = start + s.minutes * 60_000;
    t = end;
    return {
      traineeId: R,
      start: text(start),
      end: text(end),
      kind: s.kind,
      ...(s.newPatientCare === undefined ? {} : { newPatientCare: s.newPatientCare }),
      ...(s.kind === 'at-home-call' ? { activeMinutes: Math.floor(s.active * s.minutes) } : {}),
    } as WorkPeriod;
  });
}

/** Everything in a report except input paths and evidence indexes (which move when rows are added). */
function essence(report: WorkHourReport) {
  return {
    findings: report.findings.map((f) => ({ ...f, path: undefined, periodIndexes: undefined })),
    trainees: report.trainees.map((t) => ({ ...t, periods: undefined })),
  };
}

describe('splitting a period in two never changes a finding', () => {
  const LA = 'America/Los_Angeles';
  const options: AuditWorkHoursOptions = {
    trainees: [trainee(R, 1)],
    assignments: [assignment(R, 'a', '2026-10-20', '2026-11-16'), assignment(R, 'b', '2026-11-17', '2026-12-20')],
    leave: [leave(R, '2026-11-10', '2026-11-12')],
    limits: { nightFloatMaxConsecutive: 3 },
  };
  // Schedules run from late October across the 2026-11-01 fall-back night.
  const start = Temporal.ZonedDateTime.from('2026-10-20T06:00:00[America/Los_Angeles]').epochMilliseconds;

  const seen: number[] = [];
  it('holds for any split point of any period (America/Los_Angeles, across a DST change)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), (steps, pick, fraction) => {
        const periods = build(steps, LA, start);
        const split = splitOnePeriod(periods, pick, fraction);
        if (split === undefined) return;
        const before = auditWorkHours(periods, options);
        seen.push(before.findings.length);
        expect(essence(auditWorkHours(split, options))).toEqual(essence(before));
      }),
      { seed: 20260701, numRuns: 60 },
    );
    // The property is only worth something if the schedules break rules.
    expect(seen.filter((n) => n > 0).length).toBeGreaterThan(30);
  });
});

describe('shifting every period by whole weeks never changes a finding (Asia/Kolkata, no DST)', () => {
  const ZONE = 'Asia/Kolkata';
  const start = Temporal.ZonedDateTime.from('2026-07-01T06:00:00[Asia/Kolkata]').epochMilliseconds;
  const shiftDate = (iso: string, weeks: number) => Temporal.PlainDate.from(iso).add({ weeks }).toString();
  const optionsFor = (weeks: number): AuditWorkHoursOptions => ({
    trainees: [trainee(R, 2)],
    assignments: [assignment(R, 'a', shiftDate('2026-07-01', weeks), shiftDate('2026-07-28', weeks)), assignment(R, 'b', shiftDate('2026-07-29', weeks), shiftDate('2026-08-31', weeks))],
    leave: [leave(R, shiftDate('2026-07-20', weeks), shiftDate('2026-07-22', weeks))],
    limits: { nightFloatMaxConsecutive: 3 },
  });
  /** A report with every date moved back by `weeks`. */
  function unshift(report: WorkHourReport, weeks: number) {
    const back = (iso: string) => shiftDate(iso, -weeks);
    const backInstant = (text: string) => Temporal.ZonedDateTime.from(text).subtract({ hours: weeks * 7 * 24 }).epochMilliseconds;
    return {
      findings: report.findings.map((f) => ({
        code: f.code,
        severity: f.severity,
        measured: f.measured,
        allowed: f.allowed,
        ref: f.ref,
        window: f.window && { start: back(f.window.start), end: back(f.window.end) },
        period: f.period && { start: backInstant(f.period.start), end: backInstant(f.period.end) },
      })),
      windows: report.trainees.flatMap((t) => t.windows.map((w) => ({ ...w, start: back(w.start), end: back(w.end) }))),
    };
  }

  it('holds for any schedule and any shift of -30 to 30 weeks', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 40 }), fc.integer({ min: -30, max: 30 }), (steps, weeks) => {
        const periods = build(steps, ZONE, start);
        const shifted = build(steps, ZONE, start + weeks * 7 * 86_400_000);
        expect(unshift(auditWorkHours(shifted, optionsFor(weeks)), weeks)).toEqual(unshift(auditWorkHours(periods, optionsFor(0)), 0));
      }),
      { seed: 7, numRuns: 60 },
    );
  });
});
