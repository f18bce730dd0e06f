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
  // Demand against capacity, per requirement over all trainees; then per set
  // of rotations over every requirement they serve (PGY1, PGY2 and PGY3 ICU
  // each fit alone, yet not together).
  const byRequirement = new Map<string, Requirement[]>();
  const byRotations = new Map<string, Requirement[]>();
  for (const q of parts.requirements) {
    if (q.lower === null) continue;
    const key = `${q.set.id}\u0000${q.requirement.id}`;
    byRequirement.set(key, [...(byRequirement.get(key) ?? []), q]);
    const rotations = [...q.rotations].sort((a, b) => a - b).join(',');
    byRotations.set(rotations, [...(byRotations.get(rotations) ?? []), q]);
  }
  const found = new Set<string>();
  for (const qs of byRequirement.values()) {
    const rule = shortage(p, qs);
    if (rule === null) continue;
    out.push(rule);
    found.add([...(qs[0]?.rotations ?? [])].sort((a, b) => a - b).join(','));
  }
  for (const [rotations, qs] of byRotations) {
    if (found.has(rotations) || new Set(qs.map((q) => q.requirement.id)).size < 2) continue;
    const rule = shortage(p, qs);
    if (rule !== null) out.push(rule);
  }
  return out;
}

type Requirement = ModelParts['requirements'][number];

/** Fewest blocks that reach a requirement's shortfall: largest block values first. */
function fewestBlocks(p: Prepared, q: Requirement): number {
  const values = p.blocks.map((_, bi) => q.coefficients[bi] ?? 0).sort((a, b) => b - a);
  let sum = 0;
  let blocks = 0;
  for (const v of values) {
    if (sum >= (q.lower ?? 0)) break;
    sum += v;
    blocks += 1;
  }
  return blocks;
}

/**
 * Trainee-blocks that requirements over the same rotations demand against
 * what the rotations' maximums give. One trainee's requirements add up only
 * when they count disjoint blocks (PGY1 and PGY2 windows); overlapping ones
 * may share blocks, so the largest stands for them.
 */
function shortage(p: Prepared, qs: readonly Requirement[]): ConflictingRule | null {
  const q0 = qs[0];
  if (q0 === undefined) return null;
  const perTrainee = new Map<number, Requirement[]>();
  for (const q of qs) perTrainee.set(q.trainee, [...(perTrainee.get(q.trainee) ?? []), q]);
  let demand = 0;
  for (const own of perTrainee.values()) {
    const disjoint = p.blocks.every((_, bi) => own.filter((q) => (q.coefficients[bi] ?? 0) > 0).length <= 1);
    const blocks = own.map((q) => fewestBlocks(p, q));
    demand += disjoint ? blocks.reduce((a, b) => a + b, 0) : Math.max(...blocks);
  }
  const maxes = (ri: number, bi: number) => p.problem.capacities.filter((c) => String(c.rotationId) === String(p.rotations[ri]?.id) && c.max !== undefined && c.pgy === undefined && (c.blocks?.includes(bi + 1) ?? true)).map((c) => c.max ?? 0);
  if (!p.blocks.every((_, bi) => [...q0.rotations].every((ri) => maxes(ri, bi).length > 0))) return null;
  let supply = 0;
  p.blocks.forEach((_, bi) => {
    let cap = 0;
    for (const ri of q0.rotations) cap += Math.min(...maxes(ri, bi));
    const people = [...perTrainee.values()].filter((own) => own.some((q) => (q.coefficients[bi] ?? 0) > 0)).length;
    supply += Math.min(cap, people);
  });
  if (demand <= supply) return null;
  const names = [...q0.rotations].map((ri) => p.rotations[ri]?.name ?? '').join(', ');
  const titles = [...new Set(qs.map((q) => `"${q.requirement.title}"`))].join(', ');
  return {
    kind: 'supply',
    rule: `${q0.requirement.categories.join('/')} (${titles}) needs at least ${demand} trainee-blocks from ${perTrainee.size} trainees over the horizon; the capacity of ${names} gives at most ${supply}`,
    traineeId: null,
    relaxBy: demand - supply,
    unit: 'trainee-blocks',
  };
}
