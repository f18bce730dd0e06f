import { type LinearModel, checkModel } from './linear-model';

const num = (x: number) => String(x);

/**
 * Writes a model as free-format MPS text (read by HiGHS, CPLEX, Gurobi, SCIP,
 * CBC and GLPK). Integer and binary columns sit between `INTORG`/`INTEND`
 * markers; a constraint with both bounds is a `G` row with a `RANGES` entry
 * (equal bounds: an `E` row); the objective constant is the negated
 * right-hand side of the objective row, the MPS convention.
 *
 * @param model - the model (minimised)
 * @param name - the model's name on the `NAME` line
 * @returns MPS text ending in `ENDATA`
 * @throws `RangeError` for a malformed model (see {@link checkModel})
 * @example
 * toMPS({ variables: [{ name: 'x', type: 'binary' }], constraints: [], objective: [{ variable: 0, coefficient: 2 }], objectiveConstant: 0 });
 */
export function toMPS(model: LinearModel, name = 'gmekit'): string {
  checkModel(model);
  const out: string[] = [`NAME ${name}`, 'ROWS', ' N obj'];
  const rowType = model.constraints.map((c) => (c.lower !== undefined && c.upper !== undefined ? (c.lower === c.upper ? 'E' : 'G') : c.lower !== undefined ? 'G' : c.upper !== undefined ? 'L' : 'N'));
  model.constraints.forEach((c, i) => out.push(` ${rowType[i] ?? 'N'} ${c.name}`));
  // Column-wise entries: the objective first, then the rows in order.
  const entries = model.variables.map(() => [] as [string, number][]);
  for (const t of model.objective) entries[t.variable]?.push(['obj', t.coefficient]);
  model.constraints.forEach((c) => {
    for (const t of c.terms) entries[t.variable]?.push([c.name, t.coefficient]);
  });
  out.push('COLUMNS');
  let integral = false;
  let marker = 0;
  for (const [i, v] of model.variables.entries()) {
    const isInt = v.type !== 'continuous';
    if (isInt !== integral) {
      out.push(` MARKER${marker} 'MARKER' '${isInt ? 'INTORG' : 'INTEND'}'`);
      marker += 1;
      integral = isInt;
    }
    const list = entries[i] ?? [];
    // A column in no row and not in the objective still has to be declared.
    if (list.length === 0) out.push(` ${v.name} obj 0`);
    for (const [row, value] of list) out.push(` ${v.name} ${row} ${num(value)}`);
  }
  if (integral) out.push(` MARKER${marker} 'MARKER' 'INTEND'`);
  out.push('RHS');
  if (model.objectiveConstant !== 0) out.push(` rhs obj ${num(-model.objectiveConstant)}`);
  model.constraints.forEach((c, i) => {
    const type = rowType[i];
    const rhs = type === 'L' ? c.upper : c.lower;
    if (type !== 'N' && rhs !== undefined && rhs !== 0) out.push(` rhs ${c.name} ${num(rhs)}`);
  });
  const ranged = model.constraints.filter((c, i) => rowType[i] === 'G' && c.upper !== undefined && c.lower !== undefined);
  if (ranged.length > 0) {
    out.push('RANGES');
    for (const c of ranged) out.push(` rng ${c.name} ${num((c.upper ?? 0) - (c.lower ?? 0))}`);
  }
  out.push('BOUNDS');
  for (const v of model.variables) {
    if (v.type === 'binary') {
      out.push(` BV bnd ${v.name}`);
      continue;
    }
    const lower = v.lower ?? 0;
    const upper = v.upper ?? Number.POSITIVE_INFINITY;
    if (lower === Number.NEGATIVE_INFINITY && upper === Number.POSITIVE_INFINITY) out.push(` FR bnd ${v.name}`);
    else {
      if (lower === Number.NEGATIVE_INFINITY) out.push(` MI bnd ${v.name}`);
      else if (lower !== 0) out.push(` LO bnd ${v.name} ${num(lower)}`);
      if (upper !== Number.POSITIVE_INFINITY) out.push(` UP bnd ${v.name} ${num(upper)}`);
    }
  }
  out.push('ENDATA');
  return `${out.join('\n')}\n`;
}
