import { type LinearModel, type Term, boundsOf, checkModel } from './linear-model';

const PER_LINE = 8;

function num(x: number): string {
  // Shortest round-trip decimal: the solver reads back the very same double.
  return String(x);
}

function expression(model: LinearModel, terms: readonly Term[]): string {
  if (terms.length === 0) return `0 ${model.variables[0]?.name ?? 'x'}`;
  const parts = terms.map((t, i) => {
    const name = model.variables[t.variable]?.name ?? '';
    const sign = t.coefficient < 0 ? '-' : '+';
    const abs = Math.abs(t.coefficient);
    const body = abs === 1 ? name : `${num(abs)} ${name}`;
    return i === 0 ? `${t.coefficient < 0 ? '- ' : ''}${body}` : `${sign} ${body}`;
  });
  const lines: string[] = [];
  for (let i = 0; i < parts.length; i += PER_LINE) lines.push(parts.slice(i, i + PER_LINE).join(' '));
  return lines.join('\n   ');
}

/**
 * Writes a model as CPLEX LP text (the format HiGHS, CPLEX, Gurobi, SCIP and
 * CBC read). A constraint with both bounds becomes two rows, `name_lo` and
 * `name_hi` (equal bounds: one `=` row); the objective constant is left out
 * (LP text has none) and stated in a comment.
 *
 * @param model - the model
 * @returns LP text ending in `End`
 * @throws `RangeError` for a malformed model (see {@link checkModel})
 * @example
 * toLP({ variables: [{ name: 'x', type: 'binary' }], constraints: [], objective: [{ variable: 0, coefficient: 2 }], objectiveConstant: 0 });
 * // '\\ gmekit linear model\nMinimize\n obj: 2 x\nSubject To\nBounds\n 0 <= x <= 1\nBinaries\n x\nEnd\n'
 */
export function toLP(model: LinearModel): string {
  checkModel(model);
  const out: string[] = ['\\ gmekit linear model'];
  if (model.objectiveConstant !== 0) out.push(`\\ objective constant ${num(model.objectiveConstant)} not included below`);
  out.push('Minimize', ` obj: ${expression(model, model.objective)}`, 'Subject To');
  for (const c of model.constraints) {
    const e = expression(model, c.terms);
    if (c.lower !== undefined && c.upper !== undefined && c.lower === c.upper) out.push(` ${c.name}: ${e} = ${num(c.lower)}`);
    else if (c.lower !== undefined && c.upper !== undefined) out.push(` ${c.name}_lo: ${e} >= ${num(c.lower)}`, ` ${c.name}_hi: ${e} <= ${num(c.upper)}`);
    else if (c.lower !== undefined) out.push(` ${c.name}: ${e} >= ${num(c.lower)}`);
    else if (c.upper !== undefined) out.push(` ${c.name}: ${e} <= ${num(c.upper)}`);
  }
  out.push('Bounds');
  for (const v of model.variables) {
    const { lower, upper } = boundsOf(v);
    const lo = lower === Number.NEGATIVE_INFINITY ? '-inf' : num(lower);
    if (upper === Number.POSITIVE_INFINITY) {
      out.push(lower === Number.NEGATIVE_INFINITY ? ` ${v.name} free` : ` ${v.name} >= ${lo}`);
    } else out.push(` ${lo} <= ${v.name} <= ${num(upper)}`);
  }
  const of = (type: 'binary' | 'integer') => model.variables.filter((v) => v.type === type).map((v) => v.name);
  for (const [title, names] of [['Binaries', of('binary')], ['Generals', of('integer')]] as const) {
    if (names.length === 0) continue;
    out.push(title);
    for (let i = 0; i < names.length; i += PER_LINE) out.push(` ${names.slice(i, i + PER_LINE).join(' ')}`);
  }
  out.push('End');
  return `${out.join('\n')}\n`;
}
