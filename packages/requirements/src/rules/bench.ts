import { addMonths, daysOfIsoDate, formatIsoDate, type Program, ProgramSchema, type RequirementSet, RequirementSetSchema, type TraineeRecord, TraineeRecordSchema } from '@gmekit/model';
import { evaluate } from './evaluate';
import { programInput } from './program-input';
import type { RequirementStatus, StatusCounts } from './types';

/** A synthetic program, its requirement set and trainee records, for benchmarks and load tests. */
export interface SyntheticCohort {
  /** A six-year IR-like program with rotations at three sites. */
  readonly program: Program;
  /** Ten requirements, one or more of every kind. */
  readonly requirementSet: RequirementSet;
  /** The trainee records. */
  readonly records: readonly TraineeRecord[];
  /** The date the records run up to, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/** Options of {@link syntheticCohort}. */
export interface SyntheticCohortOptions {
  /** Number of trainee records (default 1,000). */
  readonly count?: number;
  /** Seed of the deterministic generator (default 1). */
  readonly seed?: number;
  /** Date the records run up to (default `2026-07-01`). */
  readonly asOf?: string;
}

// Mulberry32: a tiny deterministic generator so runs are reproducible.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROTATIONS = [
  { id: 'ir', categories: ['ir'], site: 'main' },
  { id: 'neuro-ir', categories: ['neuro-ir'], site: 'main' },
  { id: 'micu', categories: ['icu', 'micu'], site: 'main' },
  { id: 'ccu', categories: ['icu', 'ccu'], site: 'east' },
  { id: 'dr', categories: ['diagnostic-radiology'], site: 'west' },
  { id: 'surgery', categories: ['surgery'], site: 'west' },
];

function syntheticProgram(): Program {
  return ProgramSchema.parse(
    programInput({
      id: 'synthetic-ir',
      name: 'Synthetic IR residency',
      institutionId: 'synthetic',
      specialty: 'Interventional Radiology',
      pgy: { from: 1, to: 6 },
      months: 72,
      siteIds: ['main', 'east', 'west'],
      rotations: ROTATIONS,
      sourceFile: 'synthetic',
    }),
  );
}

function syntheticSet(): RequirementSet {
  const months = (value: number) => ({ amount: { kind: 'exact', value }, unit: 'months' });
  const base = (id: string) => ({ id, title: id, sources: [] });
  return RequirementSetSchema.parse({
    id: 'synthetic-ir-requirements',
    programId: 'synthetic-ir',
    title: 'Synthetic IR requirements',
    requirements: [
      { ...base('length'), kind: 'training-length', length: months(72) },
      { ...base('ir-clinical'), kind: 'rotation-time', categories: ['ir', 'neuro-ir', 'icu'], pgy: { from: 2, to: 4 }, min: months(7.5) },
      { ...base('icu'), kind: 'rotation-time', categories: ['icu'], min: months(4.5) },
      { ...base('aortic'), kind: 'procedure-count', category: 'aortic-repair', roles: ['primary', 'secondary'], min: 50 },
      { ...base('lower-extremity'), kind: 'procedure-count', category: 'lower-extremity-revascularization', min: 100 },
      { ...base('wound-care'), kind: 'activity-hours', activity: 'wound-care', minHours: 80 },
      { ...base('clinic'), kind: 'longitudinal', activity: 'continuity-clinic', pgy: { from: 2, to: 6 }, cadence: { amount: { amount: { kind: 'exact', value: 0.5 }, unit: 'days' }, per: 'week' } },
      { ...base('sites'), kind: 'distinct-sites', siteIds: ['main', 'east', 'west'] },
      { ...base('project'), kind: 'scholarly', activityKinds: ['investigative-project'], statuses: ['submitted', 'presented'], min: 1 },
      { ...base('talk'), kind: 'recurring-presentation', presentationKind: 'department-talk', perAcademicYear: 1 },
      { ...base('conference'), kind: 'conference-attendance', minPercent: 70 },
    ],
  });
}

function syntheticRecord(index: number, next: () => number, asOf: number): TraineeRecord {
  const traineeId = `t${index}`;
  const yearsIn = 1 + Math.floor(next() * 5);
  const start = addMonths(asOf, -12 * yearsIn);
  const assignments = [];
  for (let k = 0; k < 12 * yearsIn; k++) {
    const rotation = ROTATIONS[Math.floor(next() * ROTATIONS.length)] ?? ROTATIONS[0];
    const first = addMonths(start, k);
    assignments.push({ id: `${traineeId}-a${k}`, traineeId, rotationId: rotation?.id, start: formatIsoDate(first), end: formatIsoDate(addMonths(start, k + 1) - 1) });
  }
  const span = asOf - start;
  const day = () => formatIsoDate(start + Math.floor(next() * span));
  const procedures = Array.from({ length: 60 }, (_, k) => ({
    id: `${traineeId}-p${k}`,
    traineeId,
    date: day(),
    category: next() < 0.4 ? 'aortic-repair' : 'lower-extremity-revascularization',
    role: next() < 0.8 ? 'primary' : 'observer',
    count: 1 + Math.floor(next() * 2),
  }));
  const activities = Array.from({ length: 40 * yearsIn }, (_, k) => ({ id: `${traineeId}-c${k}`, traineeId, activity: k % 5 === 0 ? 'wound-care' : 'continuity-clinic', date: day(), hours: 4 }));
  const scholarly = [
    { id: `${traineeId}-s0`, traineeId, kind: 'investigative-project', title: 'Project', status: next() < 0.5 ? 'submitted' : 'in-progress', date: day() },
    ...Array.from({ length: yearsIn }, (_, k) => ({ id: `${traineeId}-t${k}`, traineeId, kind: 'department-talk', title: 'Talk', status: 'presented', date: formatIsoDate(addMonths(start, 12 * k + 6)) })),
  ];
  const attendance = Array.from({ length: 40 }, () => ({ traineeId, seriesId: 'tumor-board', date: day(), status: next() < 0.8 ? 'attended' : next() < 0.5 ? 'excused' : 'absent' }));
  const leaveStart = start + 150;
  return TraineeRecordSchema.parse({
    trainee: { id: traineeId, name: `Trainee ${index}`, programId: 'synthetic-ir', startDate: formatIsoDate(start), pgyAtStart: 1 },
    assignments,
    leave: [{ id: `${traineeId}-l0`, traineeId, start: formatIsoDate(leaveStart), end: formatIsoDate(leaveStart + 13), kind: 'vacation' }],
    procedures,
    scholarly,
    activities,
    attendance,
  });
}

