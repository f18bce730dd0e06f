import { daysOfIsoDate, type Finding, formatIsoDate, hasErrors, type Program, type Requirement, RequirementSchema, type RequirementSet, type TraineeRecord, TraineeRecordSchema, zodIssuesToFindings } from '@gmekit/model';
import type { Temporal } from 'temporal-polyfill';
import type { z } from 'zod';
import { ownEntries } from './own';
import { planRequirement } from './plan';
import { quickRecord } from './record-check';
import { parseProgram, parseSet } from './validated';
import { type Timeline, buildTimeline, trainingMonths } from './timeline';
import { traineeAttendance, traineeCount, traineePresentation, traineeScholarly, traineeSites } from './trainee-logs';
import { traineeLongitudinal, traineeRotationTime, traineeTrainingLength } from './trainee-time';
import type { EvaluateOptions, EvaluationReport, EvaluationSubject, PlanSubject, RequirementResult, StatusCounts, TraineeSubject } from './types';

const DEFAULT_LEAD_MONTHS = 3;

function prefixed(issues: readonly z.core.$ZodIssue[], prefix: readonly (string | number)[], code: string): Finding[] {
  return zodIssuesToFindings(
    issues.map((i) => ({ ...i, path: [...prefix, ...i.path] })),
    code,
  );
}

/** A real `YYYY-MM-DD` date: the shape, and it survives a round trip through day numbers (no 2027-02-30). */
function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && formatIsoDate(daysOfIsoDate(text)) === text;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Parses the set; when it is invalid, keeps every requirement that is valid on its own. */
function readSet(input: unknown, findings: Finding[]): { set: RequirementSet | null; requirements: { requirement: Requirement; index: number }[] } {
  const parsed = parseSet(input);
  if (parsed.success) return { set: parsed.data, requirements: parsed.data.requirements.map((requirement, index) => ({ requirement, index })) };
  findings.push(...prefixed(parsed.error.issues, ['requirementSet'], 'requirement/invalid-set'));
  const list = isObject(input) && Array.isArray(input.requirements) ? (input.requirements as unknown[]) : [];
  const requirements: { requirement: Requirement; index: number }[] = [];
  list.forEach((item, index) => {
    const r = RequirementSchema.safeParse(item);
    if (r.success) requirements.push({ requirement: r.data, index });
  });
  return { set: null, requirements };
}

function traineeResult(requirement: Requirement, record: TraineeRecord, program: Program | undefined, t: Timeline, options: EvaluateOptions): RequirementResult {
  const lead = options.leadMonths ?? DEFAULT_LEAD_MONTHS;
  switch (requirement.kind) {
    case 'rotation-time':
      return traineeRotationTime(requirement, record, program, t);
    case 'training-length':
      return traineeTrainingLength(requirement, record, program, t, options.leaveWeeksPerYear);
    case 'longitudinal':
      return traineeLongitudinal(requirement, record, t, options);
    case 'procedure-count':
    case 'activity-hours':
      return traineeCount(requirement, record, t);
    case 'scholarly':
      return traineeScholarly(requirement, record, t, lead);
    case 'recurring-presentation':
      return traineePresentation(requirement, record, t, lead);
    case 'conference-attendance':
      return traineeAttendance(requirement, record, t);
    case 'distinct-sites':
      return traineeSites(requirement, record, program, t);
  }
}

const FINDING: Partial<Record<string, { code: string; severity: Finding['severity'] }>> = {
  unmet: { code: 'requirement/unmet', severity: 'error' },
  'at-risk': { code: 'requirement/at-risk', severity: 'warning' },
  uncertain: { code: 'requirement/uncertain', severity: 'warning' },
  'not-evaluable': { code: 'requirement/not-evaluable', severity: 'info' },
};

