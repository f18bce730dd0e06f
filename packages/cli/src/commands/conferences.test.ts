import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { secondCatalog } from '../__fixtures__/catalog';
import { cli, put, scratch } from '../__fixtures__/cli';

// The second catalog without its journal club, whose time is unstated.
function noonOnly(dir: string): void {
  const c = secondCatalog() as any;
  c.programs[0].conferences = c.programs[0].conferences.filter((s: { id: string }) => s.id === 'noon');
  put(dir, 'noon.json', c);
}

const AM = ['--reading', 'ir-am-conference.frequency=weekdays', '--reading', 'ir-am-conference.weekdays=MO,TU,WE,TH,FR'];

describe('gmekit conferences', () => {
  it('lists the Wednesday noon conference in July 2026 in Chicago time (exit 0)', async () => {
    const dir = scratch();
    noonOnly(dir);
    const r = await cli(['conferences', 'fm', '--catalog', 'noon.json', '--from', '2026-07-01', '--to', '2026-07-31', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['program', 'window', 'occurrences', 'findings']);
    expect(doc.window).toEqual({ from: '2026-07-01', to: '2026-07-31' });
    // Wednesdays of July 2026; Chicago keeps daylight time (UTC−5) all month
    expect(doc.occurrences.map((o: { date: string }) => o.date)).toEqual(['2026-07-01', '2026-07-08', '2026-07-15', '2026-07-22', '2026-07-29']);
    expect(doc.occurrences[0].start).toBe('2026-07-01T12:00:00-05:00[America/Chicago]');
    expect(doc.occurrences[0].end).toBe('2026-07-01T13:00:00-05:00[America/Chicago]');
  });

  it('reports series the source leaves without a time as errors (exit 1), still listing the rest', async () => {
    const dir = scratch();
    put(dir, 'c.json', secondCatalog());
    const r = await cli(['conferences', 'fm', '--catalog', 'c.json', '--from', '2026-07-01', '--to', '2026-07-07', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.occurrences.map((o: { seriesId: string }) => o.seriesId)).toEqual(['noon']);
    expect(doc.findings.some((f: { code: string; severity: string }) => f.code === 'conference/startTime-unstated' && f.severity === 'error')).toBe(true);
  });

  it('takes a supplied time for the journal club: first Thursdays, 18:00 in Chicago (exit 0)', async () => {
    const dir = scratch();
    put(dir, 'c.json', secondCatalog());
    const r = await cli(['conferences', 'fm', '--catalog', 'c.json', '--from', '2026-07-01', '--to', '2026-08-31', '--reading', 'journal.startTime=18:00', '--reading', 'journal.durationMinutes=60', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    // FREQ=MONTHLY;BYDAY=1TH: July 2 and August 6, 2026
    const journal = doc.occurrences.filter((o: { seriesId: string }) => o.seriesId === 'journal');
    expect(journal.map((o: { start: string }) => o.start)).toEqual(['2026-07-02T18:00:00-05:00[America/Chicago]', '2026-08-06T18:00:00-05:00[America/Chicago]']);
    // the supplied values are reported, never silently assumed
    expect(doc.findings.filter((f: { code: string }) => f.code === 'conference/value-supplied')).toHaveLength(2);
  });

  it('uses readings for the IR AM conference and cancels it on the observed Independence Day', async () => {
    const r = await cli(['conferences', 'ir', '--from', '2026-06-29', '--to', '2026-07-03', ...AM, '--json']);
    const am = JSON.parse(r.stdout).occurrences.filter((o: { seriesId: string }) => o.seriesId === 'ir-am-conference');
    // brochure: Monday core radiology, Tuesday vascular conference, Wednesday clinical topics, Thursday general IR, Friday case conference/journal club
    expect(am.map((o: { date: string; topic: string }) => [o.date, o.topic.split(' ')[0]])).toEqual([
      ['2026-06-29', 'Core'],
      ['2026-06-30', 'Multi-disciplinary'],
      ['2026-07-01', 'Dedicated'],
      ['2026-07-02', 'General'],
      ['2026-07-03', 'Best'],
    ]);
    // July 4, 2026 is a Saturday, so the federal holiday is observed on Friday, July 3
    expect(am[4].status).toBe('cancelled');
    expect(am.slice(0, 4).every((o: { status: string }) => o.status === 'scheduled')).toBe(true);
    expect(am[0].start).toBe('2026-06-29T07:00:00-07:00[America/Los_Angeles]');
    const text = await cli(['conferences', 'ir', '--from', '2026-06-29', '--to', '2026-07-03', ...AM]);
    expect(text.stdout).toMatch(/^2026-07-03 +07:00–08:00 +IR AM conference: Best IR case conference\/Journal clubs +cancelled \(Independence Day\)$/m);
  });

  it('writes an iCalendar file with a VTIMEZONE and one VEVENT per session', async () => {
    const dir = scratch();
    noonOnly(dir);
    const r = await cli(['conferences', 'fm', '--catalog', 'noon.json', '--from', '2026-07-01', '--to', '2026-07-31', '--ics', '--output', 'noon.ics'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['noon.ics', 'noon.json']);
    const ics = readFileSync(join(dir, 'noon.ics'), 'utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:America/Chicago\r\n');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(5);
    expect(ics).toContain('DTSTART;TZID=America/Chicago:20260701T120000\r\nDTEND;TZID=America/Chicago:20260701T130000\r\n');
    expect(ics).toContain('UID:noon-2026-07-29@fm.gmekit\r\n');
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('refuses bad windows and readings with exit 2 and writes no file', async () => {
    const dir = scratch();
    const cases: [string[], RegExp][] = [
      [['--from', '2026-07-10', '--to', '2026-07-01'], /^gmekit: --from 2026-07-10 is after --to 2026-07-01/],
      [['--from', '2026-07-01'], /^gmekit: a window needs both --from <date> and --to <date>/],
      [['--from', '2026-07-01', '--to', '2036-07-01'], /^gmekit: the window 2026-07-01\.\.2036-07-01 is 3654 days; at most 1830 days/],
      [['--from', '2026-7-1', '--to', '2026-07-31'], /^gmekit: --from: expected a date as YYYY-MM-DD, got "2026-7-1"/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'nope.startTime=12:00'], /^gmekit: --reading: kp-lamc-interventional-radiology has no conference series "nope"/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-am-conference.weekdays=Monday'], /^gmekit: --reading: weekdays are MO,TU,WE,TH,FR,SA,SU/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--ics', '--json'], /^gmekit: --ics and --json are alternatives/],
    ];
    for (const [args, message] of cases) {
      const r = await cli(['conferences', 'ir', ...args, '--output', 'out.ics'], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(existsSync(join(dir, 'out.ics'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });
});
