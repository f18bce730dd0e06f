import { describe, expect, it } from 'vitest';
import { secondCatalog } from '../__fixtures__/catalog';
import { cli, put, scratch } from '../__fixtures__/cli';

// An Outlook-style file: a Windows zone name, a weekly series with no end,
// an all-day event, and a broken VEVENT on lines 18–20.
const OUTLOOK = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//test//EN',
  'BEGIN:VEVENT',
  'UID:tb@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;TZID=Pacific Standard Time:20261027T070000',
  'DURATION:PT1H',
  'RRULE:FREQ=WEEKLY;BYDAY=TU',
  'SUMMARY:Tumor board',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:thanksgiving@example.org',
  'DTSTAMP:20260101T000000Z',
  'DTSTART;VALUE=DATE:20261126',
  'SUMMARY:Thanksgiving',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'DTSTART:2026XX',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

describe('gmekit ics', () => {
  it('expands a weekly Outlook series across the November DST change in a window', async () => {
    const dir = scratch();
    put(dir, 'outlook.ics', OUTLOOK);
    const r = await cli(['ics', 'outlook.ics', '--from', '2026-10-27', '--to', '2026-11-10', '--json'], { cwd: dir });
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['file', 'calendar', 'window', 'occurrences', 'findings']);
    // "Pacific Standard Time" is Los Angeles; daylight time ends 2026-11-01, so 07:00 local moves from UTC−7 to UTC−8
    expect(doc.occurrences.map((o: { start: string }) => o.start)).toEqual([
      '2026-10-27T07:00:00-07:00[America/Los_Angeles]',
      '2026-11-03T07:00:00-08:00[America/Los_Angeles]',
      '2026-11-10T07:00:00-08:00[America/Los_Angeles]',
    ]);
    expect(doc.occurrences[0].end).toBe('2026-10-27T08:00:00-07:00[America/Los_Angeles]');
    // the broken event is reported by line, and is an error (exit 1)
    expect(r.code).toBe(1);
    expect(doc.findings.map((f: { message: string }) => f.message)).toContainEqual(expect.stringMatching(/^outlook\.ics:19: DTSTART: invalid DATE-TIME "2026XX"/));
  });

  it('lists bounded events without a window and says which ones repeat forever', async () => {
    const dir = scratch();
    put(dir, 'outlook.ics', OUTLOOK);
    const r = await cli(['ics', 'outlook.ics', '--json'], { cwd: dir });
    const doc = JSON.parse(r.stdout);
    expect(doc.window).toBeNull();
    // an all-day event is a date with an exclusive end the next day, never a midnight instant
    expect(doc.occurrences).toEqual([{ uid: 'thanksgiving@example.org', summary: 'Thanksgiving', start: '2026-11-26', end: '2026-11-27', allDay: true, overridden: false, cancelled: false }]);
    const forever = doc.findings.find((f: { code: string }) => f.code === 'ics/expand/unbounded');
    expect(forever.severity).toBe('info');
    expect(forever.message).toContain('"Tumor board" repeats without end');
  });

  it('reads back the .ics that gmekit conferences writes', async () => {
    const dir = scratch();
    const c = secondCatalog() as any;
    c.programs[0].conferences = c.programs[0].conferences.filter((s: { id: string }) => s.id === 'noon');
    put(dir, 'noon.json', c);
    const made = await cli(['conferences', 'fm', '--catalog', 'noon.json', '--from', '2026-10-28', '--to', '2026-11-04', '--ics', '--output', 'noon.ics'], { cwd: dir });
    expect(made.code).toBe(0);
    const r = await cli(['ics', 'noon.ics', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.calendar).toEqual({ name: 'Family Medicine Residency conferences', events: 2 });
    // Chicago leaves daylight time on 2026-11-01: noon is UTC−5 before and UTC−6 after
    expect(doc.occurrences.map((o: { start: string }) => o.start)).toEqual(['2026-10-28T12:00:00-05:00[America/Chicago]', '2026-11-04T12:00:00-06:00[America/Chicago]']);
    expect(doc.findings).toEqual([]);
    const text = await cli(['ics', 'noon.ics'], { cwd: dir });
    expect(text.stdout).toContain('noon.ics "Family Medicine Residency conferences": 2 events, 2 occurrences');
  });

  it('refuses bad arguments with exit 2', async () => {
    const dir = scratch();
    put(dir, 'outlook.ics', OUTLOOK);
    put(dir, 'data.json', { not: 'a calendar' });
    const cases: [string[], RegExp][] = [
      [['ics', 'missing.ics'], /^gmekit: missing\.ics: no such file\n$/],
      [['ics', 'data.json'], /^gmekit: data\.json: not an iCalendar file \(no BEGIN:VCALENDAR found\)\n$/],
      [['ics', 'outlook.ics', '--from', '2026-11-01'], /^gmekit: a window needs both --from <date> and --to <date>/],
      [['ics', 'outlook.ics', '--from', '2026-11-02', '--to', '2026-11-01'], /^gmekit: --from 2026-11-02 is after --to 2026-11-01/],
      [['ics', 'outlook.ics', '--zone', 'Mars/Olympus'], /^gmekit: --zone: "Mars\/Olympus" is not an IANA time-zone name/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, { cwd: dir });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
    }
  });

  it('expands a window as long as a residency, bounded by occurrences instead', async () => {
    const dir = scratch();
    put(dir, 'outlook.ics', OUTLOOK);
    const six = await cli(['ics', 'outlook.ics', '--from', '2020-07-01', '--to', '2026-06-30', '--json'], { cwd: dir });
    expect(six.stderr).toBe('');
    expect(JSON.parse(six.stdout).window).toEqual({ from: '2020-07-01', to: '2026-06-30' });
    const capped = await cli(['ics', 'outlook.ics', '--from', '2020-07-01', '--to', '2030-06-30', '--max-occurrences', '3'], { cwd: dir });
    expect(capped.code).toBe(2);
    expect(capped.stderr).toMatch(/^gmekit: outlook\.ics: an event has more than 3 occurrences from 2020-07-01 to 2030-06-30; narrow the window or raise --max-occurrences\n$/);
  });

  it('lists the sessions a feed cancelled as cancelled', async () => {
    const dir = scratch();
    // Wednesdays of November 2026 at noon; Veterans Day (the 11th) cancels one.
    const c = secondCatalog() as any;
    c.programs[0].conferences = c.programs[0].conferences.filter((s: { id: string }) => s.id === 'noon');
    put(dir, 'noon.json', c);
    await cli(['conferences', 'fm', '--catalog', 'noon.json', '--from', '2026-11-01', '--to', '2026-11-30', '--ics', '--output', 'noon.ics'], { cwd: dir });
    const doc = JSON.parse((await cli(['ics', 'noon.ics', '--json'], { cwd: dir })).stdout);
    expect(doc.occurrences.map((o: { start: string; cancelled: boolean }) => [o.start.slice(0, 10), o.cancelled])).toEqual([
      ['2026-11-04', false],
      ['2026-11-11', true],
      ['2026-11-18', false],
      ['2026-11-25', false],
    ]);
    expect((await cli(['ics', 'noon.ics'], { cwd: dir })).stdout).toMatch(/2026-11-11T12:00:00-06:00\[America\/Chicago\] .* \(cancelled\)/);
  });
});
