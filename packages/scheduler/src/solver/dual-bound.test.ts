import { describe, expect, it } from 'vitest';
import { dualBound } from './dual-bound';
import { highsStartSolver } from './highs-start';
import { type LinearModel, ModelBuilder } from './linear-model';

// minimise x + 2y + 1 with x + y ≥ 3 (row 0) and x ≤ 2 (row 1), 0 ≤ x, y ≤ 10.
// Optimum at (2, 1): 2 + 2 + 1 = 5. Its duals: y is basic, so 2 − y₀ = 0 (y₀ = 2);
// x is basic too, so 1 − y₀ − y₁ = 0 (y₁ = −1, on row 1's upper side).
function small(): LinearModel {
  const m = new ModelBuilder();
  const x = m.variable({ name: 'x', type: 'continuous', lower: 0, upper: 10 });
  const y = m.variable({ name: 'y', type: 'continuous', lower: 0, upper: 10 });
  m.constraint({ name: 'need', terms: [{ variable: x, coefficient: 1 }, { variable: y, coefficient: 1 }], lower: 3 });
  m.constraint({ name: 'cap', terms: [{ variable: x, coefficient: 1 }], upper: 2 });
  m.cost(x, 1);
  m.cost(y, 2);
  m.addConstant(1);
  return m.build();
}

describe('dualBound', () => {
  it('gives the optimum from the optimal duals: 2·3 − 1·2 + 1 = 5', () => {
    expect(dualBound(small(), [2, -1])).toBeCloseTo(5, 6);
  });

  it('gives a weaker bound, never above the optimum, from other multipliers', () => {
    // (1, 0): reduced costs x 0, y 1 → 1·3 + 0 + 1 = 4.
    expect(dualBound(small(), [1, 0])).toBeCloseTo(4, 6);
    // (3, 0): reduced costs −2 and −1 take x and y to their upper bound 10 → 9 − 20 − 10 + 1 = −20.
    expect(dualBound(small(), [3, 0])).toBeCloseTo(-20, 6);
    // Row 1 has no lower side, so a positive multiplier there counts as 0: (2, 5) is (2, 0),
    // x's reduced cost 1 − 2 = −1 takes x to 10, y's is 0 → 2·3 − 10 + 1 = −3.
    expect(dualBound(small(), [2, 5])).toBeCloseTo(-3, 6);
  });

  it('has no bound when a reduced cost pushes a variable without that bound, or the duals do not match', () => {
    const m = new ModelBuilder();
    const x = m.variable({ name: 'x', type: 'continuous', lower: 0 });
    m.constraint({ name: 'need', terms: [{ variable: x, coefficient: 1 }], lower: 1 });
    m.cost(x, 1);
    const open = m.build();
    expect(dualBound(open, [1])).toBeCloseTo(1, 6);
    // Multiplier 2: x's reduced cost is −1 and x has no upper bound, so cᵀx − yᵀ(Ax) is unbounded below.
    expect(dualBound(open, [2])).toBeNull();
    expect(dualBound(open, [])).toBeNull();
    expect(dualBound(open, [Number.NaN])).toBeNull();
  });

  it('bounds an integer program through its binaries taken between 0 and 1', () => {
    // minimise −a − b with a + b ≤ 1.5 (a, b binary): the integer optimum is −1; multiplier −1 gives −1.5.
    const m = new ModelBuilder();
    const a = m.variable({ name: 'a', type: 'binary' });
    const b = m.variable({ name: 'b', type: 'binary' });
    m.constraint({ name: 'cap', terms: [{ variable: a, coefficient: 1 }, { variable: b, coefficient: 1 }], upper: 1.5 });
    m.cost(a, -1);
    m.cost(b, -1);
    expect(dualBound(m.build(), [-1])).toBeCloseTo(-1.5, 6);
    // Multiplier 0: both reduced costs −1, at the binaries' upper bound 1 → −2.
    expect(dualBound(m.build(), [0])).toBeCloseTo(-2, 6);
  });

  it('stays at or below the simplex optimum from the interior-point duals HiGHS reports, and within the method’s tolerance of it', async () => {
    // Random feasible covering LPs: minimise Σ cⱼxⱼ, Σ over each row's variables ≥ its need, 0 ≤ x ≤ 1.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let trial = 0; trial < 5; trial += 1) {
      const m = new ModelBuilder();
      const xs = Array.from({ length: 30 }, (_, j) => m.variable({ name: `x${j}`, type: 'continuous', lower: 0, upper: 1 }));
      for (const x of xs) m.cost(x, 1 + Math.floor(next() * 9));
      for (let i = 0; i < 20; i += 1) {
        const terms = xs.filter(() => next() < 0.3).map((variable) => ({ variable, coefficient: 1 }));
        m.constraint({ name: `r${i}`, terms, lower: Math.min(terms.length, 1 + Math.floor(next() * 3)) });
      }
      const model = m.build();
      const simplex = await highsStartSolver().solve(model);
      const interior = await highsStartSolver({ worker: trial % 2 === 0 }).solve(model, { lpMethod: 'interior-point', presolve: false });
      const optimum = simplex.objective ?? Number.NaN;
      const bound = dualBound(model, interior.rowDuals ?? []) ?? Number.NaN;
      expect(bound).toBeLessThanOrEqual(optimum + 1e-12);
      // The interior-point run stops within 1e-5 of the optimum, relative (on 1 + |objective|).
      expect(bound).toBeGreaterThanOrEqual(optimum - 1e-5 * (1 + Math.abs(optimum)));
      // The simplex's own duals prove its optimum.
      expect(dualBound(model, simplex.rowDuals ?? [])).toBeCloseTo(optimum, 6);
    }
  });
});
