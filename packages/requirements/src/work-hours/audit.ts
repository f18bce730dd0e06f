import { WorkHourOptionsError } from './options-error';
import { daysOfIsoDate } from '@gmekit/model';
import { parseInstant } from './instant';
import { KIND, readPeriods } from './input';
import { readSideRecords } from './side-records';
import { auditTrainee } from './trainee-audit';
import { WORK_HOUR_CODES, type AuditWorkHoursOptions, type TraineeWorkHourSummary, type UntrustedAuditWorkHoursOptions, type WorkPeriodInput, type WorkHourFinding, type WorkHourReport } from './types';
import type { DayAssignment } from './windows';
import { zoneDays, type ZoneDays } from './zone-days';

/** Largest weekly limit a Review Committee may grant (CPR 6.24: 80 + 10 %). */
const MAX_EXCEPTION = 88;

/** What the two signatures share: everything but the rows. */
type SharedOptions = Omit<AuditWorkHoursOptions, 'assignments' | 'leave' | 'trainees'>;

function checkOptions(options: SharedOptions): void {
  const limits = options.limits ?? {};
  const weekly = limits.weeklyHours ?? 80;
  if (!(weekly > 0 && weekly <= MAX_EXCEPTION)) throw new WorkHourOptionsError(['options', 'limits', 'weeklyHours'], `limits.weeklyHours must be in (0, 88], got ${weekly}`);
  for (const [rotation, hours] of Object.entries(limits.weeklyByRotation ?? {})) {
    if (!(hours > 0 && hours <= MAX_EXCEPTION)) throw new WorkHourOptionsError(['options', 'limits', 'weeklyByRotation', rotation], `limits.weeklyByRotation[${rotation}] must be in (0, 88] (CPR 6.24 allows at most 88), got ${hours}`);
  }
  const nf = limits.nightFloatMaxConsecutive;
  if (nf !== undefined && !(Number.isInteger(nf) && nf >= 1)) throw new WorkHourOptionsError(['options', 'limits', 'nightFloatMaxConsecutive'], `limits.nightFloatMaxConsecutive must be a positive integer, got ${nf}`);
  const gap = limits.continuityGapMinutes ?? 0;
  if (!(gap >= 0 && gap < 480)) throw new WorkHourOptionsError(['options', 'limits', 'continuityGapMinutes'], `limits.continuityGapMinutes must be in [0, 480), got ${gap}`);
  // Callers from plain JavaScript may pass anything.
  const mode: unknown = options.averaging;
  if (mode !== undefined && mode !== 'rotation' && mode !== 'rolling-28') {
    throw new WorkHourOptionsError(['options', 'averaging'], `averaging must be 'rotation' or 'rolling-28', got ${JSON.stringify(mode)}`);
  }
  const calendar: unknown = options.unassignedWindows;
  if (calendar !== undefined && calendar !== 'four-week-blocks' && calendar !== 'calendar-months') {
    throw new WorkHourOptionsError(['options', 'unassignedWindows'], `unassignedWindows must be 'four-week-blocks' or 'calendar-months', got ${JSON.stringify(calendar)}`);
  }
}

function tryZone(zone: string | undefined): ZoneDays | undefined {
  if (zone === undefined) return undefined;
  try {
    return zoneDays(zone);
  } catch {
    return undefined;
  }
}