/**
 * Checks a requirement set against a program's curriculum plan, or against
 * one trainee's record as of a date.
 *
 * Plan mode (`{ program }`): each requirement gets the range of values the
 * plan allows, its best and worst case, and a {@link PlanStatus}. Trainee mode
 * (`{ record, program? }` with `options.asOf`): the measured value, the
 * required value, the evidence, a projection and a {@link TraineeStatus}.
 *
 * Inputs are validated with the model's schemas; bad input becomes findings
 * with zod paths (`requirement/invalid-set`, `requirement/invalid-record`,
 * `requirement/invalid-program`, `requirement/invalid-options`) and the
 * function never throws. A requirement set or program object that passed
 * validation is remembered (weakly, by identity) and not parsed again, so a
 * cohort evaluated record by record against one set pays for it once; edits
 * made to such an object in place are evaluated but not validated again
 * (pass a new object to have it checked). Results turn into findings: `requirement/unmet`
 * (error), `requirement/at-risk` and `requirement/uncertain` (warning),
 * `requirement/not-evaluable` (info).
 *
 * @param requirementSet - the requirements (validated; untrusted input is fine)
 * @param subject - `{ program }` for the plan, `{ record, program? }` for a trainee
 * @param options - `asOf` (trainee mode) and the conventions documented on {@link EvaluateOptions}
 * @returns a JSON-serialisable report
 * @example
 * const plan = evaluate(program.requirementSet, { program });
 * const lee = evaluate(program.requirementSet, { record, program }, { asOf: '2027-03-01' });
 * for (const r of lee.results) console.log(r.status, r.message);
 */
export function evaluate(requirementSet: RequirementSet, subject: TraineeSubject, options: EvaluateOptions & { readonly asOf: string | Temporal.PlainDate }): EvaluationReport;
/**
 * Checks a requirement set against a program's curriculum plan (see the
 * trainee signature for the whole contract).
 *
 * @param requirementSet - the requirements (validated; untrusted input is fine)
 * @param subject - `{ program }`
 * @param options - the conventions documented on {@link EvaluateOptions}
 * @returns a JSON-serialisable report
 * @example
 * const plan = evaluate(program.requirementSet, { program });
 */
export function evaluate(requirementSet: RequirementSet, subject: PlanSubject, options?: EvaluateOptions): EvaluationReport;
export function evaluate(requirementSet: RequirementSet, subject: EvaluationSubject, options: EvaluateOptions = {}): EvaluationReport {
  try {
    return run(requirementSet, subject, options);
  } catch (error) {
    // Only reachable with `trusted: true` and input that is not what it claims to be.
    const message = error instanceof Error ? error.message : String(error);
    return {
      results: [],
      findings: [{ code: 'requirement/invalid-input', severity: 'error', path: [], message: `The input could not be evaluated (${message}); validate it or drop trusted: true.` }],
      summary: { mode: isObject(subject) && isObject((subject as { record?: unknown }).record) ? 'trainee' : 'plan', requirementSetId: null, programId: null, traineeId: null, asOf: null, total: 0, byStatus: {}, ok: false },
    };
  }
}

const OPTION_LIMITS: readonly [keyof EvaluateOptions, number, number][] = [
  ['trainingMonths', 1, 240],
  ['hoursPerDay', 1, 24],
  ['leadMonths', 0, 120],
  ['leaveWeeksPerYear', 0, 52],
];

/** Numeric options must be finite and sane; a training length of 10⁹ months would only make loops long. */
function checkOptions(options: EvaluateOptions, findings: Finding[]): void {
  for (const [key, min, max] of OPTION_LIMITS) {
    const value: unknown = options[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max)) {
      findings.push({ code: 'requirement/invalid-options', severity: 'error', path: ['options', key], message: `options.${key}: expected a number from ${min} to ${max}.` });
    }
  }
  const ext = options.extension;
  for (const key of ['months', 'days'] as const) {
    const value: unknown = ext?.[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 120 * (key === 'days' ? 31 : 1))) {
      findings.push({ code: 'requirement/invalid-options', severity: 'error', path: ['options', 'extension', key], message: `options.extension.${key}: expected a whole number of ${key}, not negative.` });
    }
  }
}

