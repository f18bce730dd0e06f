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

  it('grows a set by a variable exclusive with all its members though no one family sees them together', () => {
    // Hours from a midnight: a base shift 7–17, that calendar day off 0–24, a night 19–31.
    // Plain overlaps: base–day off at 7, day off–night at 19. With rest (8 h after the base, 12 after the night),
    // the base reaches to 25 and meets the night. Every two are exclusive, yet no instant of one family holds all three.
    const base = { variable: 0, start: 7, end: 17 };
    const off = { variable: 1, start: 0, end: 24 };
    const night = { variable: 2, start: 19, end: 31 };
    const plain = [base, off, night];
    const rested = [{ ...base, end: 25 }, { ...night, end: 43 }];
    expect(intervalCliques(plain)).toEqual([[0, 1], [1, 2]]);
    expect(intervalCliques(rested)).toEqual([[0, 2]]);
    // At most one of the three: half of each (1.5 in all) is no longer allowed.
    expect(exclusionRows([plain, rested], [[0, 1], [1, 2], [0, 2]])).toEqual([[0, 1, 2]]);
  });

  it('never grows a set by a variable compatible with one member', () => {
    // A day off (1) is exclusive with the base (0) and the night (2), but the base and the night are compatible here.
    const rows = exclusionRows([[{ variable: 0, start: 7, end: 17 }, { variable: 1, start: 0, end: 24 }, { variable: 2, start: 19, end: 31 }]], [[0, 1], [1, 2]]);
    expect(rows).toEqual([[0, 1], [1, 2]]);
  });
});
