/**
 * Runs the planner on the example class (Interventional Radiology, 72 months)
 * into a temp folder. Expected values are worked out by hand:
 *
 * - On-cycle start 2027-07-01 → planned completion 2033-06-30.
 * - The brochure dates one block: two months of IR "at the end of PGY 2"
 *   (PGY2 = 2028-07-01 – 2029-06-30 → 2029-05-01 – 2029-06-30). For the
 *   off-cycle start 2027-08-02, PGY2 ends 2029-08-01, so 2029-06-02 – 2029-08-01.
 * - Ben's medical leave, Monday 2028-01-03 to Friday 2028-12-29, is 52
 *   Monday–Friday weeks = 260 workdays; the ABR allows 8 weeks (40 workdays)
 *   a year averaged over training, 6 × 40 = 240, so training extends by 20
 *   workdays from Friday 2033-07-01: Jul 1, 4–8, 11–15, 18–22, 25–28 →
 *   ends Thursday 2033-07-28.
 * - Chen's leave 2029-03-05 – 2029-03-16 is two Monday–Friday weeks = 10
 *   workdays, within the allowance.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catalog } from '@gmekit/programs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/index';

const dir = mkdtempSync(join(tmpdir(), 'gmekit-cohort-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[]) {
  let out = '';
  let err = '';
  const code = runCli(args, catalog, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

const example = new URL('../class.example.json', import.meta.url).pathname;
const events = (ics: string) =>
  ics
    .split('BEGIN:VEVENT')
    .slice(1)
    .map((e) => ({
      summary: /\r\nSUMMARY:(.*)\r\n/.exec(e)?.[1] ?? '',
      start: /\r\nDTSTART;VALUE=DATE:(\d{8})\r\n/.exec(e)?.[1] ?? '',
      end: /\r\nDTEND;VALUE=DATE:(\d{8})\r\n/.exec(e)?.[1] ?? '',
    }));

describe('cohort planner on the example class', () => {
  const out = join(dir, 'out');
  const result = run([example, '--out', out, '--dtstamp', '2027-06-01T00:00:00Z']);

  it('exits 0 and writes a calendar per trainee and the summaries', () => {
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/3 trainees planned/);
    expect(result.out.match(/wrote /g)).toHaveLength(5);
  });

  it('writes the summary table with each trainee’s dates, leave and extension', () => {
    const csv = readFileSync(join(out, 'summary.csv'), 'utf8').split('\r\n').filter(Boolean).map((l) => l.split(','));
    const [head, ...rows] = csv;
    const col = (row: string[] | undefined, name: string) => row?.[head?.indexOf(name) ?? -1];
    expect(rows.map((r) => col(r, 'trainee'))).toEqual(['ana-ruiz', 'ben-okafor', 'chen-li']);
    expect(rows.map((r) => col(r, 'planned_completion'))).toEqual(['2033-06-30', '2033-06-30', '2033-08-01']);
    expect(rows.map((r) => col(r, 'expected_completion'))).toEqual(['2033-06-30', '2033-07-28', '2033-08-01']);
    expect(rows.map((r) => col(r, 'leave_workdays'))).toEqual(['0', '260', '10']);
    expect(rows.map((r) => col(r, 'extension_workdays'))).toEqual(['0', '20', '0']);
    expect(rows.map((r) => col(r, 'on_cycle'))).toEqual(['yes', 'yes', 'no']);
    // Three placed blocks: PGY2's IR at the year's end, and PGY4's IR and
    // neuro-IR at its very beginning (order not stated, so placed as ranges).
    // The internship's 9, MICU's hours, PGY3's 2, PGY5's 6 and PGY6's 2
    // blocks have no position: 20 undated.
    expect(rows.map((r) => col(r, 'dated_blocks'))).toEqual(['3', '3', '3']);
    expect(rows.map((r) => col(r, 'undated_blocks'))).toEqual(['20', '20', '20']);
    const md = readFileSync(join(out, 'summary.md'), 'utf8');
    expect(md).toMatch(/^# Integrated Interventional Radiology Residency: incoming class/);
    expect(md).toContain('| ben-okafor | Ben Okafor | 2027-07-01 | yes | 2033-06-30 | 2033-07-28 |');
    expect(md).toContain('Year 5: Vascular surgery (position unstated)');
  });

  it('writes all-day rotation calendars with exclusive end dates', () => {
    const ana = events(readFileSync(join(out, 'ana-ruiz.ics'), 'utf8'));
    expect(ana.map((e) => e.summary)).toEqual([
      'PGY1 (2027–2028)',
      'PGY2 (2028–2029)',
      'PGY3 (2029–2030)',
      'PGY4 (2030–2031)',
      'PGY5 (2031–2032)',
      'PGY6 (2032–2033)',
      'Interventional radiology',
      'Interventional radiology (dates vary)',
      'Neurointerventional radiology (dates vary)',
    ]);
    expect(ana[0]).toMatchObject({ start: '20270701', end: '20280701' });
    expect(ana[6]).toMatchObject({ start: '20290501', end: '20290701' });
    // Ana's PGY4 is 2030-07-01 – 2031-06-30; its first two months hold the
    // pair in either order, so each event spans July 1 – August 31 (DTEND
    // exclusive: September 1).
    expect(ana[7]).toMatchObject({ start: '20300701', end: '20300901' });
    expect(ana[8]).toMatchObject({ start: '20300701', end: '20300901' });
    const ben = events(readFileSync(join(out, 'ben-okafor.ics'), 'utf8'));
    expect(ben.find((e) => e.summary === 'Leave (medical)')).toMatchObject({ start: '20280103', end: '20281230' });
    expect(ben.find((e) => e.summary.startsWith('Training extension'))).toMatchObject({ start: '20330701', end: '20330729' });
    const chen = events(readFileSync(join(out, 'chen-li.ics'), 'utf8'));
    expect(chen.find((e) => e.summary === 'Interventional radiology')).toMatchObject({ start: '20290602', end: '20290802' });
    // Chen starts off cycle (PGY1 from 2027-08-02), so PGY4 starts 2030-08-02
    // and its first two months run to 2030-10-01 (DTEND exclusive 10-02).
    expect(chen.find((e) => e.summary === 'Neurointerventional radiology (dates vary)')).toMatchObject({ start: '20300802', end: '20301002' });
    // 6 PGY years, 3 placed blocks, 1 leave.
    expect(chen).toHaveLength(6 + 3 + 1);
  });
});

describe('cohort planner on bad input', () => {
  const write = (name: string, value: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
    return path;
  };
  const good = JSON.parse(readFileSync(example, 'utf8')) as { trainees: { id: string; leave?: unknown[] }[] };

  it.each([
    ['missing file', () => join(dir, 'nope.json'), /nope\.json: ENOENT/],
    ['broken JSON', () => write('broken.json', '{"programId": '), /broken\.json: .*JSON/],
    ['unknown program', () => write('unknown.json', { ...good, programId: 'kp-lamc-cardiology' }), /programId: "kp-lamc-cardiology" is not in the catalog/],
    ['reversed leave', () => write('rev.json', { ...good, trainees: [{ id: 'x', name: 'X', leave: [{ start: '2028-02-01', end: '2028-01-01' }] }] }), /trainees\.0\.leave\.0\.end: leave must not end before it starts/],
    ['impossible date', () => write('date.json', { ...good, startDate: '2027-02-30' }), /startDate: expected a date YYYY-MM-DD/],
    ['duplicate ids', () => write('dup.json', { ...good, trainees: [good.trainees[0], good.trainees[0]] }), /trainees\.1\.id: duplicate trainee id "ana-ruiz"/],
    ['id unfit for a file name', () => write('id.json', { ...good, trainees: [{ id: '../evil', name: 'E' }] }), /trainees\.0\.id: expected lowercase letters/],
    ['no trainees', () => write('empty.json', { ...good, trainees: [] }), /trainees: the class has no trainees/],
  ])('%s: exit 2 with one line naming the problem', (_, path, message) => {
    const r = run([path(), '--out', join(dir, 'bad-out')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.out).toBe('');
  });

  it('usage errors exit 2', () => {
    expect(run([]).code).toBe(2);
    expect(run([example, '--out']).code).toBe(2);
    expect(run([example, '--bogus']).code).toBe(2);
    expect(run(['--help']).code).toBe(0);
  });
});