/**
 * Audits logged clinical and educational work periods against the ACGME
 * work-hour rules (Common Program Requirements 6.20–6.28; VI.F in the 2023
 * edition) and returns findings plus per-trainee averaging summaries.
 *
 * Rules checked, each with its stable code:
 * - `work-hours/weekly-80` — at most 80 hours a week averaged over each
 *   averaging window, counting all moonlighting and only the active minutes
 *   of at-home call (6.20, 6.23, 6.25, 6.28; per-rotation exceptions up to
 *   88, 6.24);
 * - `work-hours/day-off-1-in-7` — one free 24-hour period (no clinical work,
 *   education or at-home call) for every full seven non-leave days of a
 *   window (6.21.b); a window whose days off depend on time after the end
 *   of the data gets the info note `work-hours/incomplete-window` instead;
 * - `work-hours/continuous-24-4` — a continuous stretch of at most 28 hours
 *   and no new patient care after its 24th hour (6.22, 6.22.a);
 * - `work-hours/rest-14-after-24` — 14 hours free after a stretch of 24 hours
 *   or more (6.21.a);
 * - `work-hours/rest-8-between` — a warning when fewer than 8 hours separate
 *   two stretches (6.21 says "should");
 * - `work-hours/call-q3` — in-house call nights at most one in three
 *   averaged over each window, never pairwise (6.27);
 * - `work-hours/moonlighting-pgy1` — no moonlighting while PGY-1 (6.25);
 * - `work-hours/night-float-consecutive` — only when
 *   `limits.nightFloatMaxConsecutive` is set (6.26).
 *
 * Bad rows (schema errors, end not after start, overlaps, unknown trainees)
 * get findings of their own and the rest is still audited. Sources: ACGME
 * Common Program Requirements, Section VI with Background and Intent
 * (2017, VI.F.1–VI.F.8) and the CPR FAQ on averaging (gathered in
 * REFERENCE.md §1); the package README documents every choice made here.
 *
 * Typed callers get their rows checked by the compiler against what the
 * model's schemas accept; rows of unknown shape go through the second
 * signature, with `untrusted: true` in the options. Both validate every row
 * at run time.
 *
 * @param periods - work periods (typed, or untrusted rows checked with `WorkPeriodSchema`)
 * @param options - trainees, assignments, leave, averaging mode, limits (and `untrusted: true` for rows of unknown shape)
 * @returns findings and per-trainee window summaries
 * @throws WorkHourOptionsError (a `RangeError` and a `GmekitError`) when an option is out of range (e.g. an exception above 88 hours)
 * @example
 * const report = auditWorkHours(periods, { trainees, assignments, leave });
 * for (const f of report.findings) console.log(f.code, f.message);
 */
export function auditWorkHours(periods: readonly WorkPeriodInput[], options: AuditWorkHoursOptions): WorkHourReport;
/**
 * Audits rows of unknown shape (see the typed signature for the rules): each
 * row is validated, and bad ones become findings.
 *
 * @param periods - untrusted rows, checked with `WorkPeriodSchema`
 * @param options - as for typed rows, with `untrusted: true`
 * @returns findings and per-trainee window summaries
 * @throws WorkHourOptionsError when an option is out of range
 * @example
 * const rows: unknown = JSON.parse(text);
 * const report = auditWorkHours(Array.isArray(rows) ? rows : [], { trainees, untrusted: true });
 */
export function auditWorkHours(periods: readonly unknown[], options: UntrustedAuditWorkHoursOptions): WorkHourReport;
export function auditWorkHours(periods: readonly unknown[], options: AuditWorkHoursOptions | UntrustedAuditWorkHoursOptions): WorkHourReport {
  checkOptions(options);
  const findings: WorkHourFinding[] = [];
  const table = readPeriods(periods, findings);
  const side = readSideRecords(options, findings);
  const limits = options.limits ?? {};
  const rotationLimits = new Map<string, number>();
  for (const r of options.rotations ?? []) if (r.workHourException !== undefined) rotationLimits.set(r.id, r.workHourException.weeklyHours);
  for (const [id, hours] of Object.entries(limits.weeklyByRotation ?? {})) rotationLimits.set(id, hours);

  const summaries: TraineeWorkHourSummary[] = [];
  table.ids.forEach((traineeId, s) => {
    const rows = table.order.subarray(table.offsets[s] ?? 0, table.offsets[s + 1] ?? 0);
    let sorted = true;
    for (let k = 1; k < rows.length && sorted; k++) {
      const a = rows[k - 1] ?? 0;
      const b = rows[k] ?? 0;
      // Equal starts must be in end order too, so overlap findings never depend on input order.
      sorted = (table.start[a] ?? 0) < (table.start[b] ?? 0) || ((table.start[a] ?? 0) === (table.start[b] ?? 0) && (table.end[a] ?? 0) <= (table.end[b] ?? 0));
    }
    if (!sorted) rows.sort((a, b) => (table.start[a] ?? 0) - (table.start[b] ?? 0) || (table.end[a] ?? 0) - (table.end[b] ?? 0) || a - b);
    const first = rows[0] ?? 0;
    const trainee = side.trainees.get(traineeId);
    if (trainee === undefined) {
      // Only the PGY-1 moonlighting rule needs the trainee's PGY level: without
      // moonlighting rows the audit is complete and this is only a note.
      let moonlighting = -1;
      for (const row of rows) {
        const kind = table.kind[row];
        if (kind === KIND['moonlighting-internal'] || kind === KIND['moonlighting-external']) {
          moonlighting = row;
          break;
        }
      }
      findings.push({
        code: WORK_HOUR_CODES.unknownTrainee,
        severity: moonlighting >= 0 ? 'warning' : 'info',
        path: ['periods', moonlighting >= 0 ? moonlighting : first, 'traineeId'],
        message:
          moonlighting >= 0
            ? `Trainee ${traineeId} is not in the trainee list, so the PGY-1 moonlighting rule could not be checked for periods[${moonlighting}] (moonlighting); every other rule was audited.`
            : `Trainee ${traineeId} (periods[${first}] and ${rows.length - 1} more) is not in the trainee list; no moonlighting was logged, so every rule was audited.`,
        traineeId,
      });
    }
    const days = resolveZone(traineeId, rows, table, options, findings);
    const assignments = dayAssignments(side.assignments.get(traineeId) ?? [], traineeId, findings);
    const leaveDays = new Set<number>();
    for (const l of side.leave.get(traineeId) ?? []) for (let d = daysOfIsoDate(l.start); d <= daysOfIsoDate(l.end); d++) leaveDays.add(d);
    summaries.push(
      auditTrainee(
        {
          traineeId,
          trainee,
          table,
          rows,
          days,
          assignments,
          leaveDays,
          mode: options.averaging ?? 'rotation',
          calendar: options.unassignedWindows ?? 'four-week-blocks',
          weeklyLimit: limits.weeklyHours ?? 80,
          rotationLimits,
          gapMs: (limits.continuityGapMinutes ?? 0) * 60_000,
          nightFloatMax: limits.nightFloatMaxConsecutive,
        },
        findings,
      ),
    );
  });
  return { findings, trainees: summaries };
}

