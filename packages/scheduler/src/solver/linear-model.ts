/**
 * A solver-neutral linear model: named variables with bounds and types,
 * named linear constraints with lower and upper bounds, and a linear
 * objective to minimise. Any MILP solver reads this (HiGHS through the LP
 * text by default), so an institution can send the same model elsewhere.
 *
 * @module
 */

/** Kind of a variable. */
export type VariableType = 'continuous' | 'integer' | 'binary';

/** One decision variable. */
export interface Variable {
  /** Name used in LP/MPS text: letters, digits and `_`, starting with a letter. */
  readonly name: string;
  /** Kind. A binary variable lies within 0 and 1; its `lower`/`upper` only tighten that. */
  readonly type: VariableType;
  /** Lower bound (default 0). */
  readonly lower?: number;
  /** Upper bound (default +∞; 1 for binaries). */
  readonly upper?: number;
}

/**
 * A variable's bounds as the model means them: lower 0 and upper +∞ unless
 * given, and a binary's within 0 and 1 (its own bounds only tighten them,
 * as an upper 0 that rules it out). Every solver and bound reads them so.
 *
 * @param v - the variable
 * @returns its lower and upper bound
 * @example
 * boundsOf({ name: 'x', type: 'binary', upper: 0 }); // { lower: 0, upper: 0 }
 * boundsOf({ name: 'y', type: 'continuous' }); // { lower: 0, upper: Infinity }
 */
export function boundsOf(v: Variable): { readonly lower: number; readonly upper: number } {
  return v.type === 'binary' ? { lower: Math.max(0, v.lower ?? 0), upper: Math.min(1, v.upper ?? 1) } : { lower: v.lower ?? 0, upper: v.upper ?? Number.POSITIVE_INFINITY };
}

/** `coefficient × variable`, by the variable's index in {@link LinearModel.variables}. */
export interface Term {
  /** Index of the variable. */
  readonly variable: number;
  /** Its coefficient. */
  readonly coefficient: number;
}

/** A linear constraint `lower ≤ Σ terms ≤ upper`; an absent bound is unbounded. */
export interface Constraint {
  /** Name used in LP/MPS text. */
  readonly name: string;
  /** The terms; a variable appears at most once. */
  readonly terms: readonly Term[];
  /** Lower bound (none if absent). */
  readonly lower?: number;
  /** Upper bound (none if absent). */
  readonly upper?: number;
}

/** A model to minimise `objective + objectiveConstant` subject to the constraints. */
export interface LinearModel {
  /** The variables. */
  readonly variables: readonly Variable[];
  /** The constraints. */
  readonly constraints: readonly Constraint[];
  /** The objective's terms (minimised). */
  readonly objective: readonly Term[];
  /** A constant added to the objective (LP text cannot carry it; solvers add it back). */
  readonly objectiveConstant: number;
}

const NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Checks that a model is well formed: valid unique names, finite
 * coefficients, variable indices in range, no variable twice in a row,
 * bounds in order. Solver adapters call it before writing text.
 *
 * @param model - the model
 * @throws `RangeError` naming the first problem
 * @example
 * checkModel({ variables: [{ name: 'x', type: 'binary' }], constraints: [], objective: [], objectiveConstant: 0 });
 */
export function checkModel(model: LinearModel): void {
  const names = new Set<string>();
  const name = (n: string, what: string) => {
    if (!NAME.test(n)) throw new RangeError(`${what} name "${n}" must be letters, digits and _ and start with a letter`);
    if (names.has(n)) throw new RangeError(`${what} name "${n}" is used twice`);
    names.add(n);
  };
  const terms = (ts: readonly Term[], where: string) => {
    const seen = new Set<number>();
    for (const t of ts) {
      if (!Number.isInteger(t.variable) || t.variable < 0 || t.variable >= model.variables.length) throw new RangeError(`${where}: variable index ${t.variable} is out of range`);
      if (!Number.isFinite(t.coefficient)) throw new RangeError(`${where}: coefficient of ${model.variables[t.variable]?.name ?? t.variable} is not finite`);
      if (seen.has(t.variable)) throw new RangeError(`${where}: variable ${model.variables[t.variable]?.name ?? t.variable} appears twice`);
      seen.add(t.variable);
    }
  };
  for (const v of model.variables) {
    name(v.name, 'variable');
    if (v.lower !== undefined && v.upper !== undefined && v.lower > v.upper) throw new RangeError(`variable ${v.name}: lower bound ${v.lower} exceeds upper bound ${v.upper}`);
  }
  for (const c of model.constraints) {
    name(c.name, 'constraint');
    terms(c.terms, `constraint ${c.name}`);
    if (c.lower !== undefined && c.upper !== undefined && c.lower > c.upper) throw new RangeError(`constraint ${c.name}: lower bound ${c.lower} exceeds upper bound ${c.upper}`);
  }
  terms(model.objective, 'objective');
  if (!Number.isFinite(model.objectiveConstant)) throw new RangeError('the objective constant is not finite');
}

/** Mutable builder for a {@link LinearModel}. */
export class ModelBuilder {
  private readonly vars: Variable[] = [];
  private readonly rows: Constraint[] = [];
  private readonly costs = new Map<number, number>();
  private constant = 0;

  /**
   * Adds a variable.
   *
   * @param variable - the variable
   * @returns its index
   */
  variable(variable: Variable): number {
    this.vars.push(variable);
    return this.vars.length - 1;
  }

  /**
   * Variables added so far (the index the next one will get).
   *
   * @returns the count
   * @example
   * const b = new ModelBuilder();
   * b.variable({ name: 'x', type: 'binary' });
   * b.variableCount; // 1
   */
  get variableCount(): number {
    return this.vars.length;
  }

  /**
   * Adds a constraint; terms with the same variable are summed and zero terms dropped.
   *
   * @param constraint - the constraint
   */
  constraint(constraint: Constraint): void {
    this.rows.push({ ...constraint, terms: merge(constraint.terms) });
  }

  /**
   * Adds to a variable's objective coefficient.
   *
   * @param variable - variable index
   * @param coefficient - amount added
   */
  cost(variable: number, coefficient: number): void {
    this.costs.set(variable, (this.costs.get(variable) ?? 0) + coefficient);
  }

  /**
   * Adds a constant to the objective.
   *
   * @param amount - the constant
   */
  addConstant(amount: number): void {
    this.constant += amount;
  }

  /**
   * The model built so far.
   *
   * @returns the model
   */
  build(): LinearModel {
    const objective = [...this.costs].filter(([, c]) => c !== 0).sort((a, b) => a[0] - b[0]).map(([variable, coefficient]) => ({ variable, coefficient }));
    return { variables: [...this.vars], constraints: [...this.rows], objective, objectiveConstant: this.constant };
  }
}

function merge(terms: readonly Term[]): Term[] {
  const sum = new Map<number, number>();
  for (const t of terms) sum.set(t.variable, (sum.get(t.variable) ?? 0) + t.coefficient);
  return [...sum].filter(([, c]) => c !== 0).map(([variable, coefficient]) => ({ variable, coefficient }));
}
