// Generated block-scheduling problems for the scheduler benchmark (issue 12):
// a three-year residency, N trainees split over PGY1–3, thirteen four-week
// blocks, R rotations (3 wards, 3 ICUs, 2 night services, a clinic, the rest
// electives), coverage minimums and maximums, per-PGY requirements (ICU,
// nights, wards), a vacation block, "ward before ICU", "no more than two
// heavy blocks in a row", balanced nights and three wishes per trainee.
//
// Feasible by construction: a schedule meeting every rule is built first
// (seeded), and the capacities are read off it, so the solver's times measure
// search, not a proof that nothing exists. `infeasibleVariant` then breaks a
// copy on purpose for the explanation timing. Capacities are invented.
import { evaluate } from '@gmekit/requirements';
import { rng } from './rng';

const src = [{ file: 'benchmark', quote: 'generated' }];
/** Four-week blocks in the academic year. */
export const BLOCKS = 13;

export interface SyntheticRotation {
  readonly id: string;
  readonly category: 'ward' | 'icu' | 'nights' | 'ambulatory' | 'elective';
}

export interface SyntheticScheduling {
  /** The problem as JSON (what `scheduleBlocks` takes). */
  readonly problem: Record<string, any>;
  readonly rotations: readonly SyntheticRotation[];
  /** The schedule the problem was built around: per trainee, a rotation id or `vacation` per block. */
  readonly witness: readonly (readonly string[])[];
}

const need = (category: string, months: number, level: number) => ({
  id: `${category}-pgy${level}`,
  title: `${category} in PGY${level}`,
  sources: [],
  kind: 'rotation-time',
  categories: [category],
  pgy: { from: level, to: level },
  min: { amount: { kind: 'exact', value: months }, unit: 'months' },
});

/** Block dates of the four-week calendar from 2026-07-01 (the last block runs to 2027-06-30). */
export const blockStarts = Array.from({ length: BLOCKS }, (_, b) => new Date(Date.UTC(2026, 6, 1 + 28 * b)).toISOString().slice(0, 10));
export const blockEnds = Array.from({ length: BLOCKS }, (_, b) => (b === BLOCKS - 1 ? '2027-06-30' : new Date(Date.UTC(2026, 6, 28 + 28 * b)).toISOString().slice(0, 10)));

/**
 * The requirement results `evaluate` finds unmet (or at risk) for one
 * trainee's row of rotation ids and `vacation`s: the same count the
 * scheduler's verification makes.
 */
export function unmetRequirements(problem: Record<string, any>, traineeIndex: number, row: readonly string[]): number {
  const t = problem.trainees[traineeIndex];
  const assignments = row.flatMap((r, b) => (r === 'vacation' ? [] : [{ id: `a${b}`, traineeId: t.trainee.id, rotationId: r, start: blockStarts[b], end: blockEnds[b] }]));
  const leave = row.flatMap((r, b) => (r === 'vacation' ? [{ id: `v${b}`, traineeId: t.trainee.id, kind: 'vacation', start: blockStarts[b], end: blockEnds[b] }] : []));
  const report = evaluate(problem.rules.requirementSets[0], { record: { trainee: t.trainee, assignments, leave }, program: problem.program } as any, { asOf: '2027-06-30' });
  return report.results.filter((r) => r.status === 'unmet' || r.status === 'at-risk').length;
}

// Blocks per category in the built schedule. A four-week block is less than
// a month as `evaluate` counts it, so 2 months of ICU take 3 blocks, 1 month
// of nights 2 and 3 months of wards 4; the rest are electives.
const PLAN: readonly SyntheticRotation['category'][] = ['ward', 'ward', 'ward', 'ward', 'icu', 'icu', 'icu', 'nights', 'nights', 'elective', 'elective', 'elective'];
const heavy = (c: string) => c === 'icu' || c === 'nights';

function acceptable(row: readonly string[]): boolean {
  const firstWard = row.indexOf('ward');
  const firstIcu = row.indexOf('icu');
  if (firstIcu >= 0 && (firstWard < 0 || firstWard > firstIcu)) return false;
  let run = 0;
  for (const c of row) {
    run = heavy(c) ? run + 1 : 0;
    if (run > 2) return false;
  }
  return true;
}

/** One trainee's categories by block: the plan shuffled (seeded) until it keeps "ward before ICU" and two heavy blocks at most. */
function categoryRow(random: () => number, vacationBlock: number): string[] {
  for (;;) {
    const items = [...PLAN];
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      const a = items[i];
      const b = items[j];
      if (a !== undefined && b !== undefined) [items[i], items[j]] = [b, a];
    }
    const row: string[] = [...items.slice(0, vacationBlock - 1), 'vacation', ...items.slice(vacationBlock - 1)];
    if (acceptable(row)) return row;
  }
}

