import { describe, expect, it } from 'vitest';
import { cli, put, scratch, withSecondCatalog } from '../__fixtures__/cli';

describe('gmekit timeline', () => {
  it('dates the six IR years and the PGY2 IR block at the end of the year', async () => {
    const r = await cli(['timeline', 'ir', '--start', '2026-07-01', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['program', 'timeline', 'layout']);
    const years = doc.timeline.years.map((y: { pgy: number; start: string; end: string }) => [y.pgy, y.start, y.end]);
    expect(years).toEqual([
      [1, '2026-07-01', '2027-06-30'],
      [2, '2027-07-01', '2028-06-30'],
      [3, '2028-07-01', '2029-06-30'],
      [4, '2029-07-01', '2030-06-30'],
      [5, '2030-07-01', '2031-06-30'],
      [6, '2031-07-01', '2032-06-30'],
    ]);
    expect(doc.timeline.expectedCompletion).toBe('2032-06-30');
    // brochure: two months of IR "at the end of PGY2" → May 1 – June 30, 2028
    const pgy2 = doc.layout.years[1].slots.filter((s: { kind: string }) => s.kind === 'block');
    expect(pgy2).toEqual([expect.objectContaining({ status: 'dated', start: '2028-05-01', end: '2028-06-30' })]);
  });

  it('puts PGY4 IR and neuro-IR in the first two months of the year, in either order', async () => {
    const r = await cli(['timeline', 'ir', '--start', '2026-07-01']);
    expect(r.code).toBe(0);
    // "At the very beginning of PGY 4 … one month of interventional radiology
    // and one month of neurointerventional radiology": PGY4 starts 2029-07-01,
    // so each month is July or August 2029.
    expect(r.stdout).toContain('2029-07-01..2029-08-01 – 2029-07-31..2029-08-31  Interventional radiology (order within the span not stated)');
    expect(r.stdout).toContain('2029-07-01..2029-08-01 – 2029-07-31..2029-08-31  Neurointerventional radiology (order within the span not stated)');
    // The other ten months (September 2029 – June 2030) are not stated.
    expect(r.stdout).toContain('2029-09-01 – 2030-06-30  (not stated by the source, 10 months)');
  });

  it('says in text which internship month the brochure leaves unaccounted', async () => {
    const r = await cli(['timeline', 'ir', '--start', '2026-07-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('PGY1  2026-07-01 – 2027-06-30');
    // the internship rotations listed add up to 11 of 12 months (REFERENCE.md §3)
    expect(r.stdout).toContain('1 month of the year not accounted for by the source');
  });

  it('starts off-cycle trainees on their own date', async () => {
    const doc = JSON.parse((await cli(['timeline', 'radiation-oncology', '--start', '2026-09-15', '--json'])).stdout);
    expect(doc.timeline.onCycle).toBe(false);
    // 48 months from 2026-09-15 end the day before 2030-09-15
    expect(doc.timeline.plannedCompletion).toBe('2030-09-14');
  });

  it('extends training by leave beyond the ABR allowance', async () => {
    const dir = scratch();
    // Mon 2027-01-04 … Fri 2027-08-27: 34 weeks of workdays = 170, 10 over the 4 × 40 allowed
    put(dir, 'leave.json', [{ start: '2027-01-04', end: '2027-08-27' }]);
    const doc = JSON.parse((await cli(['timeline', 'ro', '--start', '2026-07-01', '--leave', 'leave.json', '--json'], { cwd: dir })).stdout);
    expect(doc.timeline.leave.workdays).toBe(170);
    expect(doc.timeline.extension.workdays).toBe(10);
    // ten workdays after Sunday 2030-06-30: July 1–5 and 8–12
    expect(doc.timeline.expectedCompletion).toBe('2030-07-12');
  });

  it('accepts a trainee record as the leave file', async () => {
    const dir = scratch();
    put(dir, 'rec.json', { trainee: { id: 't' }, leave: [{ id: 'l1', traineeId: 't', start: '2026-12-21', end: '2026-12-25', kind: 'vacation' }] });
    const doc = JSON.parse((await cli(['timeline', 'ro', '--start', '2026-07-01', '--leave', 'rec.json', '--json'], { cwd: dir })).stdout);
    expect(doc.timeline.leave.workdays).toBe(5);
  });

  it('needs --pgy for a program that does not state its PGY levels', async () => {
    const r = await cli(['timeline', 'hpm', '--start', '2026-07-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^gmekit: kp-lamc-hospice-palliative-medicine does not state its PGY levels; pass --pgy <level>/);
    const ok = await cli(['timeline', 'hpm', '--start', '2026-07-01', '--pgy', '4', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).timeline.years[0].pgy).toBe(4);
  });

  it('refuses malformed dates and leave files with exit 2', async () => {
    const dir = scratch();
    expect((await cli(['timeline', 'ro'])).stderr).toMatch(/^gmekit: missing --start <date>/);
    expect((await cli(['timeline', 'ro', '--start', '2026-02-30'])).stderr).toMatch(/^gmekit: --start: "2026-02-30" is not a real calendar date/);
    expect((await cli(['timeline', 'ro', '--start', '07/01/2026'])).code).toBe(2);
    put(dir, 'leave.json', [{ start: '2027-01-10', end: '2027-01-04' }]);
    const reversed = await cli(['timeline', 'ro', '--start', '2026-07-01', '--leave', 'leave.json'], { cwd: dir });
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toBe('gmekit: leave.json: [0].end: leave must not end before it starts\n');
  });

  it('works on a second catalog', async () => {
    const { dir } = withSecondCatalog();
    const doc = JSON.parse((await cli(['timeline', 'fm', '--start', '2026-07-01', '--catalog', 'riverside.json', '--json'], { cwd: dir })).stdout);
    expect(doc.timeline.years.map((y: { pgy: number }) => y.pgy)).toEqual([1, 2, 3]);
    // six months of inpatient medicine open the first year
    expect(doc.layout.years[0].slots[0]).toEqual(expect.objectContaining({ kind: 'block', rotationId: 'fm-inpatient', start: '2026-07-01', end: '2026-12-31' }));
  });
});
