import { type LinearModel, ModelBuilder, type Term } from '../solver/linear-model';
import type { ModelParts } from './rows';

/** Which objective to put on the model. */
export type ObjectiveKind = 'schedule' | 'changes' | 'none';

/** How to turn the parts into one model. */
export interface AssembleOptions {
  /** Rule groups kept (all when absent); rows of other groups are left out. */
  readonly active?: ReadonlySet<string>;
  /** Rule groups made elastic: each row gets penalised slack, the objective becomes the total slack. */
  readonly elastic?: ReadonlySet<string>;
  /** `schedule` (preferences and balance), `changes` (trainee-blocks changed from the previous schedule) or `none`. */
  readonly objective: ObjectiveKind;
  /** With a previous schedule: at most this many changed trainee-blocks. */
  readonly maxChanges?: number;
}

/** The model and, for elastic groups, the indices of their slack variables. */
export interface Assembled {
  /** The model. */
  readonly model: LinearModel;
  /** Slack variable indices per elastic group. */
  readonly slacks: ReadonlyMap<string, readonly number[]>;
}

/**
 * Assembles a solver-neutral model from the parts.
 *
 * @param parts - variables and rows
 * @param options - active and elastic groups, objective
 * @returns the model with its slack variables
 */
export function assemble(parts: ModelParts, options: AssembleOptions): Assembled {
  const m = new ModelBuilder();
  for (const v of parts.vars.list) m.variable(v.type === 'binary' ? { name: v.name, type: 'binary' } : { name: v.name, type: 'continuous', lower: Number.NEGATIVE_INFINITY });
  const slacks = new Map<string, number[]>();
  for (const row of parts.rows) {
    if (row.group !== undefined && options.active !== undefined && !options.active.has(row.group)) continue;
    const terms: Term[] = [...row.terms];
    if (row.group !== undefined && options.elastic?.has(row.group) === true) {
      const own = slacks.get(row.group) ?? [];
      if (row.lower !== undefined) {
        const s = m.variable({ name: `sp_${row.name}`, type: 'continuous' });
        terms.push({ variable: s, coefficient: 1 });
        own.push(s);
      }
      if (row.upper !== undefined) {
        const s = m.variable({ name: `sm_${row.name}`, type: 'continuous' });
        terms.push({ variable: s, coefficient: -1 });
        own.push(s);
      }
      slacks.set(row.group, own);
    }
    m.constraint({ name: row.name, terms, ...(row.lower === undefined ? {} : { lower: row.lower }), ...(row.upper === undefined ? {} : { upper: row.upper }) });
  }
  if (options.elastic !== undefined) {
    for (const ids of slacks.values()) for (const s of ids) m.cost(s, 1);
  } else if (options.objective === 'schedule') {
    for (const terms of parts.preference) for (const t of terms) m.cost(t.variable, t.coefficient);
    for (const t of parts.balance) m.cost(t.variable, t.coefficient);
  } else if (options.objective === 'changes' && parts.changes !== null) {
    for (const c of parts.changes) {
      for (const t of c.terms) m.cost(t.variable, t.coefficient);
      m.addConstant(c.constant);
    }
  }
  if (options.maxChanges !== undefined && parts.changes !== null) {
    const constant = parts.changes.reduce((s, c) => s + c.constant, 0);
    m.constraint({ name: 'max_changes', terms: parts.changes.flatMap((c) => c.terms), upper: options.maxChanges - constant });
  }
  return { model: m.build(), slacks };
}
