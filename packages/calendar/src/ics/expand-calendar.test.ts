import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandCalendar } from './expand-calendar';
import { parseICS } from './read';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');

function starts(name: string, window: { start: string; end: string }) {
  const { calendar, findings } = parseICS(fixture(name));
  expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
  const result = expandCalendar(calendar, window);
  expect(result.findings).toEqual([]);
  return result.occurrences.map((o) => [o.uid, o.occurrence.startInstant ?? (o.occurrence.start.type === 'date' ? o.occurrence.start.date : ''), o.summary]);
}

// Expected occurrences below are worked out by hand from the fixture text and
// the calendar (2026-07-07 is a Tuesday; US DST runs from the second Sunday of
// March, 2026-03-08, to the first Sunday of November, 2026-11-01; Los Angeles
// is UTC-7 in summer and UTC-8 in winter, New York UTC-4 and UTC-5).
describe('expandCalendar over hand-written client files', () => {
  it('Google: weekly Tuesdays 07:00 PDT (14:00Z) until the date-only UNTIL 2026-09-01 inclusive, minus EXDATE July 21; the all-day holiday', () => {
    const uid = '5q1b8c2o9v0ra6s3m4tumor@google.com';
    const tb = (d: string) => [uid, `${d}T14:00:00Z`, 'Tumor board'];
    expect(starts('google.ics', { start: '2026-07-01T07:00:00Z', end: '2026-12-01T08:00:00Z' })).toEqual([
      ['holiday-2026-07-04@google.com', '2026-07-04', 'Independence Day (observed July 3)'],
      tb('2026-07-07'), tb('2026-07-14'), tb('2026-07-28'), tb('2026-08-04'), tb('2026-08-11'), tb('2026-08-18'), tb('2026-08-25'), tb('2026-09-01'),
    ].sort((a, b) => sortKey(a[1]!) - sortKey(b[1]!)));
  });

  it('Outlook: every other Thursday 12:00 Pacific, COUNT=6, across the November DST change, with the Nov 26 instance moved to Wednesday Nov 25', () => {
    // Oct 15 and 29 are 12:00 PDT = 19:00Z; from Nov 12 on 12:00 PST = 20:00Z.
    const uid = '040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5';
    const jc = (i: string, s = 'Journal club') => [uid, i, s];
    expect(starts('outlook.ics', { start: '2026-10-01T00:00:00Z', end: '2027-01-01T00:00:00Z' })).toEqual([
      jc('2026-10-15T19:00:00Z'), jc('2026-10-29T19:00:00Z'), jc('2026-11-12T20:00:00Z'),
      jc('2026-11-25T20:00:00Z', 'Journal club (Thanksgiving week)'), jc('2026-12-10T20:00:00Z'), jc('2026-12-24T20:00:00Z'),
    ]);
  });

  it('Apple: 2nd and 4th Tuesday monthly at 07:00 PDT, COUNT=6', () => {
    // July 2026 Tuesdays: 7, 14, 21, 28; August: 4, 11, 18, 25; September: 1, 8, 15, 22, 29.
    const cr = (d: string) => ['6A1C9F1E-2B3D-4E5F-8A9B-0C1D2E3F4A5B', `${d}T14:00:00Z`, 'Chart rounds'];
    expect(starts('apple.ics', { start: '2026-07-01T00:00:00Z', end: '2027-01-01T00:00:00Z' })).toEqual([
      cr('2026-07-14'), cr('2026-07-28'), cr('2026-08-11'), cr('2026-08-25'), cr('2026-09-08'), cr('2026-09-22'),
    ]);
  });

  it('Overrides: daily 09:00 New York March 6-10 minus EXDATE Mar 7, Mar 9 moved to 10:30, Mar 10 cancelled', () => {
    // Mar 6 09:00 EST = 14:00Z; Mar 8 (DST starts that night) 09:00 EDT = 13:00Z; Mar 9 10:30 EDT = 14:30Z.
    const uid = 'morning-report@example.org';
    expect(starts('overrides.ics', { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' })).toEqual([
      [uid, '2026-03-06T14:00:00Z', 'Morning report'],
      [uid, '2026-03-08T13:00:00Z', 'Morning report'],
      [uid, '2026-03-09T14:30:00Z', 'Morning report (late start)'],
    ]);
  });

  it('reports an event that cannot be expanded and still expands the others', () => {
    const text = fixture('google.ics').replace('RRULE:FREQ=WEEKLY;WKST=SU;UNTIL=20260901;BYDAY=TU', 'RRULE:FREQ=SECONDLY');
    const { calendar } = parseICS(text);
    const result = expandCalendar(calendar, { start: '2026-07-01T00:00:00Z', end: '2026-08-01T00:00:00Z' }, { limit: 1000 });
    expect(result.findings).toEqual([expect.objectContaining({ code: 'ics/expand/limit-exceeded', severity: 'error', path: ['events', 0, 'options', 'limit'] })]);
    expect(result.occurrences.map((o) => o.uid)).toEqual(['holiday-2026-07-04@google.com']);
  });
});

// The all-day holiday sorts at midnight Los Angeles time (the X-WR-TIMEZONE).
function sortKey(v: string): number {
  return v.length === 10 ? Date.parse(`${v}T07:00:00Z`) : Date.parse(v);
}
