import type { Term } from '../solver/linear-model';
import { type Prepared, blockDates } from '../problem/prepare';
import { iso } from '../problem/days';
import { type RequirementRow, requirementRows } from './requirement-rows';

/** What a group of constraints stands for, for explanations. */
export interface RuleGroup {
  /** Stable key, e.g. `capacity:0:5`. */
  readonly key: string;
  /** Kind of rule. */
  readonly kind: 'capacity' | 'requirement' | 'prerequisite' | 'consecutive' | 'together' | 'vacation' | 'fixed';
  /** The rule in words a chief resident reads. */
  readonly text: string;
  /** Unit of a slack on it, for "relax by": `trainees`, `months`, `blocks`. */
  readonly unit: string;
  /** Trainee id, when the rule is about one trainee. */
  readonly traineeId?: string;
}

/** One constraint row of the scheduling model. */
export interface Row {
  /** Name. */
  readonly name: string;
  /** Terms. */
  readonly terms: readonly Term[];
  /** Lower bound. */
  readonly lower?: number;
  /** Upper bound. */
  readonly upper?: number;
  /** Group key; hard rows (one rotation per trainee-block, objective links) have none. */
  readonly group?: string;
}

/** Variables of the scheduling model, by trainee, block and rotation. */
export interface Variables {
  /** `x[t][b][r]`: index of the variable, or -1 when the trainee-block cannot take that rotation. */
  readonly x: readonly (readonly (readonly number[])[])[];
  /** `v[t][b]`: vacation variable index or -1. */
  readonly v: readonly (readonly number[])[];
  /** Names and kinds of every variable, in index order. */
  readonly list: readonly { readonly name: string; readonly type: 'binary' | 'continuous' }[];
  /**
   * Per variable, in index order: the index of the trainee it belongs to, or
   * -1 for a variable shared by many (balance bounds). The improvement search
   * fixes a trainee's variables as a unit and leaves shared ones free.
   */
  readonly owner: readonly number[];
}

