// Generated block-scheduling problems for the scheduler benchmark (issue 12):
// a three-year residency, N trainees split over PGY1–3, thirteen four-week
// blocks, R rotations (3 wards, 3 ICUs, 2 night services, a clinic, the rest
// electives), coverage minimums and maximums, per-PGY requirements (ICU,
// nights, wards), a vacation block, "ward before ICU", "no more than two
// heavy blocks in a row", balanced nights and three wishes per trainee.
// Deterministic (seeded); capacities are invented for the benchmark.
import { evaluate } from '@gmekit/requirements';
import { rng } from './rng';

const src = [{ file: 'benchmark', quote: 'generated' }];

export interface SyntheticRotation {
  readonly id: string;
  readonly category: 'ward' | 'icu' | 'nights' | 'ambulatory' | 'elective';
}

export interface SyntheticScheduling {
  /** The problem as JSON (what `scheduleBlocks` takes). */
  readonly problem: Record<string, any>;
  readonly rotations: readonly SyntheticRotation[];
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
  const cap = (r: SyntheticRotation) => {
    switch (r.category) {
      case 'ward':
        return { min: Math.ceil(n / 15), max: Math.ceil(n / 8) };
      case 'icu':
        return { min: Math.ceil(n / 30), max: Math.ceil(n / 10) };
      case 'nights':
        return { min: Math.ceil(n / 30), max: Math.ceil(n / 12) };
      default:
        return { min: 0, max: Math.ceil(n / 6) };
    }
  };
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
    rotations: rotations.map((r) => ({ id: r.id, name: r.id, categories: [r.category, ...(r.category === 'icu' || r.category === 'nights' ? ['heavy'] : [])], site: { status: 'unstated' }, sources: src })),
    curriculum: { blockSystem: { status: 'stated', value: { kind: 'four-week' } }, years: [], longitudinal: [], totals: [] },
    conferences: [],
    volumes: [],
    expectations: [],
    sourceFile: 'benchmark',
    factSources: {},
  };
  const optional = rotations.filter((r) => r.category === 'elective' || r.category === 'ambulatory');
  const people = Array.from({ length: n }, (_, i) => {
    const level = 1 + (i % 3);
    const preferences = [
      ...Array.from({ length: 3 }, () => ({ rotationId: optional[Math.floor(random() * optional.length)]?.id ?? 'clinic', blocks: [1 + Math.floor(random() * 13)], weight: 1 + Math.floor(random() * 3) })),
      { vacation: true, blocks: [2 + Math.floor(random() * 11)], weight: 2 },
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
    capacities: rotations.map((r) => ({ rotationId: r.id, ...cap(r) })),
    rules: {
      requirementSets: [{ id: 'bench', programId: 'bench', title: 'Benchmark requirements', requirements }],
      prerequisites: [{ first: { categories: ['ward'] }, then: { categories: ['icu'] } }],
      maxConsecutive: [{ select: { categories: ['heavy'] }, max: 2 }],
      balance: [{ select: { categories: ['nights'] }, weight: 1 }],
      vacation: { blocksPerYear: 1, allowedBlocks: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] },
    },
  };
  return { problem, rotations };
}

export interface GreedyResult {
  readonly ms: number;
  readonly violations: number;
  readonly byKind: Record<string, number>;
  readonly preferencePoints: number;
}

/**
 * The approach of the TypeScript peers: block by block, each trainee takes
 * the open rotation they most need (ICU, nights, wards by remaining blocks),
 * else a wished or open elective, never looking ahead. Violations are then
 * counted: staffing minimums short, requirements `evaluate` finds unmet, and
 * consecutive heavy blocks over the limit.
 */
