// Property tests of issue 10: the audit's verdicts depend on the work logged,
// not on row order, on how a period is cut, or on data loaded far away; and
// more work never clears a trainee. Schedules run in several zones across a
// DST change, in both averaging modes, with about 10 % duplicated or
// overlapping rows. Run counts are modest: the suite runs under seven zones.
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import type { WorkPeriod, WorkPeriodKind } from '@gmekit/model';
import { auditWorkHours } from './audit';
import { assignment, leave, trainee } from './__fixtures__/builders';
import type { AuditWorkHoursOptions, AveragingMode, WorkHourFinding, WorkHourReport } from './types';

const R = 'r1';
const WEEK_MS = 7 * 86_400_000;
const KINDS: WorkPeriodKind[] = ['clinical', 'education', 'in-house-call', 'night-float', 'at-home-call', 'moonlighting-internal', 'moonlighting-external', 'transition-of-care'];

/** Zones and a first day a few days before one of their DST changes (Kolkata has none). */
const SETTINGS = [
  { zone: 'America/Los_Angeles', start: '2026-10-26T06:00' }, // fall back 2026-11-01
  { zone: 'Pacific/Auckland', start: '2026-09-21T06:00' }, // spring forward 2026-09-27
  { zone: 'Europe/London', start: '2027-03-22T06:00' }, // spring forward 2027-03-28
  { zone: 'Asia/Kolkata', start: '2026-07-06T06:00' },
] as const;

interface Step {
  gap: number; // minutes after the previous period ends
  minutes: number;
  kind: WorkPeriodKind;
  newPatientCare: boolean | undefined;
  active: number; // fraction of an at-home call that is active
  copy: number; // 0–9: 0 duplicates the row, 1 adds an overlapping row of another kind
  shift: number; // minutes the overlapping copy is moved by
}

const step = fc.record({
  gap: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 * 60 })),
  minutes: fc.integer({ min: 30, max: 30 * 60 }),
  kind: fc.constantFrom(...KINDS),
  newPatientCare: fc.option(fc.boolean(), { nil: undefined }),
  active: fc.double({ min: 0, max: 1, noNaN: true }),
  copy: fc.integer({ min: 0, max: 19 }),
  shift: fc.integer({ min: -120, max: 120 }),
});

const setting = fc.record({ at: fc.integer({ min: 0, max: SETTINGS.length - 1 }), mode: fc.constantFrom<AveragingMode>('rotation', 'rolling-28') });

function startOf(at: number): { zone: string; ms: number } {
  const s = SETTINGS[at] ?? SETTINGS[0];
  return { zone: s.zone, ms: Temporal.PlainDateTime.from(s.start).toZonedDateTime(s.zone).epochMilliseconds };
}

