import { assemble } from '../build/assemble';
import type { ModelParts } from '../build/rows';
import type { Prepared } from '../problem/prepare';
import { type SolveCounter, counted } from '../schedule/counted';
import type { ConflictingRule, Explanation, ScheduleOptions } from '../schedule/types';
import type { SolverAdapter } from '../solver/adapter';
import { supplyDemand } from './supply';

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Explains why no schedule exists. First the supply-versus-demand pre-check;
 * when it finds nothing, an elastic filter (every rule soft; the rules that
 * needed slack are hardened, until the hardened ones alone conflict), then a
 * deletion filter over those rule groups (each
 * capacity-block, each trainee's requirement, prerequisite, consecutive
 * limit, vacation and fixed assignment): drop a chunk of rules, re-solve, and
 * keep them dropped while the rest stays infeasible, halving the chunk when
 * it does not. What remains is irreducible: dropping any one of its rules
 * makes a schedule possible. Each rule then gets the least relaxation that
 * fixes the conflict on its own (an elastic model with only that rule soft).
 *
 * @param p - the prepared problem
 * @param parts - the model parts
 * @param solver - the solver
 * @param counter - solve counter
 * @param options - limits
 * @returns the explanation
 */
export async function explainInfeasible(p: Prepared, parts: ModelParts, solver: SolverAdapter, counter: SolveCounter, scheduleOptions: ScheduleOptions): Promise<Explanation> {
  // Relaxation amounts must be least amounts: never stop at a first solution here.
  const options: ScheduleOptions = { ...scheduleOptions, firstSchedule: false };
  const pre = supplyDemand(p, parts);
  if (pre.length > 0) {
    return { method: 'supply-demand', summary: `No schedule is possible: ${pre.map((r) => r.rule).join('; ')}.`, rules: pre };
  }
  const feasible = async (active: ReadonlySet<string>) => (await counted(solver, counter, assemble(parts, { objective: 'none', active }).model, options)).status !== 'infeasible';
  let keep: string[] = [];
  if (await feasible(new Set<string>())) {
    const all = await oneTraineesRules(parts, feasible);
    const candidates = new Set(all);
    // Elastic filter: make every rule soft, harden the ones that needed
    // slack, repeat until the hardened rules alone are infeasible. They
    // usually number a handful, so the deletion filter below stays cheap.
    const hard = new Set<string>();
    for (;;) {
      const soft = new Set(all.filter((g) => !hard.has(g)));
      const { model, slacks } = assemble(parts, { objective: 'none', active: candidates, elastic: soft });
      const out = await counted(solver, counter, model, options);
      if (out.status === 'infeasible' || out.values === null) break;
      const used = [...slacks].filter(([, ids]) => ids.some((i) => (out.values?.[i] ?? 0) > 1e-6)).map(([g]) => g);
      if (used.length === 0) break;
      for (const g of used) hard.add(g);
    }
    keep = all.filter((g) => hard.has(g));
    // Deletion filter, in chunks: drop a chunk while the rest stays infeasible, else halve it.
    let i = 0;
    let chunk = Math.max(1, Math.ceil(keep.length / 2));
    while (i < keep.length) {
      const trial = [...keep.slice(0, i), ...keep.slice(i + chunk)];
      if (!(await feasible(new Set(trial)))) {
        keep = trial;
        chunk = Math.max(1, Math.min(chunk, Math.ceil((keep.length - i) / 2)));
      } else if (chunk > 1) chunk = Math.ceil(chunk / 2);
      else i += 1;
    }
  }
  const active = new Set(keep);
  const rules: ConflictingRule[] = [];
  for (const key of keep) {
    const g = parts.groups.get(key);
    if (g === undefined) continue;
    const out = await counted(solver, counter, assemble(parts, { objective: 'none', active, elastic: new Set([key]) }).model, options);
    const relaxBy = out.status === 'optimal' && out.objective !== null ? Math.round(out.objective * 100) / 100 : null;
    rules.push({ kind: g.kind, rule: g.text, traineeId: g.traineeId ?? null, relaxBy, unit: g.unit });
  }
  if (rules.length === 0) {
    return { method: 'conflict', summary: 'No schedule is possible even without capacities and rules: every trainee must have one rotation in each block they are in training, and some trainee-block has no rotation left open to it (every rotation closed there).', rules };
  }
  const lines = rules.map((r) => `${r.rule}${r.relaxBy === null ? '' : ` (relaxing this alone by ${fmt(r.relaxBy)} ${r.unit} would do)`}`);
  return {
    method: 'conflict',
    summary: `No schedule is possible: these ${rules.length} rules cannot all hold together, and dropping or relaxing any one of them makes a schedule possible — ${lines.join('; ')}.`,
    rules,
  };
}

/**
 * The rule groups to search for a conflict: when the rules about single
 * trainees already conflict without any capacity (a trainee fixed on three
 * heavy blocks against "two in a row"), those rules split by trainee, so
 * halving the trainees finds one whose own rules conflict in a few quick
 * solves, and the filters then work on that trainee's handful of rules
 * instead of elastic solves of the whole schedule. Otherwise every group.
 */
async function oneTraineesRules(parts: ModelParts, feasible: (active: ReadonlySet<string>) => Promise<boolean>): Promise<string[]> {
  const all = [...parts.groups.keys()];
  const owner = (g: string) => parts.groups.get(g)?.traineeId;
  const local = all.filter((g) => owner(g) !== undefined);
  if (await feasible(new Set(local))) return all;
  let ids = [...new Set(local.map(owner))];
  const rulesOf = (who: readonly (string | undefined)[]) => new Set(local.filter((g) => who.includes(owner(g))));
  while (ids.length > 1) {
    const half = ids.slice(0, Math.ceil(ids.length / 2));
    ids = (await feasible(rulesOf(half))) ? ids.slice(half.length) : half;
  }
  const own = rulesOf(ids);
  // A rule linking trainees would break the split: then search everything.
  return (await feasible(own)) ? all : [...own];
}
