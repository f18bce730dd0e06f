import type { ModelParts } from '../build/rows';
import type { Prepared } from '../problem/prepare';
import { blockDates } from '../problem/prepare';
import type { ConflictingRule } from '../schedule/types';

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Obvious impossibilities found without a solver: a block whose minimum
 * staffing exceeds the trainees who could be there, a trainee who cannot
 * reach a requirement in the blocks left, and rotations whose capacity over
 * the horizon is smaller than the trainee-blocks the requirements demand
 * ("ICU needs 120 trainee-blocks; capacity gives 104").
 *
 * @param p - the prepared problem
 * @param parts - the model parts
 * @returns the rules found, empty when none
 */
export function supplyDemand(p: Prepared, parts: ModelParts): ConflictingRule[] {
  const out: ConflictingRule[] = [];
  p.problem.capacities.forEach((c, ci) => {
    if (c.min === 0) return;
    const ri = p.rotations.findIndex((r) => String(r.id) === String(c.rotationId));
    for (const n of c.blocks ?? p.blocks.map((b) => b.number)) {
      const bi = n - 1;
      const b = p.blocks[bi];
      if (b === undefined) continue;
      const can = p.trainees.filter((t, ti) => (parts.vars.x[ti]?.[bi]?.[ri] ?? -1) >= 0 && (c.pgy === undefined || ((t.pgy[bi] ?? 0) >= c.pgy.from && (t.pgy[bi] ?? 0) <= c.pgy.to))).length;
      if (can < c.min) {
        const who = c.pgy === undefined ? 'trainees' : `PGY${c.pgy.from}–PGY${c.pgy.to} trainees`;
        out.push({ kind: 'capacity', rule: `${parts.groups.get(`capacity:${ci}:${n}`)?.text ?? ''}: it needs ${c.min} but only ${can} ${who} are in training, off leave and free to go there in block ${n} (${blockDates(b)})`, traineeId: null, relaxBy: c.min - can, unit: 'trainees' });
      }
    }
  });
  parts.requirements.forEach((q, qi) => {
    if (q.lower === null) return;
    let reachable = 0;
    p.blocks.forEach((_, bi) => {
      if ([...q.rotations].some((ri) => (parts.vars.x[q.trainee]?.[bi]?.[ri] ?? -1) >= 0)) reachable += q.coefficients[bi] ?? 0;
    });
    if (reachable < q.lower) {
      out.push({ kind: 'requirement', rule: `${parts.groups.get(`requirement:${q.trainee}:${qi}`)?.text ?? ''}: the blocks left give at most ${fmt(reachable)} of the ${fmt(q.lower)} months still needed`, traineeId: p.trainees[q.trainee]?.id ?? null, relaxBy: q.lower - reachable, unit: 'months' });
    }
  });
  // Demand against capacity, per requirement over all trainees.
  const byRequirement = new Map<string, typeof parts.requirements[number][]>();
  for (const q of parts.requirements) {
    if (q.lower === null) continue;
    const key = `${q.set.id}\u0000${q.requirement.id}`;
    byRequirement.set(key, [...(byRequirement.get(key) ?? []), q]);
  }
  for (const qs of byRequirement.values()) {
    const q0 = qs[0];
    if (q0 === undefined) continue;
    let demand = 0;
    for (const q of qs) {
      // Fewest blocks that can reach the trainee's shortfall: largest block values first.
      const values = p.blocks.map((_, bi) => q.coefficients[bi] ?? 0).sort((a, b) => b - a);
      let sum = 0;
      let blocks = 0;
      for (const v of values) {
        if (sum >= (q.lower ?? 0)) break;
        sum += v;
        blocks += 1;
      }
      demand += blocks;
    }
    let supply = 0;
    const limited = p.blocks.every((_, bi) =>
      [...q0.rotations].every((ri) => p.problem.capacities.some((c) => String(c.rotationId) === String(p.rotations[ri]?.id) && c.max !== undefined && c.pgy === undefined && (c.blocks?.includes(bi + 1) ?? true))),
    );
    if (!limited) continue;
    p.blocks.forEach((_, bi) => {
      let cap = 0;
      for (const ri of q0.rotations) {
        const maxes = p.problem.capacities.filter((c) => String(c.rotationId) === String(p.rotations[ri]?.id) && c.max !== undefined && c.pgy === undefined && (c.blocks?.includes(bi + 1) ?? true)).map((c) => c.max ?? 0);
        cap += Math.min(...maxes);
      }
      const people = qs.filter((q) => (q.coefficients[bi] ?? 0) > 0).length;
      supply += Math.min(cap, people);
    });
    if (demand > supply) {
      const names = [...q0.rotations].map((ri) => p.rotations[ri]?.name ?? '').join(', ');
      out.push({
        kind: 'supply',
        rule: `${q0.requirement.categories.join('/')} ("${q0.requirement.title}") needs at least ${demand} trainee-blocks from ${qs.length} trainees over the horizon; the capacity of ${names} gives at most ${supply}`,
        traineeId: null,
        relaxBy: demand - supply,
        unit: 'trainee-blocks',
      });
    }
  }
  return out;
}
