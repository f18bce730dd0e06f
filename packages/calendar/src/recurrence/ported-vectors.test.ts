import { describe, expect, it } from 'vitest';
import { PORTED } from './__fixtures__/ported-vectors';
import { expand } from './expand';
import { parseRRule } from './rrule';
import type { DateTimeValue } from './types';

describe('ported dateutil and libical recurrence vectors (re-derived by hand)', () => {
  for (const v of PORTED) {
    it(`${v.source}: ${v.name}${v.ambiguous === undefined ? '' : ' (RFC-ambiguous; gmekit choice)'}`, () => {
      const r = parseRRule(v.rule);
      if (!r.ok) throw new Error(r.error.message);
      const start: DateTimeValue = v.start.length === 10 ? { type: 'date', date: v.start } : { type: 'floating', dateTime: v.start };
      const got = expand({ start, rrule: r.rule }).map((o) => (o.start.type === 'date' ? o.start.date : o.start.type === 'floating' ? o.start.dateTime : ''));
      expect(got).toEqual(v.expected);
    });
  }

  it('lists every RFC-ambiguous case with the peer behaviour and gmekit\'s choice', () => {
    const ambiguous = PORTED.filter((v) => v.ambiguous !== undefined);
    expect(ambiguous.length).toBeGreaterThanOrEqual(4);
    for (const v of ambiguous) expect(v.ambiguous?.choice).toMatch(/gmekit/);
  });
});
