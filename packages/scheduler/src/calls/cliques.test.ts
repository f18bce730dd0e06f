import { describe, expect, it } from 'vitest';
import { exclusionRows, intervalCliques } from './cliques';

// Intervals in hours; the variables are their letters' positions.
const A = { variable: 0, start: 0, end: 10 };
const B = { variable: 1, start: 5, end: 15 };
const C = { variable: 2, start: 12, end: 20 };
const D = { variable: 3, start: 20, end: 25 };

describe('intervalCliques', () => {
  it('finds each maximal set sharing an instant: A–B at hour 5, B–C at hour 12; D touches C only at its end, so it is alone', () => {
    expect(intervalCliques([A, B, C, D])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('keeps a set only where it is largest: B inside A gives {A, B}, not also {A}', () => {
    expect(intervalCliques([A, { variable: 1, start: 2, end: 4 }])).toEqual([[0, 1]]);
  });

  it('ignores empty intervals', () => {
    expect(intervalCliques([A, { variable: 1, start: 3, end: 3 }])).toEqual([]);
  });
});

describe('exclusionRows', () => {
  it('drops a set inside another family’s set and keeps pairs no set covers as pair rows', () => {
    // Family 1: A, B, C all alive at hour 6 (one set of three). Family 2: A–B only (inside the first).
    const wide = [A, B, { variable: 2, start: 6, end: 8 }];
    const rows = exclusionRows([wide, [A, B]], [[0, 1], [0, 2], [1, 2], [3, 0]]);
    expect(rows).toEqual([[0, 1, 2], [0, 3]]);
  });
});