export function syntheticScheduling(trainees: number, rotationCount: number, seed = 1): SyntheticScheduling {
  const random = rng(seed);
  const rotations: SyntheticRotation[] = [
    ...['ward-a', 'ward-b', 'ward-c'].map((id) => ({ id, category: 'ward' as const })),
    ...['icu-med', 'icu-surg', 'icu-cardiac'].map((id) => ({ id, category: 'icu' as const })),
    ...['nights-med', 'nights-surg'].map((id) => ({ id, category: 'nights' as const })),
    { id: 'clinic', category: 'ambulatory' as const },
    ...Array.from({ length: Math.max(1, rotationCount - 9) }, (_, i) => ({ id: `elective-${i + 1}`, category: 'elective' as const })),
  ];
  const n = trainees;
  const optional = rotations.filter((r) => r.category === 'elective' || r.category === 'ambulatory');
  const load = rotations.map(() => Array.from({ length: BLOCKS }, () => 0));
  // The witness: categories shuffled per trainee, then within a category the
  // rotation least filled in that block, so services are staffed evenly.
  const witness: string[][] = [];
  const vacationBlocks: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const vacationBlock = 2 + Math.floor(random() * 11);
    vacationBlocks.push(vacationBlock);
    const row = categoryRow(random, vacationBlock).map((category, b) => {
      if (category === 'vacation') return 'vacation';
      let best = -1;
      rotations.forEach((r, ri) => {
        const fits = category === 'elective' ? optional.includes(r) : r.category === category;
        if (fits && (best < 0 || (load[ri]?.[b] ?? 0) < (load[best]?.[b] ?? 0))) best = ri;
      });
      const cell = load[best];
      if (cell !== undefined) cell[b] = (cell[b] ?? 0) + 1;
      return rotations[best]?.id ?? 'clinic';
    });
    witness.push(row);
  }
  // Capacities read off the witness: each service's fewest and most trainees
  // in any block; electives keep one place spare so wishes can move.
  const capacities = rotations.map((r, ri) => {
    const counts = load[ri] ?? [];
    const spare = optional.includes(r) ? 1 : 0;
    return { rotationId: r.id, min: optional.includes(r) ? 0 : Math.min(...counts), max: Math.max(...counts) + spare };
  });
  const program = {
    id: 'bench',
    name: 'Benchmark Residency',
    institutionId: 'inst',
    type: 'residency',
    specialty: { name: 'Internal Medicine', acgmeCode: { status: 'unstated' }, board: { status: 'unstated' } },
    accreditor: { status: 'unstated' },
    founded: { status: 'unstated' },
    pgyLevels: { status: 'stated', value: { from: 1, to: 3 } },
    length: { amount: { kind: 'exact', value: 36 }, unit: 'months' },
    positions: { perYear: { kind: 'exact', value: Math.ceil(n / 3) }, total: { kind: 'exact', value: n }, sources: src },
    faculty: { total: { kind: 'exact', value: 10 }, description: 'faculty', groups: [], sources: src },
    leadership: [],
    missions: [],
    siteIds: ['main'],
    careSettings: [],
    affiliations: [],
    clinics: [],
    equipment: [],
    rotations: rotations.map((r) => ({ id: r.id, name: r.id, categories: [r.category, ...(heavy(r.category) ? ['heavy'] : [])], site: { status: 'unstated' }, sources: src })),
    curriculum: { blockSystem: { status: 'stated', value: { kind: 'four-week' } }, years: [], longitudinal: [], totals: [] },
    conferences: [],
    volumes: [],
    expectations: [],
    sourceFile: 'benchmark',
    factSources: {},
  };
  const people = Array.from({ length: n }, (_, i) => {
    const level = 1 + (i % 3);
    const preferences = [
      ...Array.from({ length: 3 }, () => ({ rotationId: optional[Math.floor(random() * optional.length)]?.id ?? 'clinic', blocks: [1 + Math.floor(random() * BLOCKS)], weight: 1 + Math.floor(random() * 3) })),
      { vacation: true, blocks: [vacationBlocks[i] ?? 2], weight: 2 },
    ];
    // Trainees enter at their current level, so earlier PGY windows are not theirs to meet here.
    return { trainee: { id: `r${String(i + 1).padStart(3, '0')}`, name: `Resident ${i + 1}`, programId: 'bench', startDate: '2026-07-01', pgyAtStart: level }, preferences };
  });
  const requirements = [1, 2, 3].flatMap((level) => [need('icu', 2, level), need('nights', 1, level), need('ward', 3, level)]);
  const problem = {
    id: `bench-${n}x13x${rotations.length}`,
    program,
    calendar: { kind: 'four-week', startYear: 2026 },
    trainees: people,
    capacities,
    rules: {
      requirementSets: [{ id: 'bench', programId: 'bench', title: 'Benchmark requirements', requirements }],
      prerequisites: [{ first: { categories: ['ward'] }, then: { categories: ['icu'] } }],
      maxConsecutive: [{ select: { categories: ['heavy'] }, max: 2 }],
      balance: [{ select: { categories: ['nights'] }, weight: 1 }],
      vacation: { blocksPerYear: 1, allowedBlocks: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    },
  };
  // The construction is the guarantee; this makes it checked, not assumed.
  witness.forEach((row, i) => {
    if (unmetRequirements(problem, i, row) > 0) throw new Error(`generator: trainee ${i + 1}'s built row misses a requirement: ${row.join(' ')}`);
  });
  return { problem, rotations, witness };
}

/**
 * A copy of a feasible problem with no schedule, for the explanation timing:
 * `supply` cuts every ICU to one trainee a block (the supply-against-demand
 * pre-check answers); `conflict` fixes the second trainee on ICU, ICU and
 * nights in blocks 5–7 against "at most two heavy blocks in a row" (only the
 * elastic and deletion filters find it).
 */
export function infeasibleVariant(s: SyntheticScheduling, kind: 'supply' | 'conflict'): Record<string, any> {
  const p = structuredClone(s.problem);
  if (kind === 'supply') {
    for (const c of p.capacities) {
      if (!String(c.rotationId).startsWith('icu')) continue;
      c.max = 1;
      c.min = Math.min(c.min, 1);
    }
  } else {
    p.trainees[1].fixed = [
      { block: 5, rotationId: 'icu-med' },
      { block: 6, rotationId: 'icu-med' },
      { block: 7, rotationId: 'nights-med' },
    ];
  }
  return p;
}