function run(requirementSet: RequirementSet, subject: EvaluationSubject, options: EvaluateOptions): EvaluationReport {
  const findings: Finding[] = [];
  checkOptions(options, findings);
  const trusted = options.trusted === true;
  const { set, requirements } = trusted
    ? { set: requirementSet, requirements: requirementSet.requirements.map((requirement, index) => ({ requirement, index })) }
    : readSet(requirementSet, findings);
  const input: unknown = subject;
  const rawProgram = isObject(input) ? input.program : undefined;
  const rawRecord = isObject(input) ? input.record : undefined;
  let program: Program | undefined;
  if (rawProgram !== undefined) {
    const p = trusted ? { success: true as const, data: rawProgram as Program } : parseProgram(rawProgram);
    if (p.success) program = p.data;
    else findings.push(...prefixed(p.error.issues, ['subject', 'program'], 'requirement/invalid-program'));
  }
  let record: TraineeRecord | undefined;
  if (rawRecord !== undefined) {
    const quick = trusted ? (rawRecord as TraineeRecord) : quickRecord(rawRecord);
    const r = quick !== undefined ? { success: true as const, data: quick } : TraineeRecordSchema.safeParse(rawRecord);
    if (r.success) record = r.data;
    else findings.push(...prefixed(r.error.issues, ['subject', 'record'], 'requirement/invalid-record'));
  }
  const mode = rawRecord !== undefined ? 'trainee' : 'plan';
  // String() rather than .toString(): untyped callers may pass null or a number, which must become a finding.
  const asOfText = options.asOf === undefined ? undefined : String(options.asOf);
  const results: RequirementResult[] = [];
  if (mode === 'plan' && rawProgram === undefined) {
    findings.push({ code: 'requirement/invalid-subject', severity: 'error', path: ['subject'], message: 'subject: expected { program } for a plan or { record } for a trainee.' });
  }
  if (mode === 'trainee' && (asOfText === undefined || !isIsoDate(asOfText))) {
    findings.push({ code: 'requirement/invalid-options', severity: 'error', path: ['options', 'asOf'], message: 'options.asOf: a trainee is evaluated as of a date; expected YYYY-MM-DD.' });
  }
  const usable = !hasErrors(findings.filter((f) => f.code !== 'requirement/invalid-set' && f.code !== 'requirement/invalid-program'));
  if (usable && mode === 'plan' && program !== undefined) {
    for (const { requirement } of requirements) results.push(planRequirement(requirement, program, options));
  }
  if (usable && mode === 'trainee' && record !== undefined && asOfText !== undefined) {
    const months = trainingMonths(requirements.map((r) => r.requirement), program, options);
    const own = ownEntries(record, findings);
    const t = buildTimeline(own, asOfText, months, options);
    for (const { requirement } of requirements) results.push(traineeResult(requirement, own, program, t, options));
  }
  if (set !== null && program !== undefined && set.programId !== program.id) {
    findings.push({ code: 'requirement/program-mismatch', severity: 'warning', path: ['requirementSet', 'programId'], message: `requirementSet.programId: the set is for ${set.programId} but the program is ${program.id}.` });
  }
  if (set !== null && record !== undefined && record.trainee.programId !== set.programId) {
    findings.push({ code: 'requirement/program-mismatch', severity: 'warning', path: ['subject', 'record', 'trainee', 'programId'], message: `subject.record.trainee.programId: the trainee is in ${record.trainee.programId} but the set is for ${set.programId}.` });
  }
  results.forEach((result, i) => {
    const f = FINDING[result.status];
    const index = requirements[i]?.index ?? i;
    if (f !== undefined) findings.push({ code: f.code, severity: f.severity, path: ['requirementSet', 'requirements', index], message: result.message, ref: result.requirementId });
  });
  const byStatus: StatusCounts = {};
  for (const r of results) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
  return {
    results,
    findings,
    summary: {
      mode,
      requirementSetId: set?.id ?? null,
      programId: program?.id ?? record?.trainee.programId ?? null,
      traineeId: record?.trainee.id ?? null,
      asOf: mode === 'trainee' ? (asOfText ?? null) : null,
      total: results.length,
      byStatus,
      ok: !hasErrors(findings),
    },
  };
}
