import { describe, expect, it } from 'vitest';
import { mergeSpans, subtractSpans } from './spans';

describe('day spans', () => {
  it('merges overlapping and touching spans, in order', () => {
    // 1–4 touches 5–9 (no day between them); 12–14 stands apart.
    expect(mergeSpans([{ start: 12, end: 14 }, { start: 5, end: 9 }, { start: 1, end: 4 }, { start: 6, end: 7 }])).toEqual([
      { start: 1, end: 9 },
      { start: 12, end: 14 },
    ]);
  });

  it('cuts holes out of a span', () => {
    // Days 1–10 less 4–5 and 9–20 leave 1–3 and 6–8.
    expect(subtractSpans({ start: 1, end: 10 }, [{ start: 4, end: 5 }, { start: 9, end: 20 }])).toEqual([
      { start: 1, end: 3 },
      { start: 6, end: 8 },
    ]);
    expect(subtractSpans({ start: 1, end: 10 }, [{ start: 0, end: 10 }])).toEqual([]);
  });
});
