import { describe, expect, it } from 'vitest';
import { boundsOf, ModelBuilder } from './linear-model';

describe('ModelBuilder.constraint', () => {
  const builder = (n: number) => {
    const b = new ModelBuilder();
    for (let j = 0; j < n; j += 1) b.variable({ name: `x${j}`, type: 'binary' });
    return b;
  };
  const row = (b: ModelBuilder) => b.build().constraints[0]?.terms.map((t) => [t.variable, t.coefficient]);

  it('keeps a row that names each variable once, in its order', () => {
    const b = builder(3);
    b.constraint({ name: 'r', terms: [{ variable: 2, coefficient: 1 }, { variable: 0, coefficient: -3 }, { variable: 1, coefficient: 0.5 }], upper: 1 });
    expect(row(b)).toEqual([[2, 1], [0, -3], [1, 0.5]]);
  });

  it('sums a variable named twice at its first place and drops zero terms, in short and long rows alike', () => {
    const short = builder(3);
    // x0: 1 + 2 = 3; x1: 4 − 4 = 0 goes; x2: 0 goes.
    short.constraint({ name: 'r', terms: [{ variable: 0, coefficient: 1 }, { variable: 1, coefficient: 4 }, { variable: 2, coefficient: 0 }, { variable: 0, coefficient: 2 }, { variable: 1, coefficient: -4 }], lower: 0 });
    expect(row(short)).toEqual([[0, 3]]);
    const long = builder(12);
    // Twelve distinct variables, then x3 again: its 1 + 1 = 2 stays at its first place.
    long.constraint({ name: 'r', terms: [...Array.from({ length: 12 }, (_, j) => ({ variable: j, coefficient: 1 })), { variable: 3, coefficient: 1 }], lower: 0 });
    expect(row(long)).toEqual(Array.from({ length: 12 }, (_, j) => [j, j === 3 ? 2 : 1]));
  });

  it('copies the terms: changing the array given afterwards changes nothing in the model', () => {
    const b = builder(2);
    const terms = [{ variable: 0, coefficient: 1 }, { variable: 1, coefficient: 1 }];
    b.constraint({ name: 'r', terms, upper: 1 });
    terms[0] = { variable: 1, coefficient: 5 };
    expect(row(b)).toEqual([[0, 1], [1, 1]]);
  });
});

describe('boundsOf', () => {
  it('reads defaults and keeps a binary within 0 and 1, its own bounds only tightening that', () => {
    expect(boundsOf({ name: 'c', type: 'continuous' })).toEqual({ lower: 0, upper: Number.POSITIVE_INFINITY });
    expect(boundsOf({ name: 'f', type: 'continuous', lower: -5, upper: 2.5 })).toEqual({ lower: -5, upper: 2.5 });
    expect(boundsOf({ name: 'i', type: 'integer', upper: 7 })).toEqual({ lower: 0, upper: 7 });
    expect(boundsOf({ name: 'b', type: 'binary' })).toEqual({ lower: 0, upper: 1 });
    // An upper 0 rules the binary out; bounds wider than 0–1 do not widen it.
    expect(boundsOf({ name: 'z', type: 'binary', upper: 0 })).toEqual({ lower: 0, upper: 0 });
    expect(boundsOf({ name: 'w', type: 'binary', lower: -3, upper: 4 })).toEqual({ lower: 0, upper: 1 });
  });
});
