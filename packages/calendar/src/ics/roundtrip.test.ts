import { beforeAll, describe, expect, it } from 'vitest';
import { conferenceCalendar, CONFERENCE_SERIES, type SeriesFixture } from './__fixtures__/conference-series';
import { clientOccurrences, type OccurrenceMap } from './__fixtures__/oracles';
import { instantOf } from './convert';
import { parseICS } from './read';
import { toICS } from './write';
import { Temporal } from 'temporal-polyfill';

// Six academic years in Los Angeles: 2026-07-01 00:00 PDT … 2032-07-01 00:00 PDT.
const FROM = '2026-07-01T07:00:00Z';
const TO = '2032-07-01T07:00:00Z';

/**
 * Writes the series, reads the file back with ical.js, node-ical and
 * parseICS + expandCalendar, and checks all three see the number of
 * occurrences worked out by hand and the very same ones. Works for any list
 * of series.
 */
function checkWithClients(series: readonly SeriesFixture[]): { text: string; icaljs: OccurrenceMap } {
  const { text, icaljs, nodeical, gmekit } = clientOccurrences(conferenceCalendar(series), FROM, TO, 'America/Los_Angeles');
  for (const s of series) {
    const uid = s.event.uid!;
    expect(icaljs.get(uid)?.length ?? 0, `ical.js ${uid}`).toBe(s.expectedCount);
    // node-ical 0.22 does not read RDATE at all; compare it without them.
    const rdates = new Set((s.event.series.rdates ?? []).map((v) => (v.type === 'date' ? v.date : instantOf(v)?.toString())));
    expect(nodeical.get(uid) ?? [], `node-ical ${uid}`).toEqual((icaljs.get(uid) ?? []).filter((v) => !rdates.has(v)));
    expect(gmekit.get(uid) ?? [], `expandCalendar ${uid}`).toEqual(icaljs.get(uid) ?? []);
  }
  return { text, icaljs };
}

describe('toICS → real clients (ical.js, node-ical) and back through parseICS → expandCalendar', () => {
  let text = '';
  let icaljs: OccurrenceMap = new Map();
  beforeAll(() => {
    ({ text, icaljs } = checkWithClients(CONFERENCE_SERIES));
  });

  it('gives both clients the same occurrences, as many as worked out by hand', () => {
    expect(icaljs.size).toBe(CONFERENCE_SERIES.length);
  });

  it('keeps every tumor board on a Tuesday at 07:00 Los Angeles time across DST', () => {
    for (const iso of icaljs.get('tumor-board@gmekit.test')!) {
      const local = Temporal.Instant.from(iso).toZonedDateTimeISO('America/Los_Angeles');
      expect([local.dayOfWeek, local.hour, local.minute]).toEqual([2, 7, 0]);
    }
  });

  it('applies the EXDATE, the moved and the cancelled instance', () => {
    const board = icaljs.get('board-review@gmekit.test')!;
    // 17:00 PST on Nov 25 is 01:00Z on Nov 26; 17:00 PDT on Oct 15 is 00:00Z on Oct 16.
    expect(board).not.toContain('2026-11-26T01:00:00Z');
    expect(board).toContain('2026-10-16T00:00:00Z');
    expect(board).not.toContain('2026-10-15T00:00:00Z');
    expect(board).not.toContain('2026-12-17T01:00:00Z');
  });

  it('writes CRLF lines of at most 75 octets', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});

describe('parseICS(toICS(x)) equals x', () => {
  const calendar = conferenceCalendar();

  it('round-trips the conference calendar exactly, without findings', () => {
    const { calendar: back, findings } = parseICS(toICS(calendar));
    expect(findings).toEqual([]);
    expect(back).toEqual(calendar);
    expect(JSON.parse(JSON.stringify(back))).toEqual(calendar);
  });

  it('is deterministic and stable when written again', () => {
    const text = toICS(calendar);
    expect(toICS(calendar)).toBe(text);
    expect(toICS(parseICS(text).calendar)).toBe(text);
  });
});