function resolveZone(
  traineeId: string,
  rows: Int32Array,
  table: ReturnType<typeof readPeriods>,
  options: SharedOptions,
  findings: WorkHourFinding[],
): ZoneDays {
  const first = rows[0] ?? 0;
  const candidates: [string | undefined, string, (string | number)[]][] = [
    [options.timeZones?.[traineeId], `timeZones[${traineeId}]`, ['timeZones', traineeId]],
    [options.timeZone, 'timeZone', ['timeZone']],
    [parseInstant(table.startText(first))?.zone, `the [zone] of periods[${first}]`, ['periods', first, 'start']],
  ];
  for (const [zone, source, path] of candidates) {
    if (zone === undefined) continue;
    const days = tryZone(zone);
    if (days !== undefined) return days;
    findings.push({
      code: WORK_HOUR_CODES.unknownZone,
      severity: 'error',
      path,
      message: `${source}: "${zone}" is not a time zone this runtime knows; local days of trainee ${traineeId} fell back to the next choice.`,
      traineeId,
    });
  }
  const minutes = parseInstant(table.startText(first))?.offsetMinutes ?? 0;
  const abs = Math.abs(minutes);
  const offset = `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  findings.push({
    code: WORK_HOUR_CODES.zoneAssumed,
    severity: 'info',
    path: ['periods', first, 'start'],
    message: `No time zone was given for trainee ${traineeId}; local days were counted at the fixed offset ${offset} of the first period (add [Zone] to the instants or pass timeZone to follow daylight saving time).`,
    traineeId,
  });
  return zoneDays(offset === '+00:00' || offset === '-00:00' ? 'UTC' : offset);
}

function dayAssignments(
  list: readonly { row: { rotationId: string; start: string; end: string }; index: number }[],
  traineeId: string,
  findings: WorkHourFinding[],
): DayAssignment[] {
  const sorted = list
    .map(({ row, index }) => ({ first: daysOfIsoDate(row.start), last: daysOfIsoDate(row.end), rotationId: row.rotationId, index }))
    .sort((a, b) => a.first - b.first || a.last - b.last || a.index - b.index);
  const out: DayAssignment[] = [];
  let lastDay = -Infinity;
  for (const a of sorted) {
    if (a.first <= lastDay) {
      findings.push({
        code: WORK_HOUR_CODES.overlap,
        severity: 'error',
        path: ['assignments', a.index],
        message: `assignments[${a.index}] (trainee ${traineeId}, rotation ${a.rotationId}) overlaps an earlier assignment; its overlapping days were averaged with the earlier rotation.`,
        traineeId,
      });
      if (a.last <= lastDay) continue;
      out.push({ ...a, first: lastDay + 1 });
    } else out.push(a);
    lastDay = a.last;
  }
  return out;
}