const textIn = (zone: string) => (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toString();

function row(zone: string, s: Step, start: number, end: number, kind: WorkPeriodKind, id: string): WorkPeriod {
  const text = textIn(zone);
  return {
    id,
    traineeId: R,
    start: text(start),
    end: text(end),
    kind,
    ...(s.newPatientCare === undefined ? {} : { newPatientCare: s.newPatientCare }),
    ...(kind === 'at-home-call' ? { activeMinutes: Math.floor(s.active * ((end - start) / 60_000)) } : {}),
  } as WorkPeriod;
}

/** Periods of a schedule: about 1 row in 20 duplicated and 1 in 20 overlapped by another kind. */
function build(steps: readonly Step[], zone: string, startMs: number): WorkPeriod[] {
  let t = startMs;
  const out: WorkPeriod[] = [];
  steps.forEach((s, i) => {
    const start = t + s.gap * 60_000;
    const end = start + s.minutes * 60_000;
    t = end;
    out.push(row(zone, s, start, end, s.kind, `p${i}`));
    if (s.copy === 0) out.push(row(zone, s, start, end, s.kind, `p${i}-dup`));
    if (s.copy === 1) {
      const kind = KINDS[(KINDS.indexOf(s.kind) + 1 + (s.gap % 7)) % KINDS.length] ?? 'clinical';
      out.push(row(zone, s, start + s.shift * 60_000, end + s.shift * 60_000, kind, `p${i}-over`));
    }
  });
  return out;
}

/** Four-week rotations from 40 weeks before the schedule to 60 weeks after, one leave. */
function optionsFor(zone: string, startMs: number, mode: AveragingMode): AuditWorkHoursOptions {
  const first = Temporal.Instant.fromEpochMilliseconds(startMs).toZonedDateTimeISO(zone).toPlainDate().subtract({ weeks: 40 });
  const assignments = Array.from({ length: 25 }, (_, k) =>
    assignment(R, `rot-${k % 3}`, first.add({ days: 28 * k }).toString(), first.add({ days: 28 * k + 27 }).toString()),
  );
  const leaveStart = first.add({ weeks: 41 });
  return {
    trainees: [trainee(R, 1)],
    assignments,
    leave: [leave(R, leaveStart.toString(), leaveStart.add({ days: 2 }).toString())],
    averaging: mode,
    timeZone: zone,
    limits: { nightFloatMaxConsecutive: 3 },
  };
}

/** A finding without what legitimately moves with row positions (path, message, indexes). */
function stable(f: WorkHourFinding, indexMap?: readonly number[]) {
  return { ...f, path: undefined, message: undefined, periodIndexes: indexMap === undefined ? undefined : f.periodIndexes?.map((i) => indexMap[i] ?? -1).sort((a, b) => a - b) };
}
const bag = (xs: readonly unknown[]) => xs.map((x) => JSON.stringify(x)).sort();
const errorsOf = (report: WorkHourReport) => report.findings.filter((f) => f.severity === 'error');

describe('work-hour audit invariants (issue 10)', () => {
  it('permuting every input array never changes findings or summaries', () => {
    fc.assert(
      fc.property(setting, fc.array(step, { minLength: 1, maxLength: 30 }), fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })), ({ at, mode }, steps, randoms) => {
        const { zone, ms } = startOf(at);
        const periods = build(steps, zone, ms);
        const options = optionsFor(zone, ms, mode);
        // A permutation from random keys; order[i] is the original index of new row i.
        const keys = periods.map(() => randoms.next().value as number);
        const order = periods.map((_, i) => i).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0) || a - b);
        const shuffled = order.flatMap((i) => periods.slice(i, i + 1));
        const reversed = { ...options, assignments: [...(options.assignments ?? [])].reverse(), leave: [...(options.leave ?? [])].reverse() };
        const before = auditWorkHours(periods, options);
        const after = auditWorkHours(shuffled, reversed);
        expect(bag(after.findings.map((f) => stable(f, order)))).toEqual(bag(before.findings.map((f) => stable(f, periods.map((_, i) => i)))));
        expect(after.trainees).toEqual(before.trainees);
      }),
      { seed: 1010, numRuns: 25 },
    );
  });

  it('cutting any period in two at any point (overlapping ones included) never changes findings', () => {
    fc.assert(
      fc.property(setting, fc.array(step, { minLength: 1, maxLength: 30 }), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), ({ at, mode }, steps, pick, fraction) => {
        const { zone, ms } = startOf(at);
        const periods = build(steps, zone, ms);
        // At-home call is left whole: its active minutes are not placed in time.
        const splittable = periods.map((p, i) => [p, i] as const).filter(([p]) => p.kind !== 'at-home-call');
        const chosen = splittable[pick % Math.max(1, splittable.length)];
        if (chosen === undefined) return;
        const [p, index] = chosen;
        const s = Temporal.ZonedDateTime.from(p.start);
        const minutes = s.until(Temporal.ZonedDateTime.from(p.end), { largestUnit: 'minutes' }).minutes;
        if (minutes < 2) return;
        const cut = s.add({ minutes: 1 + Math.floor(fraction * (minutes - 1)) }).toString();
        const split = [...periods.slice(0, index), { ...p, end: cut }, { ...p, start: cut }, ...periods.slice(index + 1)];
        const options = optionsFor(zone, ms, mode);
        const strip = (r: WorkHourReport) => ({ findings: bag(r.findings.map((f) => ({ ...stable(f), periodIds: undefined }))), trainees: r.trainees.map((t) => ({ ...t, periods: undefined })) });
        expect(strip(auditWorkHours(split, options))).toEqual(strip(auditWorkHours(periods, options)));
      }),
      { seed: 2020, numRuns: 25 },
    );
  });

  it('adding a compliant week 12–30 weeks away never changes another complete window or stretch', () => {
    let compared = 0;
    fc.assert(
      fc.property(setting, fc.array(step, { minLength: 1, maxLength: 30 }), fc.integer({ min: 12, max: 30 }), fc.boolean(), ({ at, mode }, steps, weeks, after) => {
        const { zone, ms } = startOf(at);
        const periods = build(steps, zone, ms);
        const options = optionsFor(zone, ms, mode);
        const lastEnd = Math.max(...periods.map((p) => Temporal.Instant.from(p.end).epochMilliseconds));
        const firstStart = Math.min(...periods.map((p) => Temporal.Instant.from(p.start).epochMilliseconds));
        // Monday to Friday, 07:00–17:00 local: 50 h, weekends free.
        const anchor = Temporal.Instant.fromEpochMilliseconds(after ? lastEnd + weeks * WEEK_MS : firstStart - (weeks + 1) * WEEK_MS).toZonedDateTimeISO(zone).toPlainDate();
        const monday = anchor.add({ days: (8 - anchor.dayOfWeek) % 7 });
        const week: WorkPeriod[] = Array.from({ length: 5 }, (_, d) => {
          const start = monday.add({ days: d }).toZonedDateTime({ timeZone: zone, plainTime: '07:00' });
          return { traineeId: R, kind: 'clinical', start: start.toString(), end: start.add({ hours: 10 }).toString() } as WorkPeriod;
        });
        const before = auditWorkHours(periods, options);
        const withWeek = auditWorkHours(after ? [...periods, ...week] : [...week, ...periods], options);
        // Windows and stretches away from the week (two days of margin) that the data settle.
        const weekFirst = monday.subtract({ days: 2 }).toString();
        const weekLast = monday.add({ days: 6 }).toString();
        const away = (start: string, end: string) => end < weekFirst || start > weekLast;
        const settled = new Set((before.trainees[0]?.windows ?? []).filter((w) => w.complete && away(w.start, w.end)).map((w) => `${w.start}/${w.end}`));
        compared += settled.size;
        const keep = (r: WorkHourReport) => ({
          windows: (r.trainees[0]?.windows ?? []).filter((w) => settled.has(`${w.start}/${w.end}`)),
          findings: bag(
            r.findings
              .filter((f) => (f.window === undefined ? f.period !== undefined && away(f.period.start.slice(0, 10), f.period.end.slice(0, 10)) : settled.has(`${f.window.start}/${f.window.end}`)))
              .map((f) => stable(f)),
          ),
        });
        expect(keep(withWeek)).toEqual(keep(before));
      }),
      { seed: 3030, numRuns: 20 },
    );
    // Settled windows around the schedule must actually be compared.
    expect(compared).toBeGreaterThan(100);
  });

  it('an error found on the data up to any instant is still found when the rest arrives', () => {
    // Time after the end of the data is unknown: what a prefix reports as an error must
    // be an error of the whole (rotation mode: the same window or stretch; rolling mode,
    // whose runs of windows can start earlier with more data: the same rule).
    let prefixErrors = 0;
    fc.assert(
      fc.property(setting, fc.array(step, { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), ({ at, mode }, steps, fraction) => {
        const { zone, ms } = startOf(at);
        const periods = build(steps, zone, ms);
        const options = optionsFor(zone, ms, mode);
        const span = periods.map((p) => [Temporal.Instant.from(p.start).epochMilliseconds, Temporal.Instant.from(p.end).epochMilliseconds] as const);
        const lo = Math.min(...span.map(([a]) => a));
        const hi = Math.max(...span.map(([, b]) => b));
        const cut = Math.round((lo + fraction * (hi - lo)) / 60_000) * 60_000;
        const prefix = periods.flatMap((p, i): WorkPeriod[] => {
          const [a, b] = span[i] ?? [0, 0];
          if (b <= cut) return [p];
          // A period running past the cut is cut there (at-home call, whose active minutes are not placed in time, is left out).
          return a < cut && p.kind !== 'at-home-call' ? [{ ...p, end: textIn(zone)(cut) }] : [];
        });
        if (prefix.length === 0) return;
        const key = (f: WorkHourFinding) => (mode === 'rolling-28' ? f.code : `${f.code} ${f.window ? `${f.window.start}/${f.window.end}` : (f.period?.start ?? '')}`);
        const whole = new Set(errorsOf(auditWorkHours(periods, options)).map(key));
        const early = errorsOf(auditWorkHours(prefix, options)).map(key);
        prefixErrors += early.length;
        for (const k of early) expect(whole).toContain(k);
      }),
      { seed: 5050, numRuns: 25 },
    );
    expect(prefixErrors).toBeGreaterThan(10);
  });

  it('adding work never turns a trainee with errors into one without', () => {
    const extra = fc.array(fc.record({ at: fc.double({ min: -0.2, max: 1.2, noNaN: true }), minutes: fc.integer({ min: 30, max: 16 * 60 }) }), { minLength: 1, maxLength: 6 });
    let withErrors = 0;
    fc.assert(
      fc.property(setting, fc.array(step, { minLength: 1, maxLength: 30 }), extra, ({ at, mode }, steps, adds) => {
        const { zone, ms } = startOf(at);
        const periods = build(steps, zone, ms);
        const options = optionsFor(zone, ms, mode);
        const before = auditWorkHours(periods, options);
        if (errorsOf(before).length === 0) return;
        withErrors++;
        // Clinical work placed in free time (at least a minute from any in-house period).
        const spans = periods.filter((p) => p.kind !== 'at-home-call').map((p) => [Temporal.Instant.from(p.start).epochMilliseconds, Temporal.Instant.from(p.end).epochMilliseconds] as const);
        const lo = Math.min(...spans.map(([s]) => s));
        const hi = Math.max(...spans.map(([, e]) => e), lo + 86_400_000);
        const added: WorkPeriod[] = [];
        for (const a of adds) {
          const s = Math.round((lo + a.at * (hi - lo)) / 60_000) * 60_000;
          const e = s + a.minutes * 60_000;
          if (spans.some(([ps, pe]) => s < pe + 60_000 && e > ps - 60_000)) continue;
          spans.push([s, e]);
          added.push(row(zone, { newPatientCare: undefined } as Step, s, e, 'clinical', `x${added.length}`));
        }
        expect(errorsOf(auditWorkHours([...periods, ...added], options)).length).toBeGreaterThan(0);
      }),
      { seed: 4040, numRuns: 25 },
    );
    // Only worth something if many schedules break rules.
    expect(withErrors).toBeGreaterThan(10);
  });
});
