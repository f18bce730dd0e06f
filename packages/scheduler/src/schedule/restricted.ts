import { boundsOf, type Constraint, type LinearModel, type Term, type Variable } from '../solver/linear-model';

/**
 * The model with every integer variable made continuous within its bounds:
 * its optimum bounds the MIP's from below, whatever the search finds later.
 *
 * @param model - the MIP
 * @returns the relaxation
 */
export function relaxation(model: LinearModel): LinearModel {
  const variables = model.variables.map((v): Variable => {
    if (v.type === 'continuous') return v;
    const { lower, upper } = boundsOf(v);
    return { name: v.name, type: 'continuous', lower, ...(Number.isFinite(upper) ? { upper } : {}) };
  });
  return { ...model, variables };
}

/** A model with some variables held at given values and taken out, and the way back. */
export interface Restricted {
  /** The smaller model over the variables left free. */
  readonly model: LinearModel;
  /**
   * A solution of the smaller model as one of the whole: held variables at
   * their values, free ones at the smaller model's values.
   *
   * @param free - values of the smaller model's variables
   * @returns values of every variable
   */
  expand(free: readonly number[]): number[];
  /** The given solution's values of the variables left free, by their index in the smaller model. */
  readonly start: ReadonlyMap<number, number>;
}

/**
 * The model with the variables `fix` selects held at `values` and
 * substituted out: their terms move into the row bounds and the objective
 * constant, and rows left with no variable are dropped (the values satisfy
 * them, being a solution). The smaller model is what makes a step cheap:
 * the solver reads and presolves a tenth of the text. Integer variables are
 * held at their rounded values, continuous ones that `fix` selects at their
 * values as they are: a held trainee's spacing and night-float run
 * variables, which its held calls already set. Kept free, they and their
 * rows were most of every step's model: a call window has 4,800 of them,
 * where six trainees have 1,000 binaries.
 *
 * @param model - the MIP
 * @param values - a solution of the model
 * @param fix - whether variable `j` is held
 * @returns the smaller model and the way back
 */
export function restricted(model: LinearModel, values: readonly number[], fix: (j: number) => boolean): Restricted {
  const at = (j: number) => (model.variables[j]?.type === 'continuous' ? (values[j] ?? 0) : Math.round(values[j] ?? 0));
  // Index in the smaller model, -1 for a held variable: an array, not a map, as a step reads it once per nonzero.
  const index = new Int32Array(model.variables.length).fill(-1);
  const variables: Variable[] = [];
  model.variables.forEach((v, j) => {
    if (fix(j)) return;
    index[j] = variables.length;
    variables.push(v);
  });
  // Only rows with a free variable stay; the others are found through the free variables' columns, not by
  // reading every row (a step frees a tenth of the trainees, so most rows hold no free variable).
  const columns = columnsOf(model);
  const kept = new Uint8Array(model.constraints.length);
  index.forEach((k, j) => {
    if (k < 0) return;
    for (let p = columns.starts[j] ?? 0; p < (columns.starts[j + 1] ?? 0); p += 1) kept[columns.rows[p] ?? 0] = 1;
  });
  const constraints: Constraint[] = [];
  model.constraints.forEach((c, i) => {
    if (kept[i] !== 1) return;
    let shift = 0;
    const terms: Term[] = [];
    for (const t of c.terms) {
      const k = index[t.variable] ?? -1;
      if (k < 0) shift += t.coefficient * at(t.variable);
      else terms.push({ variable: k, coefficient: t.coefficient });
    }
    constraints.push({ name: c.name, terms, ...(c.lower === undefined ? {} : { lower: c.lower - shift }), ...(c.upper === undefined ? {} : { upper: c.upper - shift }) });
  });
  let constant = model.objectiveConstant;
  const objective: Term[] = [];
  for (const t of model.objective) {
    const k = index[t.variable] ?? -1;
    if (k < 0) constant += t.coefficient * at(t.variable);
    else objective.push({ variable: k, coefficient: t.coefficient });
  }
  const start = new Map<number, number>();
  index.forEach((k, j) => {
    if (k >= 0) start.set(k, values[j] ?? 0);
  });
  return {
    model: { variables, constraints, objective, objectiveConstant: constant },
    start,
    expand: (free) => model.variables.map((_, j) => {
      const k = index[j] ?? -1;
      return k < 0 ? at(j) : (free[k] ?? 0);
    }),
  };
}

/** A model's matrix by column: the rows of variable j are `rows[starts[j]] … rows[starts[j + 1] - 1]`. */
interface Columns {
  readonly starts: Int32Array;
  readonly rows: Int32Array;
}

const columnCache = new WeakMap<LinearModel, Columns>();

/**
 * The rows each variable appears in, worked out once per model: a search
 * restricts the same model at every step.
 *
 * @param model - the model
 * @returns its matrix by column
 */
function columnsOf(model: LinearModel): Columns {
  const cached = columnCache.get(model);
  if (cached !== undefined) return cached;
  const starts = new Int32Array(model.variables.length + 1);
  for (const c of model.constraints) for (const t of c.terms) starts[t.variable + 1] = (starts[t.variable + 1] ?? 0) + 1;
  for (let j = 0; j < model.variables.length; j += 1) starts[j + 1] = (starts[j + 1] ?? 0) + (starts[j] ?? 0);
  const next = starts.slice(0, model.variables.length);
  const rows = new Int32Array(starts[model.variables.length] ?? 0);
  model.constraints.forEach((c, i) => {
    for (const t of c.terms) {
      const p = next[t.variable] ?? 0;
      rows[p] = i;
      next[t.variable] = p + 1;
    }
  });
  const columns = { starts, rows };
  columnCache.set(model, columns);
  return columns;
}
