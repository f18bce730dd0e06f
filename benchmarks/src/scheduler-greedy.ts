// The greedy baseline of the scheduler benchmark (issue 12): the approach of
// the TypeScript peers, scored with the same requirement count as the
// scheduler's verification.
import { BLOCKS, type SyntheticRotation, type SyntheticScheduling, unmetRequirements } from './scheduler-synthetic';

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
  const blocks = BLOCKS;
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
  problem.trainees.forEach((_: unknown, ti: number) => {
    const row = grid[ti] ?? [];
    byKind.requirements = (byKind.requirements ?? 0) + unmetRequirements(problem, ti, row);
    let run = 0;
    for (const r of row) {
      run = r.startsWith('icu') || r.startsWith('nights') ? run + 1 : 0;
      if (run === 3) byKind.consecutive = (byKind.consecutive ?? 0) + 1;
    }
  });
  const violations = Object.values(byKind).reduce((a, b) => a + b, 0);
  return { ms, violations, byKind, preferencePoints: points };
}
