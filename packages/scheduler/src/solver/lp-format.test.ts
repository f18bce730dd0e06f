import { describe, expect, it } from 'vitest';
import { highsSolver } from './highs';
import { ModelBuilder, checkModel } from './linear-model';
import { toLP } from './lp-format';
import { toMPS } from './mps-format';
import loadHighs from 'highs';

// A knapsack-like model worked by hand:
//   minimise  -5a - 4b - 3c + 2y   (a, b, c binary; 0 <= y <= 10 continuous)
//   cap:      2a + 3b + c <= 4
//   link:     1 <= a + b - y <= 1   (so y = a + b - 1, at least 0)
// Candidates (a, b, c): (1,0,1) uses 3 → y = 0, cost -8; (1,1,0) uses 5 > 4;
// (0,1,1) uses 4 → y = 0, cost -7; (1,0,0) → -5; (0,0,1) → y would be -1 < 0.
// a + b - y = 1 forces a + b ≥ 1. Best: a = 1, c = 1, b = 0, y = 0, objective -8 (+ constant 10 = 2).
function knapsack() {
  const m = new ModelBuilder();
  const a = m.variable({ name: 'a', type: 'binary' });
  const b = m.variable({ name: 'b', type: 'binary' });
  const c = m.variable({ name: 'c', type: 'binary' });
  const y = m.variable({ name: 'y', type: 'continuous', upper: 10 });
  m.constraint({ name: 'cap', terms: [{ variable: a, coefficient: 2 }, { variable: b, coefficient: 3 }, { variable: c, coefficient: 1 }], upper: 4 });
  m.constraint({ name: 'link', terms: [{ variable: a, coefficient: 1 }, { variable: b, coefficient: 1 }, { variable: y, coefficient: -1 }], lower: 1, upper: 1 });
  m.constraint({ name: 'range', terms: [{ variable: c, coefficient: 0.5 }, { variable: y, coefficient: 1 }], lower: 0, upper: 2.5 });
  m.cost(a, -5);
  m.cost(b, -4);
  m.cost(c, -3);
  m.cost(y, 2);
  m.addConstant(10);
  return m.build();
}

describe('MPS text', () => {
  it('writes a small model exactly', () => {
    expect(toMPS(knapsack())).toBe(
      [
        'NAME gmekit',
        'ROWS',
        ' N obj',
        ' L cap',
        ' E link',
        ' G range',
        'COLUMNS',
        " MARKER0 'MARKER' 'INTORG'",
        ' a obj -5',
        ' a cap 2',
        ' a link 1',
        ' b obj -4',
        ' b cap 3',
        ' b link 1',
        ' c obj -3',
        ' c cap 1',
        ' c range 0.5',
        " MARKER1 'MARKER' 'INTEND'",
        ' y obj 2',
        ' y link -1',
        ' y range 1',
        'RHS',
        ' rhs obj -10',
        ' rhs cap 4',
        ' rhs link 1',
        'RANGES',
        ' rng range 2.5',
        'BOUNDS',
        ' BV bnd a',
        ' BV bnd b',
        ' BV bnd c',
        ' UP bnd y 10',
        'ENDATA',
        '',
      ].join('\n'),
    );
  });

  it('HiGHS reads it back to the same optimum, constant included', async () => {
    const highs = await loadHighs();
    const value = highs.withModel({ format: 'mps', data: toMPS(knapsack()) }, (model) => {
      model.run();
      return { objective: model.getObjectiveValue(), x: Array.from(model.getSolution().colValue, (v) => Math.round(v)) };
    });
    expect(value.objective).toBeCloseTo(2, 9);
    expect(value.x).toEqual([1, 0, 1, 0]);
  });
});

describe('CPLEX LP text', () => {
  it('writes a small model exactly', () => {
    expect(toLP(knapsack())).toBe(
      [
        '\\ gmekit linear model',
        '\\ objective constant 10 not included below',
        'Minimize',
        ' obj: - 5 a - 4 b - 3 c + 2 y',
        'Subject To',
        ' cap: 2 a + 3 b + c <= 4',
        ' link: a + b - y = 1',
        ' range_lo: 0.5 c + y >= 0',
        ' range_hi: 0.5 c + y <= 2.5',
        'Bounds',
        ' 0 <= a <= 1',
        ' 0 <= b <= 1',
        ' 0 <= c <= 1',
        ' 0 <= y <= 10',
        'Binaries',
        ' a b c',
        'End',
        '',
      ].join('\n'),
    );
  });

  it('solves to the hand-computed optimum through highs', async () => {
    const out = await highsSolver().solve(knapsack());
    expect(out.status).toBe('optimal');
    expect(out.objective).toBeCloseTo(2, 9);
    expect(out.values).toEqual([1, 0, 1, 0]);
  });

  it('reports infeasibility and refuses malformed models', async () => {
    const m = new ModelBuilder();
    const x = m.variable({ name: 'x', type: 'binary' });
    m.constraint({ name: 'two', terms: [{ variable: x, coefficient: 1 }], lower: 2 });
    expect((await highsSolver().solve(m.build())).status).toBe('infeasible');
    expect(() => { checkModel({ variables: [{ name: '1x', type: 'binary' }], constraints: [], objective: [], objectiveConstant: 0 }); }).toThrow(/must be letters/);
    expect(() => { checkModel({ variables: [{ name: 'x', type: 'binary' }], constraints: [{ name: 'c', terms: [{ variable: 3, coefficient: 1 }] }], objective: [], objectiveConstant: 0 }); }).toThrow(/out of range/);
  });
});
