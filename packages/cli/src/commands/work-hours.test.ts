import { describe, expect, it } from 'vitest';
import { cli, put, scratch } from '../__fixtures__/cli';

const trainee = (pgyAtStart: number) => ({ id: 'r1', name: 'Dr. R', programId: 'kp-lamc-radiation-oncology', startDate: '2026-07-01', pgyAtStart });

// Two weeks of ten-hour weekday shifts: 50 hours a week, weekends free,
// 14 hours between shifts — inside every ACGME limit.
function cleanWeeks(): string[] {
  const days = ['06', '07', '08', '09', '10', '13', '14', '15', '16', '17'];
  return days.map((d) => `r1,2026-07-${d}T07:00,2026-07-${d}T17:00,clinical`);
}

interface Out {
  code: string;
  severity: string;
  line?: number;
  ref?: string;
  message: string;
}

function findings(stdout: string): Out[] {
  return (JSON.parse(stdout) as { report: { findings: Out[] } }).report.findings;
}

describe('gmekit work-hours', () => {
  it('passes two clean weeks from a CSV with local times and --zone (exit 0)', async () => {
    const dir = scratch();
    put(dir, 'log.csv', ['trainee_id,start,end,kind', ...cleanWeeks(), ''].join('\r\n'));
    put(dir, 'people.json', { trainees: [trainee(2)] });
    const r = await cli(['work-hours', 'log.csv', '--zone', 'America/Los_Angeles', '--records', 'people.json', '--json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['file', 'format', 'averaging', 'periods', 'report']);
    expect(doc).toMatchObject({ file: 'log.csv', format: 'csv', averaging: 'rotation', periods: 10 });
    expect(doc.report.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    expect(doc.report.trainees[0].traineeId).toBe('r1');
    const text = await cli(['work-hours', 'log.csv', '--zone', 'America/Los_Angeles', '--records', 'people.json'], { cwd: dir });
    expect(text.stdout).toContain('averaged by rotation (ACGME method)');
    expect(text.stdout).toContain('Trainee r1 (10 periods, local days in America/Los_Angeles)');
    // No assignments: the academic block Jul 1–28 holds 100 h → 100 × 7 / 28 = 25 a week;
    // its heaviest seven days are one week of five 10-hour shifts, 50 h, shown beside the average.
    expect(text.stdout).toMatch(/HOURS\/WEEK +HEAVIEST WEEK/);
    expect(text.stdout).toMatch(/2026-07-01 – 2026-07-28 +- +25 of 80 +50 h /);
  });

  it('flags a 30-hour in-house call (limit 24 + 4, CPR 6.22) with the CSV line, exit 1', async () => {
    const dir = scratch();
    put(dir, 'log.csv', ['trainee_id,start,end,kind', 'r1,2026-07-09T07:00:00-07:00,2026-07-10T13:00:00-07:00,in-house-call', ''].join('\n'));
    put(dir, 'people.json', { trainees: [trainee(2)] });
    const r = await cli(['work-hours', 'log.csv', '--records', 'people.json', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const long = findings(r.stdout).find((f) => f.code === 'work-hours/continuous-24-4');
    expect(long?.line).toBe(2);
    expect(long?.message).toMatch(/^log\.csv:2: /);
  });

  it('reports each bad row by line number and audits the rest', async () => {
    const dir = scratch();
    const rows = ['trainee_id,start,end,kind', ...cleanWeeks()];
    rows.splice(3, 0, 'r1,2026-07-07T07:00,oops,clinical');
    rows.splice(6, 0, 'r1,"2026-07-08T20:00",2026-07-08T21:00,"night float"');
    put(dir, 'log.csv', rows.join('\n'));
    put(dir, 'people.json', { trainees: [trainee(2)] });
    const r = await cli(['work-hours', 'log.csv', '--zone', 'America/Los_Angeles', '--records', 'people.json', '--json'], { cwd: dir });
    // bad rows are bad input: exit 2, after the report of the other rows
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gmekit: log.csv: 2 bad rows (lines 4, 7) left out of the audit; the report covers the other 10 rows\n');
    const bad = findings(r.stdout).filter((f) => f.code === 'csv/bad-row');
    expect(bad.map((f) => f.ref)).toEqual(['log.csv:4', 'log.csv:7']);
    expect(bad.map((f) => f.line)).toEqual([4, 7]);
    expect(JSON.parse(r.stdout).periods).toBe(10);
    const text = await cli(['work-hours', 'log.csv', '--zone', 'America/Los_Angeles', '--records', 'people.json'], { cwd: dir });
    expect(text.stdout).toContain('error   log.csv:4: "oops" is not a date-time');
    expect(text.code).toBe(2);
    expect(text.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('reads the JSON form and enforces no moonlighting in PGY-1 (CPR 6.25)', async () => {
    const dir = scratch();
    const periods = [{ traineeId: 'r1', start: '2026-07-11T08:00:00-07:00[America/Los_Angeles]', end: '2026-07-11T14:00:00-07:00[America/Los_Angeles]', kind: 'moonlighting-external' }];
    put(dir, 'pgy1.json', { trainees: [trainee(1)], periods });
    put(dir, 'pgy3.json', { trainees: [trainee(3)], periods });
    const pgy1 = await cli(['work-hours', 'pgy1.json', '--json'], { cwd: dir });
    expect(pgy1.code).toBe(1);
    expect(findings(pgy1.stdout).map((f) => f.code)).toContain('work-hours/moonlighting-pgy1');
    const pgy3 = await cli(['work-hours', 'pgy3.json', '--json', '--averaging', 'rolling-28'], { cwd: dir });
    expect(pgy3.code).toBe(0);
    expect(JSON.parse(pgy3.stdout).averaging).toBe('rolling-28');
  });

  it('refuses bad input with exit 2 and one line', async () => {
    const dir = scratch();
    put(dir, 'log.csv', 'who,when\n');
    put(dir, 'broken.json', '{"periods": [\n  {"traineeId": "r1",}\n]}');
    put(dir, 'ok.csv', 'trainee_id,start,end,kind\n');
    const cases: [string[], RegExp][] = [
      [['work-hours', 'log.csv'], /^gmekit: log\.csv:1: the header lacks columns trainee_id, start, end, kind/],
      [['work-hours', 'broken.json'], /^gmekit: broken\.json:2:22: /], // the "}" after the trailing comma
      [['work-hours', 'ok.csv', '--averaging', 'weekly'], /^gmekit: option "--averaging" must be one of rotation, rolling-28, got "weekly"/],
      [['work-hours', 'ok.csv', '--zone', 'PST'], /^gmekit: --zone: "PST" is not an IANA time-zone name/],
      [['work-hours', 'none.csv'], /^gmekit: none\.csv: no such file\n$/],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, { cwd: dir });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });

  it('says which formats it reads for a file that is neither, and asks for --zone once', async () => {
    const dir = scratch();
    put(dir, 'notes.txt', 'Dr. R worked a lot this week.\n');
    const r = await cli(['work-hours', 'notes.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'gmekit: notes.txt: neither JSON nor the work-hours CSV; work-hours reads JSON ({ "periods": [...] } or an array of periods) or CSV with the header trainee_id,start,end,kind (--format json|csv says which)\n',
    );
    put(dir, 'log.txt', 'trainee_id,start,end,kind\nr1,2026-07-01T07:00,2026-07-01T19:00,clinical\nr1,2026-07-02T07:00,2026-07-02T19:00,clinical\n');
    const local = await cli(['work-hours', 'log.txt'], { cwd: dir });
    expect(local.code).toBe(2);
    const said = local.stderr.split('\n').filter((l) => l.includes('without a UTC offset'));
    expect(said).toEqual(['gmekit: log.txt: 2 rows have local times without a UTC offset (first "2026-07-01T07:00" on line 2); pass --zone <IANA zone>, e.g. --zone America/Los_Angeles, to read them, or write the offsets']);
    expect(local.stdout.split('\n').filter((l) => l.includes('without a UTC offset'))).toHaveLength(1);
  });
});
