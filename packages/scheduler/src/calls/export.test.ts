import { parseICS } from '@gmekit/calendar';
import { beforeAll, describe, expect, it } from 'vitest';
import { nightFloat } from './__fixtures__/small';
import { callsToCSV, callsToICS } from './export';
import { scheduleCalls } from './schedule-calls';
import type { CallSchedule } from './types';

// Night float across fall-back: the Oct 31 night runs 19:00 PDT → 07:00 PST.
let schedule: CallSchedule;
beforeAll(async () => {
  const result = await scheduleCalls(nightFloat('2026-10-26', '2026-11-01', ['n1', 'n2']));
  if (result.status !== 'scheduled') throw new Error('two residents cover a week of nights');
  schedule = result;
}, 60_000);

describe('callsToICS', () => {
  it('writes each of a trainee’s nights as a zoned event with a VTIMEZONE, CRLF lines, and reads back the same', () => {
    const text = callsToICS(schedule, 'n1');
    const mine = schedule.shifts.filter((s) => s.traineeId === 'n1');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Los_Angeles');
    expect(text.match(/BEGIN:VEVENT/g)?.length).toBe(mine.length);
    expect(text).toContain('DTSTAMP:20261026T000000Z');
    const parsed = parseICS(text);
    const starts = parsed.calendar.events.map((e) => e.series.start).map((v) => (v.type === 'zoned' ? `${v.dateTime} ${v.timeZone}` : v.type));
    expect(starts).toEqual(mine.map((s) => `${s.date}T19:00:00 America/Los_Angeles`));
    expect(parsed.calendar.events.map((e) => e.uid)).toEqual(mine.map((s) => `${s.id}@gmekit`));
  });

  it('is byte-stable: the same schedule gives the same file', () => {
    expect(callsToICS(schedule, 'n2')).toBe(callsToICS(schedule, 'n2'));
  });
});

describe('callsToCSV', () => {
  it('has the header and one CRLF row per call, dates in order', () => {
    const lines = callsToCSV(schedule).split('\r\n');
    expect(lines[0]).toBe('date,shift,trainee');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(1, -1)).toEqual(schedule.shifts.map((s) => `${s.date},nights,${s.traineeId}`));
    expect(lines.slice(1, -1).map((l) => l.slice(0, 10))).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01']);
  });

  it('quotes fields with commas, quotes or line breaks (RFC 4180 §2.6–2.7)', () => {
    const odd = { ...schedule, shifts: [{ ...schedule.shifts[0], id: 'x', coverageId: 'a,"b"', traineeId: 'line\nbreak' } as CallSchedule['shifts'][number]] };
    expect(callsToCSV(odd)).toBe('date,shift,trainee\r\n2026-10-26,"a,""b""","line\nbreak"\r\n');
  });
});
