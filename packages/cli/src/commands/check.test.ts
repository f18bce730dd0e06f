import { describe, expect, it } from 'vitest';
import { secondCatalog } from '../__fixtures__/catalog';
import { cli, put, scratch, withSecondCatalog } from '../__fixtures__/cli';

const record = (programId = 'fm') => ({
  trainee: { id: 't1', name: 'Dr. Lee', programId, startDate: '2026-07-01', pgyAtStart: 1 },
  assignments: [
    { id: 'a1', traineeId: 't1', rotationId: 'peds', start: '2026-07-01', end: '2026-09-30' },
    { id: 'a2', traineeId: 't1', rotationId: 'ob', start: '2026-10-01', end: '2026-12-31' },
  ],
});

describe('gmekit check', () => {
  it('checks the embedded Radiation Oncology plan: 48 months, at least 36 core clinical', async () => {
    const r = await cli(['check', 'ro', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['program', 'mode', 'asOf', 'report']);
    expect(doc.mode).toBe('plan');
    const byTitle = new Map(doc.report.results.map((x: { title: string; status: string }) => [x.title, x.status]));
    expect(byTitle.get('Training length: 48 months')).toBe('met');
    expect(byTitle.get('Core clinical training: at least 36 months')).toBe('met');
    const text = await cli(['check', 'ro']);
    expect(text.stdout).toMatch(/^met +Training length: 48 months +48 months +48 months$/m);
  });

  it('exits 1 when the plan cannot meet a requirement', async () => {
    const dir = scratch();
    const c = secondCatalog() as any;
    // obstetrics appears only in PGY1 (3 months); 12 months can never be met
    c.programs[0].requirementSet.requirements[2].min = { amount: { kind: 'exact', value: 12 }, unit: 'months' };
    put(dir, 'c.json', c);
    const r = await cli(['check', 'fm', '--catalog', 'c.json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^unmet +At least 4 months of obstetrics/m);
    expect(r.stdout).toContain('NOT OK');
  });

  it('checks a trainee record as of a date', async () => {
    const { dir } = withSecondCatalog();
    put(dir, 'rec.json', record());
    const r = await cli(['check', 'fm', '--catalog', 'riverside.json', '--record', 'rec.json', '--as-of', '2027-01-15', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.mode).toBe('trainee');
    expect(doc.asOf).toBe('2027-01-15');
    const peds = doc.report.results.find((x: { requirementId: string }) => x.requirementId === 'peds');
    // July–September 2026 on pediatrics: three months
    expect(peds.status).toBe('met');
    expect(peds.measured.min).toBeCloseTo(3, 5);
  });

  it('checks a trainee stored with --db exactly as the same record from a file', async () => {
    const { dir } = withSecondCatalog();
    put(dir, 'rec.json', record());
    const env = {};
    expect((await cli(['db', 'init', '--db', 'store', '--catalog', 'riverside.json'], { cwd: dir, env })).code).toBe(0);
    expect((await cli(['db', 'import', 'rec.json', '--db', 'store'], { cwd: dir, env })).code).toBe(0);
    // 2027-01-15 is after every assignment, so the store's record as of that day is the whole file.
    const fromFile = await cli(['check', 'fm', '--catalog', 'riverside.json', '--record', 'rec.json', '--as-of', '2027-01-15', '--json'], { cwd: dir, env });
    const fromStore = await cli(['check', 'fm', '--catalog', 'riverside.json', '--db', 'store', '--trainee', 't1', '--as-of', '2027-01-15', '--json'], { cwd: dir, env });
    expect(fromStore.code).toBe(0);
    expect(JSON.parse(fromStore.stdout)).toEqual(JSON.parse(fromFile.stdout));
    const nobody = await cli(['check', 'fm', '--catalog', 'riverside.json', '--db', 'store', '--trainee', 'nobody', '--as-of', '2027-01-15'], { cwd: dir, env });
    expect(nobody).toEqual({ code: 2, stdout: '', stderr: 'gmekit: --db store: no trainee "nobody" in the store\n' });
    const noDb = await cli(['check', 'fm', '--catalog', 'riverside.json', '--trainee', 't1'], { cwd: dir, env });
    expect(noDb.code).toBe(2);
    expect(noDb.stderr).toMatch(/^gmekit: --trainee reads from the store: give --db <dir\|url> too/);
  });

  it('refuses bad input with exit 2', async () => {
    const { dir } = withSecondCatalog();
    put(dir, 'rec.json', record('fm-sports'));
    const other = await cli(['check', 'fm', '--catalog', 'riverside.json', '--record', 'rec.json', '--as-of', '2027-01-15'], { cwd: dir });
    expect(other).toEqual({ code: 2, stdout: '', stderr: 'gmekit: rec.json: trainee.programId: the trainee is in "fm-sports", not "fm"\n' });
    const noSet = await cli(['check', 'fm-sports', '--catalog', 'riverside.json'], { cwd: dir });
    expect(noSet.stderr).toBe('gmekit: program fm-sports has no requirement set to check against\n');
    const asOfAlone = await cli(['check', 'ro', '--as-of', '2027-01-01']);
    expect(asOfAlone.code).toBe(2);
    const badDate = await cli(['check', 'fm', '--catalog', 'riverside.json', '--record', 'rec.json', '--as-of', 'tomorrow'], { cwd: dir });
    expect(badDate.stderr).toMatch(/^gmekit: --as-of: expected a date as YYYY-MM-DD, got "tomorrow"/);
    put(dir, 'bad.json', { trainee: { id: 't1' } });
    const bad = await cli(['check', 'fm', '--catalog', 'riverside.json', '--record', 'bad.json', '--as-of', '2027-01-15'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^gmekit: bad\.json: trainee\.name: /);
  });
});