/** Everything derived from a problem before solving. */
export interface ModelParts {
  /** The variables. */
  readonly vars: Variables;
  /** The rows. */
  readonly rows: readonly Row[];
  /** Rule groups by key. */
  readonly groups: ReadonlyMap<string, RuleGroup>;
  /** Requirement rows, for statistics and messages. */
  readonly requirements: readonly RequirementRow[];
  /** Preference terms: objective terms per trainee (negative weights reward). */
  readonly preference: readonly (readonly Term[])[];
  /** Balance objective terms (cost of spreads). */
  readonly balance: readonly Term[];
  /**
   * Per balance rule and class: its weight and each member's count of
   * selected blocks, so the spread is read off the grid. The solver's
   * most/fewest variables are only bounds on it when a limit stops the search.
   */
  readonly balanceClasses: readonly { readonly weight: number; readonly counts: readonly (readonly Term[])[] }[];
  /** Changes from the previous schedule per trainee: terms and a constant. */
  readonly changes: readonly { readonly terms: readonly Term[]; readonly constant: number }[] | null;
  /** Rotation index per trainee and block in the previous schedule (-1: none). */
  readonly previous: readonly (readonly number[])[] | null;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Builds the variables and constraint rows of a prepared problem.
 *
 * @param p - the prepared problem
 * @returns the model parts
 */
export function buildRows(p: Prepared): ModelParts {
  const list: { name: string; type: 'binary' | 'continuous' }[] = [];
  const owner: number[] = [];
  const add = (name: string, who: number, type: 'binary' | 'continuous' = 'binary') => {
    list.push({ name, type });
    owner.push(who);
    return list.length - 1;
  };
  const rules = p.problem.rules;
  const nb = p.blocks.length;
  const vacationAllowed = (inYear: number) => rules.vacation !== undefined && rules.vacation.blocksPerYear > 0 && (rules.vacation.allowedBlocks?.includes(inYear) ?? true);
  // A rotation closed in a block for every PGY level gets no variable there.
  const closed = p.blocks.map(() => new Set<number>());
  for (const c of p.problem.capacities) {
    if (c.max !== 0 || c.pgy !== undefined) continue;
    const r = p.rotations.findIndex((rot) => String(rot.id) === String(c.rotationId));
    for (const n of c.blocks ?? p.blocks.map((b) => b.number)) closed[n - 1]?.add(r);
  }
  const x = p.trainees.map((t, ti) => p.blocks.map((b, bi) => p.rotations.map((_, ri) => (t.available[bi] === true && !(closed[bi]?.has(ri) ?? false) ? add(`x_${ti}_${b.number}_${ri}`, ti) : -1))));
  const v = p.trainees.map((t, ti) => p.blocks.map((b, bi) => (t.available[bi] === true && vacationAllowed(b.inYear) ? add(`v_${ti}_${b.number}`, ti) : -1)));
  const rows: Row[] = [];
  const groups = new Map<string, RuleGroup>();
  const group = (g: RuleGroup) => {
    groups.set(g.key, g);
    return g.key;
  };
  const on = (ti: number, bi: number, set: ReadonlySet<number>): Term[] => [...set].map((ri) => x[ti]?.[bi]?.[ri] ?? -1).filter((i) => i >= 0).map((variable) => ({ variable, coefficient: 1 }));
  const rotName = (ri: number) => p.rotations[ri]?.name ?? String(ri);
  const selName = (set: ReadonlySet<number>) => [...set].map(rotName).join(' / ') || '(no rotation)';

  p.trainees.forEach((t, ti) => {
    p.blocks.forEach((b, bi) => {
      if (t.available[bi] !== true) return;
      const terms = [...(x[ti]?.[bi] ?? []), v[ti]?.[bi] ?? -1].filter((i) => i >= 0).map((variable) => ({ variable, coefficient: 1 }));
      rows.push({ name: `one_${ti}_${b.number}`, terms, lower: 1, upper: 1 });
    });
    t.input.fixed.forEach((f, i) => {
      const ri = p.rotations.findIndex((r) => String(r.id) === String(f.rotationId));
      const fb = p.blocks[f.block - 1];
      const key = group({ key: `fixed:${ti}:${i}`, kind: 'fixed', traineeId: t.id, unit: 'blocks', text: `${t.id} is fixed on ${rotName(ri)} in block ${f.block}${fb === undefined ? '' : ` (${blockDates(fb)})`}` });
      const variable = x[ti]?.[f.block - 1]?.[ri] ?? -1;
      rows.push({ name: `fix_${ti}_${i}`, terms: variable >= 0 ? [{ variable, coefficient: 1 }] : [], lower: 1, group: key });
    });
  });

  p.problem.capacities.forEach((c, ci) => {
    const ri = p.rotations.findIndex((r) => String(r.id) === String(c.rotationId));
    for (const n of c.blocks ?? p.blocks.map((b) => b.number)) {
      const bi = n - 1;
      const b = p.blocks[bi];
      if (b === undefined) continue;
      const terms: Term[] = [];
      p.trainees.forEach((t, ti) => {
        const level = t.pgy[bi] ?? 0;
        if (c.pgy !== undefined && (level < c.pgy.from || level > c.pgy.to)) return;
        const variable = x[ti]?.[bi]?.[ri] ?? -1;
        if (variable >= 0) terms.push({ variable, coefficient: 1 });
      });
      const who = c.pgy === undefined ? 'trainees' : `PGY${c.pgy.from}${c.pgy.to === c.pgy.from ? '' : `–PGY${c.pgy.to}`} trainees`;
      const bounds = c.max === undefined ? `at least ${c.min}` : c.min === 0 ? `at most ${c.max}` : c.min === c.max ? `exactly ${c.min}` : `${c.min} to ${c.max}`;
      const key = group({ key: `capacity:${ci}:${n}`, kind: 'capacity', unit: 'trainees', text: `${rotName(ri)} takes ${bounds} ${who} in block ${n} (${blockDates(b)})` });
      if (c.min > 0 || c.max !== undefined) rows.push({ name: `cap_${ci}_${n}`, terms, lower: c.min, ...(c.max === undefined ? {} : { upper: c.max }), group: key });
    }
  });

  const requirements = p.trainees.flatMap((_, ti) => requirementRows(p, ti));
  requirements.forEach((q, qi) => {
    const terms: Term[] = [];
    p.blocks.forEach((_, bi) => {
      const c = q.coefficients[bi] ?? 0;
      if (c > 0) for (const t of on(q.trainee, bi, q.rotations)) terms.push({ variable: t.variable, coefficient: c });
    });
    const id = p.trainees[q.trainee]?.id ?? '';
    const r = q.requirement;
    const window = r.pgy === undefined ? '' : ` in PGY${r.pgy.from}–PGY${r.pgy.to}`;
    const need = q.lower === null ? `at most ${fmt(q.upper === null ? 0 : q.upper + q.done)} months` : q.closes ? `${fmt(q.min)} months` : `enough ${r.categories.join('/')} by ${iso(p.last)} to still reach ${fmt(q.min)} months (${fmt(q.left)} months of the window remain after the horizon)`;
    const text = `${id} needs ${need} of ${r.categories.join(' or ')}${window} ("${r.title}"; ${fmt(q.done)} months already done)`;
    const key = group({ key: `requirement:${q.trainee}:${qi}`, kind: 'requirement', traineeId: id, unit: 'months', text });
    rows.push({ name: `req_${qi}`, terms, ...(q.lower === null ? {} : { lower: q.lower }), ...(q.upper === null ? {} : { upper: q.upper }), group: key });
  });

  rules.prerequisites.forEach((pr, k) => {
    const first = p.select(pr.first);
    const then = p.select(pr.then);
    p.trainees.forEach((t, ti) => {
      const firstIds = new Set([...first].map((ri) => String(p.rotations[ri]?.id)));
      if (t.input.done.some((a) => firstIds.has(String(a.rotationId)))) return;
      const key = group({ key: `prerequisite:${k}:${ti}`, kind: 'prerequisite', traineeId: t.id, unit: 'blocks', text: `${t.id} must do ${pr.minBlocks} block${pr.minBlocks === 1 ? '' : 's'} of ${selName(first)} before any ${selName(then)}` });
      p.blocks.forEach((b, bi) => {
        const now = on(ti, bi, then);
        if (now.length === 0) return;
        const before: Term[] = [];
        for (let j = 0; j < bi; j += 1) for (const term of on(ti, j, first)) before.push({ variable: term.variable, coefficient: -1 });
        rows.push({ name: `pre_${k}_${ti}_${b.number}`, terms: [...now.map((term) => ({ variable: term.variable, coefficient: pr.minBlocks })), ...before], upper: 0, group: key });
      });
    });
  });

  rules.maxConsecutive.forEach((mc, k) => {
    const sel = p.select(mc.select);
    p.trainees.forEach((t, ti) => {
      const key = group({ key: `consecutive:${k}:${ti}`, kind: 'consecutive', traineeId: t.id, unit: 'blocks', text: `${t.id} may have at most ${mc.max} consecutive block${mc.max === 1 ? '' : 's'} of ${selName(sel)}` });
      for (let s = 0; s + mc.max < nb; s += 1) {
        const terms: Term[] = [];
        for (let j = s; j <= s + mc.max; j += 1) terms.push(...on(ti, j, sel));
        if (terms.length > mc.max) rows.push({ name: `con_${k}_${ti}_${s + 1}`, terms, upper: mc.max, group: key });
      }
    });
  });

  rules.together.forEach((tg, k) => {
    const sel = p.select(tg.select);
    p.trainees.forEach((t, ti) => {
      const key = group({ key: `together:${k}:${ti}`, kind: 'together', traineeId: t.id, unit: 'blocks', text: `${t.id}'s ${selName(sel)} blocks come in runs of ${tg.length}` });
      const starts = p.blocks.map((b, bi) => (bi + tg.length <= nb ? add(`s_${k}_${ti}_${b.number}`, ti) : -1));
      p.blocks.forEach((b, bi) => {
        const terms: Term[] = on(ti, bi, sel);
        for (let j = Math.max(0, bi - tg.length + 1); j <= bi; j += 1) {
          const s = starts[j] ?? -1;
          if (s >= 0) terms.push({ variable: s, coefficient: -1 });
        }
        rows.push({ name: `tog_${k}_${ti}_${b.number}`, terms, lower: 0, upper: 0, group: key });
      });
    });
  });

  if (rules.vacation !== undefined && rules.vacation.blocksPerYear > 0) {
    const vac = rules.vacation;
    p.trainees.forEach((t, ti) => {
      for (let y = 0; y < p.problem.calendar.years; y += 1) {
        const inYear = p.blocks.map((b, bi) => ({ b, bi })).filter(({ b }) => b.year === y);
        const whole = inYear.every(({ bi }) => t.available[bi] === true);
        const terms = inYear.map(({ bi }) => v[ti]?.[bi] ?? -1).filter((i) => i >= 0).map((variable) => ({ variable, coefficient: 1 }));
        const key = group({ key: `vacation:${ti}:${y}`, kind: 'vacation', traineeId: t.id, unit: 'blocks', text: `${t.id} takes ${whole ? '' : 'at most '}${vac.blocksPerYear} vacation block${vac.blocksPerYear === 1 ? '' : 's'} in academic year ${p.problem.calendar.startYear + y}–${p.problem.calendar.startYear + y + 1}${vac.allowedBlocks ? `, only in blocks ${vac.allowedBlocks.join(', ')} of the year` : ''}` });
        if (terms.length > 0 || whole) rows.push({ name: `vac_${ti}_${y}`, terms, ...(whole ? { lower: vac.blocksPerYear } : {}), upper: vac.blocksPerYear, group: key });
      }
    });
  }

  const preference = p.trainees.map((t, ti) => {
    const terms: Term[] = [];
    for (const pref of t.input.preferences) {
      const ri = pref.rotationId === undefined ? -1 : p.rotations.findIndex((r) => String(r.id) === String(pref.rotationId));
      for (const n of pref.blocks ?? p.blocks.map((b) => b.number)) {
        const variable = ri >= 0 ? (x[ti]?.[n - 1]?.[ri] ?? -1) : (v[ti]?.[n - 1] ?? -1);
        if (variable >= 0) terms.push({ variable, coefficient: -pref.weight });
      }
    }
    return terms;
  });

  const balance: Term[] = [];
  const balanceClasses: { weight: number; counts: Term[][] }[] = [];
  rules.balance.forEach((bal, k) => {
    const sel = p.select(bal.select);
    // Trainees are compared with their own class: same PGY level on the horizon's first day.
    const classes = new Map<number, number[]>();
    p.trainees.forEach((t, ti) => classes.set(t.pgy[0] ?? 0, [...(classes.get(t.pgy[0] ?? 0) ?? []), ti]));
    for (const [level, members] of [...classes].sort((a, b) => a[0] - b[0])) {
      if (members.length < 2) continue;
      const hi = add(`bhi_${k}_${level}`, -1, 'continuous');
      const lo = add(`blo_${k}_${level}`, -1, 'continuous');
      balance.push({ variable: hi, coefficient: bal.weight }, { variable: lo, coefficient: -bal.weight });
      const counts: Term[][] = [];
      balanceClasses.push({ weight: bal.weight, counts });
      for (const ti of members) {
        const count: Term[] = p.blocks.flatMap((_, bi) => on(ti, bi, sel));
        counts.push(count);
        rows.push({ name: `bh_${k}_${level}_${ti}`, terms: [{ variable: hi, coefficient: 1 }, ...count.map((c) => ({ variable: c.variable, coefficient: -1 }))], lower: 0 });
        rows.push({ name: `bl_${k}_${level}_${ti}`, terms: [{ variable: lo, coefficient: 1 }, ...count.map((c) => ({ variable: c.variable, coefficient: -1 }))], upper: 0 });
      }
    }
  });

  let previous: number[][] | null = null;
  let changes: { terms: Term[]; constant: number }[] | null = null;
  if (p.problem.previous !== undefined) {
    const prev = p.problem.previous;
    previous = p.trainees.map((t) =>
      p.blocks.map((b) => {
        const a = prev.find((q) => String(q.traineeId) === t.id && q.start <= iso(b.start) && q.end >= iso(b.start));
        return a === undefined ? -1 : p.rotations.findIndex((r) => String(r.id) === String(a.rotationId));
      }),
    );
    changes = p.trainees.map((t, ti) => {
      const terms: Term[] = [];
      let constant = 0;
      p.blocks.forEach((_, bi) => {
        const was = previous?.[ti]?.[bi] ?? -1;
        if (t.available[bi] !== true) {
          if (was >= 0) constant += 1;
          return;
        }
        const keep = was >= 0 ? (x[ti]?.[bi]?.[was] ?? -1) : (v[ti]?.[bi] ?? -1);
        constant += 1;
        if (keep >= 0) terms.push({ variable: keep, coefficient: -1 });
      });
      return { terms, constant };
    });
  }
  return { vars: { x, v, list, owner }, rows, groups, requirements, preference, balance, balanceClasses, changes, previous };
}
