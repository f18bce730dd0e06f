import { blockCalendar } from '@gmekit/calendar';
import { type Rotation, type RotationSelector, type SchedulingProblem, type SchedulingTrainee, SchedulingProblemSchema, programMonths } from '@gmekit/model';
import { type Span, addMonths, day, iso, mergeSpans, without } from './days';
import { SchedulingInputError, pathText } from './input-error';

/** One block of the horizon. */
export interface HorizonBlock {
  /** 1-based number across the horizon. */
  readonly number: number;
  /** 0-based academic year of the horizon. */
  readonly year: number;
  /** 1-based number within its academic year. */
  readonly inYear: number;
  /** First day (day number). */
  readonly start: number;
  /** Last day (day number, inclusive). */
  readonly end: number;
}

/** A trainee with the facts the model needs, per block. */
export interface PreparedTrainee {
  /** The input. */
  readonly input: SchedulingTrainee;
  /** Trainee id. */
  readonly id: string;
  /** Leave, merged. */
  readonly leave: readonly Span[];
  /** Whether the trainee gets a rotation (or vacation) in each block: in training for the whole block and not on leave for all of it. */
  readonly available: readonly boolean[];
  /** PGY level on each block's first day. */
  readonly pgy: readonly number[];
}

/** A problem checked and laid out on its blocks. */
export interface Prepared {
  /** The parsed problem. */
  readonly problem: SchedulingProblem;
  /** The blocks. */
  readonly blocks: readonly HorizonBlock[];
  /** The trainees, in input order. */
  readonly trainees: readonly PreparedTrainee[];
  /** The program's rotations, in program order. */
  readonly rotations: readonly Rotation[];
  /** First day of the horizon. */
  readonly first: number;
  /** Last day of the horizon. */
  readonly last: number;
  /** Rotation indices a selector picks. */
  select(selector: RotationSelector): ReadonlySet<number>;
}

/**
 * PGY level of a trainee on a day: `pgyAtStart`, plus one on each anniversary of the start date.
 *
 * @param t - the trainee input
 * @param on - day number
 * @returns the PGY level
 */
export function pgyOnDay(t: SchedulingTrainee, on: number): number {
  const start = day(t.trainee.startDate);
  let level = t.trainee.pgyAtStart;
  while (addMonths(start, 12 * (level - t.trainee.pgyAtStart + 1)) <= on) level += 1;
  return level;
}

/**
 * Last day of training: start + the program's length (its lower bound) − 1,
 * the way the requirements engine reckons it; `null` when the length is unknown.
 *
 * @param problem - the problem
 * @param t - the trainee
 * @returns day number or `null`
 */
export function trainingEnd(problem: SchedulingProblem, t: SchedulingTrainee): number | null {
  const months = programMonths(problem.program)?.min ?? null;
  if (months === null) return null;
  const whole = Math.floor(months);
  return addMonths(day(t.trainee.startDate), whole) + Math.round((months - whole) * 30.4375) - 1;
}

function horizonBlocks(problem: SchedulingProblem): HorizonBlock[] {
  const c = problem.calendar;
  const spec = c.kind === 'custom' ? { kind: 'custom' as const, lengthDays: c.lengthDays ?? 28, ...(c.remainder ? { remainder: c.remainder } : {}) } : c.kind === 'four-week' ? { kind: 'four-week' as const, ...(c.remainder ? { remainder: c.remainder } : {}) } : { kind: 'calendar-months' as const };
  const yearOptions = { ...(c.startMonth === undefined ? {} : { startMonth: c.startMonth }), ...(c.startDay === undefined ? {} : { startDay: c.startDay }) };
  const out: HorizonBlock[] = [];
  for (let y = 0; y < c.years; y += 1) {
    for (const b of blockCalendar(c.startYear + y, spec, yearOptions).blocks) {
      out.push({ number: out.length + 1, year: y, inYear: b.index, start: day(b.start), end: day(b.end) });
    }
  }
  return out;
}

/**
 * Parses a problem and lays it out on its blocks; references that do not
 * resolve throw a {@link SchedulingInputError} with the path.
 *
 * @param input - the problem (validated here)
 * @returns the prepared problem
 */
