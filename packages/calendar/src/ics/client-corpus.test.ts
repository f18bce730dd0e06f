import { describe, expect, it } from 'vitest';
import { CORPUS, corpusText } from './__fixtures__/client-corpus';
import { expandCalendar } from './expand-calendar';
import { parseICS } from './read';

describe('client-style corpus: each file gives the occurrences worked out by hand', () => {
  it('holds a few dozen files from every client shape', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(24);
    expect(new Set(CORPUS.map((c) => c.client))).toEqual(new Set(['Exchange', 'OWA', 'Outlook', 'Lotus Notes', 'Google', 'Apple', 'iTIP', 'multi-era']));
  });

  for (const c of CORPUS) {
    it(`${c.client}: ${c.name}`, () => {
      const { calendar, findings } = parseICS(corpusText(c));
      expect(findings.filter((f) => f.severity !== 'info').map((f) => f.code).sort()).toEqual(c.warnings ?? []);
      const r = expandCalendar(calendar, c.window);
      expect(r.findings).toEqual([]);
      const got = r.occurrences.map(({ occurrence: o }) => o.startInstant ?? (o.start.type === 'date' ? o.start.date : o.start.type === 'floating' ? o.start.dateTime : ''));
      expect(got).toEqual(c.expected);
    });
  }
});
