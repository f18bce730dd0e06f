import { describe, expect, it } from 'vitest';
import { parseICS, toICS } from '@gmekit/calendar';
import { traineeCalendars } from './calendars';
import type { BlockSchedule } from './types';

// Five calendar-month blocks, July to November 2026, written by hand.
const blocks = [
  { number: 1, start: '2026-07-01', end: '2026-07-31' },
  { number: 2, start: '2026-08-01', end: '2026-08-31' },
  { number: 3, start: '2026-09-01', end: '2026-09-30' },
  { number: 4, start: '2026-10-01', end: '2026-10-31' },
  { number: 5, start: '2026-11-01', end: '2026-11-30' },
];
const schedule = {
  status: 'scheduled',
  problemId: 'p',
  blocks,
  assignments: [],
  vacations: [],
  trainees: [
    {
      traineeId: 'A',
      blocks: [
        { block: 1, kind: 'rotation', rotationId: 'icu' },
        { block: 2, kind: 'rotation', rotationId: 'icu' },
        { block: 3, kind: 'vacation', rotationId: null },
        { block: 4, kind: 'leave', rotationId: null },
        { block: 5, kind: 'rotation', rotationId: 'ward' },
      ],
      preferencePoints: 0,
      changes: null,
    },
  ],
  objective: { preferencePoints: 0, balanceSpread: 0, changes: null },
  diff: [],
  verification: [],
  statistics: { solver: 'hand', status: 'optimal', variables: 0, constraints: 0, solves: 0 },
  timing: { totalMs: 0, solverMs: 0 },
} satisfies BlockSchedule;

describe('traineeCalendars', () => {
  it('makes one all-day event per run of blocks, DTEND the day after the run (RFC 5545 §3.6.1)', () => {
    const [a] = traineeCalendars(schedule, { dtstamp: '2026-06-01T00:00:00Z', rotations: [{ id: 'icu', name: 'Intensive care' }] });
    expect(a?.traineeId).toBe('A');
    const events = a?.calendar.events ?? [];
    // ICU July + August as one event; vacation September; leave October has none; ward November (no name given: the id).
    expect(events.map((e) => [e.summary, e.series.start, e.series.end])).toEqual([
      ['Intensive care', { type: 'date', date: '2026-07-01' }, { type: 'date', date: '2026-09-01' }],
      ['Vacation', { type: 'date', date: '2026-09-01' }, { type: 'date', date: '2026-10-01' }],
      ['ward', { type: 'date', date: '2026-11-01' }, { type: 'date', date: '2026-12-01' }],
    ]);
    expect(events.map((e) => e.uid)).toEqual(['p-A-b1@gmekit', 'p-A-b3@gmekit', 'p-A-b5@gmekit']);
    const text = toICS(a?.calendar ?? { events: [] });
    expect(text).toContain('DTSTART;VALUE=DATE:20260701\r\nDTEND;VALUE=DATE:20260901\r\n');
    const back = parseICS(text);
    expect(back.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(back.calendar.events.map((e) => e.summary)).toEqual(['Intensive care', 'Vacation', 'ward']);
  });
});