export function prepare(input: unknown): Prepared {
  const parsed = SchedulingProblemSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = (issue?.path ?? []).filter((p): p is string | number => typeof p !== 'symbol');
    throw new SchedulingInputError(path, `${pathText(path) || 'problem'}: ${issue?.message ?? 'invalid'}`);
  }
  const problem = parsed.data;
  const rotations = problem.program.rotations;
  if (rotations.length === 0) throw new SchedulingInputError(['program', 'rotations'], 'program.rotations: the program has no rotations to schedule');
  const byId = new Map(rotations.map((r, i) => [String(r.id), i]));
  const blocks = horizonBlocks(problem);
  const fail = (path: (string | number)[], message: string): never => {
    throw new SchedulingInputError(path, `${pathText(path)}: ${message}`);
  };
  const rotation = (id: string, path: (string | number)[]) => byId.get(id) ?? fail(path, `unknown rotation "${id}" (the program's rotations are ${[...byId.keys()].join(', ')})`);
  const block = (n: number, path: (string | number)[]) => (n <= blocks.length ? n : fail(path, `block ${n} is outside the horizon of ${blocks.length} blocks`));
  const selector = (s: RotationSelector, path: (string | number)[]) => s.rotationIds?.forEach((id, i) => rotation(id, [...path, 'rotationIds', i]));

  const seen = new Set<string>();
  const trainees = problem.trainees.map((t, ti): PreparedTrainee => {
    const id = String(t.trainee.id);
    if (seen.has(id)) fail(['trainees', ti, 'trainee', 'id'], `trainee "${id}" appears twice`);
    seen.add(id);
    const leave = mergeSpans(t.leave.map((l) => ({ start: day(l.start), end: day(l.end) })));
    const start = day(t.trainee.startDate);
    const end = trainingEnd(problem, t);
    const available = blocks.map((b) => b.start >= start && (end === null || b.end <= end) && without(b, leave).length > 0);
    const pgy = blocks.map((b) => pgyOnDay(t, b.start));
    t.fixed.forEach((f, i) => {
      const path = ['trainees', ti, 'fixed', i];
      rotation(f.rotationId, [...path, 'rotationId']);
      block(f.block, [...path, 'block']);
      if (available[f.block - 1] !== true) fail([...path, 'block'], `${id} is not in training or is on leave for all of block ${f.block}, so nothing can be fixed there`);
      if (t.fixed.some((g, j) => j < i && g.block === f.block)) fail([...path, 'block'], `${id} has two fixed assignments in block ${f.block}`);
    });
    t.preferences.forEach((p, i) => {
      if (p.rotationId !== undefined) rotation(p.rotationId, ['trainees', ti, 'preferences', i, 'rotationId']);
      p.blocks?.forEach((n, j) => block(n, ['trainees', ti, 'preferences', i, 'blocks', j]));
    });
    return { input: t, id, leave, available, pgy };
  });
  problem.capacities.forEach((c, i) => {
    rotation(c.rotationId, ['capacities', i, 'rotationId']);
    c.blocks?.forEach((n, j) => block(n, ['capacities', i, 'blocks', j]));
  });
  const r = problem.rules;
  r.prerequisites.forEach((p, i) => {
    selector(p.first, ['rules', 'prerequisites', i, 'first']);
    selector(p.then, ['rules', 'prerequisites', i, 'then']);
  });
  r.maxConsecutive.forEach((p, i) => selector(p.select, ['rules', 'maxConsecutive', i, 'select']));
  r.together.forEach((p, i) => selector(p.select, ['rules', 'together', i, 'select']));
  r.balance.forEach((p, i) => selector(p.select, ['rules', 'balance', i, 'select']));
  const perYear = blocks.filter((b) => b.year === 0).length;
  r.vacation?.allowedBlocks?.forEach((n, j) => (n <= perYear ? n : fail(['rules', 'vacation', 'allowedBlocks', j], `block ${n} is past the ${perYear} blocks of a year`)));
  problem.previous?.forEach((a, i) => {
    rotation(a.rotationId, ['previous', i, 'rotationId']);
    if (!seen.has(String(a.traineeId))) fail(['previous', i, 'traineeId'], `unknown trainee "${a.traineeId}"`);
  });

  const first = blocks[0]?.start ?? 0;
  const last = blocks.at(-1)?.end ?? 0;
  const select = (s: RotationSelector): ReadonlySet<number> => {
    const ids = new Set<string>(s.rotationIds ?? []);
    const cats = new Set<string>(s.categories ?? []);
    const out = new Set<number>();
    rotations.forEach((rot, i) => {
      if (ids.has(String(rot.id)) || rot.categories.some((c) => cats.has(c))) out.add(i);
    });
    return out;
  };
  return { problem, blocks, trainees, rotations, first, last, select };
}

/**
 * `YYYY-MM-DD – YYYY-MM-DD` of a block, for messages.
 *
 * @param b - the block
 * @returns the dates
 */
export function blockDates(b: HorizonBlock): string {
  return `${iso(b.start)} – ${iso(b.end)}`;
}
