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

  it('reports series the source leaves without a time as warnings (exit 0), still listing the rest', async () => {
    const dir = scratch();
    put(dir, 'c.json', secondCatalog());
    const r = await cli(['conferences', 'fm', '--catalog', 'c.json', '--from', '2026-07-01', '--to', '2026-07-07', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.occurrences.map((o: { seriesId: string }) => o.seriesId)).toEqual(['noon']);
    expect(doc.findings.some((f: { code: string; severity: string }) => f.code === 'conference/startTime-unstated' && f.severity === 'warning')).toBe(true);
    const text = await cli(['conferences', 'fm', '--catalog', 'c.json', '--from', '2026-07-01', '--to', '2026-07-07'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('1 of 2 series is not placed');
    expect(text.stdout).toContain('e.g. --reading journal.startTime=HH:MM');
  });

  it('places no radiation oncology series without readings (the brochure gives no clock times), exit 0, saying how to supply them', async () => {
    const r = await cli(['conferences', 'kp-lamc-radiation-oncology', '--from', '2026-09-01', '--to', '2026-09-30']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Radiation Oncology Residency Program: 0 sessions from 2026-09-01 to 2026-09-30$/m);
    expect(r.stdout).toMatch(/^0 errors, \d+ warnings/m);
    expect(r.stdout).toContain('13 of 13 series are not placed');
    expect(r.stdout).toContain('--reading ro-faculty-lectures.startTime=HH:MM');
  });

  it('places the IR series it can in September 2026, and one --reading settles both fields of "daily" (exit 0)', async () => {
    const args = ['conferences', 'kp-lamc-interventional-radiology', '--from', '2026-09-01', '--to', '2026-09-30'];
    const plain = await cli([...args, '--json', '--no-defaults']);
    expect(plain.code).toBe(0);
    // only the pulmonary/critical care conference is fully stated: Wednesdays at noon, September 2–30
    const bare = JSON.parse(plain.stdout);
    expect(bare.occurrences.map((o: { date: string }) => o.date)).toEqual(['2026-09-02', '2026-09-09', '2026-09-16', '2026-09-23', '2026-09-30']);
    expect(bare.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    const read = await cli([...args, '--no-defaults', '--reading', 'ir-am-conference.frequency=weekdays', '--json']);
    expect(read.code).toBe(0);
    const doc = JSON.parse(read.stdout);
    const am = doc.occurrences.filter((o: { seriesId: string }) => o.seriesId === 'ir-am-conference');
    // September 2026 starts on a Tuesday: 22 weekdays; Labor Day is Monday, September 7
    expect(am).toHaveLength(22);
    expect(am.filter((o: { status: string }) => o.status === 'cancelled').map((o: { date: string }) => o.date)).toEqual(['2026-09-07']);
    const open = doc.findings.filter((f: { path: unknown[]; severity: string }) => f.path[1] === 6 && f.severity !== 'info');
    expect(open).toEqual([]);
    expect(doc.findings).toContainEqual(expect.objectContaining({ code: 'conference/reading-linked', path: ['conferences', 6, 'weekdays'] }));
    const text = await cli([...args, '--no-defaults', '--reading', 'ir-am-conference.frequency=weekdays']);
    // 21 held AM sessions and 5 pulmonary conferences
    expect(text.stdout).toMatch(/^Integrated Interventional Radiology Residency: 26 sessions from 2026-09-01 to 2026-09-30$/m);
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
      // IR's two "daily" series meet on the 23 weekdays of July 2026; more than 20 sessions of one series is refused
      [['--from', '2026-07-01', '--to', '2026-07-31', '--max-occurrences', '20'], /^gmekit: more than 20 sessions of one series from 2026-07-01 to 2026-07-31; narrow the window or raise --max-occurrences/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--max-occurrences', 'lots'], /^gmekit: --max-occurrences: expected a whole number/],
      [['--from', '2026-7-1', '--to', '2026-07-31'], /^gmekit: --from: expected a date as YYYY-MM-DD, got "2026-7-1"/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'nope.startTime=12:00'], /^gmekit: --reading: kp-lamc-interventional-radiology has no conference series "nope"/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-weekly-clinical-lecture-series.weekdays=Monday'], /^gmekit: --reading ir-weekly-clinical-lecture-series.weekdays=Monday: weekdays are MO,TU,WE,TH,FR,SA,SU; got "Monday"/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-lung-tumor-board.startTime=25:00'], /^gmekit: --reading ir-lung-tumor-board.startTime=25:00: expected a local time as HH:MM \(00:00–23:59\); got "25:00"/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-lung-tumor-board.durationMinutes=0'], /^gmekit: --reading ir-lung-tumor-board.durationMinutes=0: expected a whole number of minutes/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-neurointerventional-conference.anchorDate=2026-02-30'], /^gmekit: --reading ir-neurointerventional-conference.anchorDate=2026-02-30: not a real calendar date/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-icu-lecture-series.frequency=hourly'], /^gmekit: --reading ir-icu-lecture-series.frequency=hourly: a frequency is one of daily, weekdays, weekly/],
      // the brochure's "daily" reads as every day or Monday to Friday, nothing else
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-am-conference.frequency=hourly'], /^gmekit: --reading ir-am-conference.frequency=hourly: not one of the source's readings of ir-am-conference.frequency: daily \(every day, weekends included\); weekdays \(Monday to Friday\)/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-am-conference.weekdays=MO,WE'], /^gmekit: --reading ir-am-conference.weekdays=MO,WE: not one of the source's readings/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-lung-tumor-board.weekdays=WE'], /^gmekit: --reading ir-lung-tumor-board.weekdays=WE: the source states ir-lung-tumor-board.weekdays \(TU\)/],
      [['--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'ir-lung-tumor-board.startTime=07:00', '--reading', 'ir-lung-tumor-board.startTime=08:00'], /^gmekit: --reading: ir-lung-tumor-board.startTime is given more than once/],
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

  it('uses the feed\'s documented defaults and says on stderr what it left out, also with --ics', async () => {
    const dir = scratch();
    const args = ['conferences', 'kp-lamc-interventional-radiology', '--from', '2026-09-01', '--to', '2026-09-30'];
    const json = JSON.parse((await cli([...args, '--json'])).stdout);
    // Defaults read "daily" as Monday to Friday: 22 weekdays in September 2026 for each of the two
    // daily series (Labor Day, Monday September 7, cancelled), plus 5 Wednesdays of the pulmonary conference.
    expect(json.occurrences).toHaveLength(22 + 22 + 5);
    // frequency and weekdays chosen for each of the two series
    expect(json.findings.filter((f: { code: string }) => f.code === 'conference/reading-chosen')).toHaveLength(4);
    const r = await cli([...args, '--ics', '--output', 'ir.ics'], { cwd: dir });
    expect(r.code).toBe(0);
    const ics = readFileSync(join(dir, 'ir.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(49);
    // the holiday stays in the file as cancelled, as in the feed
    expect(ics.match(/STATUS:CANCELLED/g)).toHaveLength(2);
    const stderr = r.stderr.trimEnd().split('\n');
    expect(stderr[0]).toMatch(/^0 errors, \d+ warnings, \d+ info$/);
    expect(stderr.some((l) => l.startsWith('warning'))).toBe(true);
    expect(stderr.at(-1)).toMatch(/^Supply or choose the value with --reading/);
    const piped = await cli([...args, '--ics']);
    expect(piped.stdout.startsWith('BEGIN:VCALENDAR')).toBe(true);
    expect(piped.stderr).toBe(r.stderr);
  });
});