export function greedySchedule(s: SyntheticScheduling): GreedyResult {
  const t0 = performance.now();
  const { problem, rotations } = s;
  const caps = problem.capacities as { rotationId: string; min: number; max: number }[];
  const blocks = 13;
  const starts = Array.from({ length: blocks }, (_, b) => new Date(Date.UTC(2026, 6, 1 + 28 * b)).toISOString().slice(0, 10));
  const ends = Array.from({ length: blocks }, (_, b) => (b === blocks - 1 ? '2027-06-30' : new Date(Date.UTC(2026, 6, 28 + 28 * b)).toISOString().slice(0, 10)));
  const want: Record<string, number> = { icu: 3, nights: 2, ward: 4 };
  const grid: string[][] = problem.trainees.map(() => []);
  const left: Record<string, number>[] = problem.trainees.map(() => ({ ...want }));
  let points = 0;
  for (let b = 0; b < blocks; b += 1) {
    const count = new Map<string, number>();
    problem.trainees.forEach((t: any, ti: number) => {
      const vac = t.preferences.find((p: any) => p.vacation === true)?.blocks[0] as number;
      const row = grid[ti] ?? [];
      if (vac === b + 1) {
        row.push('vacation');
        points += 2;
        return;
      }
      const heavyRun = row.length >= 2 && row.slice(-2).every((r) => r.startsWith('icu') || r.startsWith('nights'));
      const hadWard = row.some((r) => r.startsWith('ward'));
      const open = (r: SyntheticRotation) => (count.get(r.id) ?? 0) < (caps.find((c) => c.rotationId === r.id)?.max ?? Infinity);
      const needs = Object.entries(left[ti] ?? {}).filter(([, k]) => k > 0).sort((a, b2) => b2[1] - a[1]);
      let pick: SyntheticRotation | undefined;
      for (const [cat] of needs) {
        if ((cat === 'icu' || cat === 'nights') && heavyRun) continue;
        if (cat === 'icu' && !hadWard) continue;
        pick = rotations.find((r) => r.category === cat && open(r));
        if (pick) break;
      }
      if (!pick) {
        const wish = t.preferences.find((p: any) => p.rotationId !== undefined && p.blocks[0] === b + 1);
        pick = rotations.find((r) => r.id === wish?.rotationId && open(r)) ?? rotations.find((r) => (r.category === 'elective' || r.category === 'ambulatory') && open(r)) ?? rotations.find(open);
        if (pick && wish?.rotationId === pick.id) points += wish.weight as number;
      }
      const chosen = pick ?? rotations[0];
      if (chosen === undefined) return;
      row.push(chosen.id);
      count.set(chosen.id, (count.get(chosen.id) ?? 0) + 1);
      const l = left[ti];
      if (l?.[chosen.category] !== undefined) l[chosen.category] = (l[chosen.category] ?? 0) - 1;
    });
  }
  const ms = performance.now() - t0;
  const byKind: Record<string, number> = { staffing: 0, requirements: 0, consecutive: 0 };
  for (let b = 0; b < blocks; b += 1) {
    for (const c of caps) if (grid.filter((row) => row[b] === c.rotationId).length < c.min) byKind.staffing = (byKind.staffing ?? 0) + 1;
  }
  problem.trainees.forEach((t: any, ti: number) => {
    const row = grid[ti] ?? [];
    const assignments = row.flatMap((r, b) => (r === 'vacation' ? [] : [{ id: `a${b}`, traineeId: t.trainee.id, rotationId: r, start: starts[b], end: ends[b] }]));
    const leave = row.flatMap((r, b) => (r === 'vacation' ? [{ id: `v${b}`, traineeId: t.trainee.id, kind: 'vacation', start: starts[b], end: ends[b] }] : []));
    const report = evaluate(problem.rules.requirementSets[0], { record: { trainee: t.trainee, assignments, leave }, program: problem.program } as any, { asOf: '2027-06-30' });
    byKind.requirements = (byKind.requirements ?? 0) + report.results.filter((r) => r.status === 'unmet' || r.status === 'at-risk').length;
    let run = 0;
    for (const r of row) {
      run = r.startsWith('icu') || r.startsWith('nights') ? run + 1 : 0;
      if (run === 3) byKind.consecutive = (byKind.consecutive ?? 0) + 1;
    }
  });
  const violations = Object.values(byKind).reduce((a, b) => a + b, 0);
  return { ms, violations, byKind, preferencePoints: points };
}