/**
 * Builds a deterministic synthetic cohort: an IR-like six-year program, a set
 * of eleven requirements covering every kind, and `count` trainees at PGY1–5
 * as of `asOf`, each with monthly assignments, a vacation, 60 procedure log
 * entries, 40 activity entries a year, a project, a talk a year and 40
 * conference sessions.
 *
 * @param options - count, seed and date
 * @returns the cohort
 * @example
 * const { program, requirementSet, records, asOf } = syntheticCohort({ count: 10 });
 * evaluate(requirementSet, { record: records[0], program }, { asOf });
 */
export function syntheticCohort(options: SyntheticCohortOptions = {}): SyntheticCohort {
  const asOf = options.asOf ?? '2026-07-01';
  const next = random(options.seed ?? 1);
  const day = daysOfIsoDate(asOf);
  const records = Array.from({ length: options.count ?? 1000 }, (_, i) => syntheticRecord(i, next, day));
  return { program: syntheticProgram(), requirementSet: syntheticSet(), records, asOf };
}

/** Figures from {@link benchEvaluate}. */
export interface EvaluateBenchmark {
  /** Trainee records evaluated. */
  readonly records: number;
  /** Requirements per record. */
  readonly requirements: number;
  /** Timed rounds per mode; the figures are medians. */
  readonly rounds: number;
  /** Milliseconds to evaluate every record with input validation (the default). */
  readonly validatedMs: number;
  /** Milliseconds to evaluate every record with `trusted: true` (no schema parsing). */
  readonly trustedMs: number;
  /** Microseconds per record, validated. */
  readonly validatedMicrosPerRecord: number;
  /** Microseconds per record, trusted. */
  readonly trustedMicrosPerRecord: number;
  /** Results by status across the cohort (a sanity check that work was done). */
  readonly byStatus: StatusCounts;
}

/**
 * Times `evaluate` over a synthetic cohort (default 1,000 records) with
 * validation and trusted (`trusted: true`, records already parsed), one
 * warm-up pass then the median of `rounds` (default 5) passes each. The
 * target is under 100 ms for 1,000 records.
 *
 * @param options - cohort options (count, seed, date) and `rounds`
 * @returns the figures
 * @example
 * const figures = benchEvaluate({ count: 1000 });
 * console.log(`${figures.validatedMs.toFixed(1)} ms`);
 */
export function benchEvaluate(options: SyntheticCohortOptions & { readonly rounds?: number } = {}): EvaluateBenchmark {
  const cohort = syntheticCohort(options);
  const rounds = Math.max(1, options.rounds ?? 5);
  const run = (trusted: boolean): { ms: number; byStatus: StatusCounts } => {
    const byStatus: Partial<Record<RequirementStatus, number>> = {};
    const t0 = performance.now();
    for (const record of cohort.records) {
      const report = evaluate(cohort.requirementSet, { record, program: cohort.program }, { asOf: cohort.asOf, trusted });
      for (const r of report.results) byStatus[r.status] = (byStatus[r.status] ?? 0) + 1;
    }
    return { ms: performance.now() - t0, byStatus };
  };
  const median = (trusted: boolean): { ms: number; byStatus: StatusCounts } => {
    const first = run(trusted); // warm-up
    const times: number[] = [];
    for (let i = 0; i < rounds; i++) times.push(run(trusted).ms);
    times.sort((a, b) => a - b);
    return { ms: times[Math.floor(times.length / 2)] ?? first.ms, byStatus: first.byStatus };
  };
  // Trusted first: the validated passes leave parsed copies for the collector.
  const trusted = median(true);
  const validated = median(false);
  const n = cohort.records.length;
  return {
    records: n,
    requirements: cohort.requirementSet.requirements.length,
    rounds,
    validatedMs: validated.ms,
    trustedMs: trusted.ms,
    validatedMicrosPerRecord: n === 0 ? 0 : (validated.ms * 1000) / n,
    trustedMicrosPerRecord: n === 0 ? 0 : (trusted.ms * 1000) / n,
    byStatus: validated.byStatus,
  };
}
