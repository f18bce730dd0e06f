import { describe, expect, it } from 'vitest';
import { secondCatalog } from '../__fixtures__/catalog';
import { cli, put, scratch } from '../__fixtures__/cli';

const record = () => ({
  trainee: { id: 't1', name: 'Dr. A', programId: 'kp-lamc-radiation-oncology', startDate: '2026-07-01', pgyAtStart: 2 },
  assignments: [],
  leave: [{ id: 'l1', traineeId: 't1', start: '2026-12-21', end: '2026-12-31', kind: 'vacation' }],
});

describe('gmekit validate', () => {
  it('accepts a good catalog (exit 0) and reports its kind', async () => {
    const dir = scratch();
    put(dir, 'c.json', secondCatalog());
    const r = await cli(['validate', 'c.json', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ file: 'c.json', kind: 'catalog', valid: true, findings: [] });
    const text = await cli(['validate', 'c.json'], { cwd: dir });
    expect(text.stdout).toBe('c.json: catalog, valid (0 errors, 0 warnings, 0 info)\n');
  });

  it('reports schema and reference errors as findings (exit 1) with JSON paths', async () => {
    const dir = scratch();
    const c = secondCatalog() as any;
    c.programs[0].conferences[0].startTime.value = '25:00';
    c.programs[1].rotations[0].site.value = 'nowhere';
    put(dir, 'schema.json', c);
    const r = await cli(['validate', 'schema.json', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.valid).toBe(false);
    expect(doc.findings[0].path).toEqual(['programs', 0, 'conferences', 0, 'startTime', 'value']);
    expect(doc.findings[0].message).toMatch(/^programs\[0\]\.conferences\[0\]\.startTime\.value: /);

    const refs = secondCatalog() as any;
    refs.programs[1].rotations[0].site.value = 'nowhere';
    put(dir, 'refs.json', refs);
    const r2 = await cli(['validate', 'refs.json'], { cwd: dir });
    expect(r2.code).toBe(1);
    expect(r2.stdout).toContain('error   programs[1].rotations[0].site: site "nowhere" does not exist');
  });

  it('detects a trainee record and checks it against the catalog', async () => {
    const dir = scratch();
    put(dir, 'ok.json', record());
    const ok = await cli(['validate', 'ok.json', '--json'], { cwd: dir });
    expect(JSON.parse(ok.stdout)).toEqual({ file: 'ok.json', kind: 'record', valid: true, findings: [] });

    const bad = record() as any;
    bad.trainee.programId = 'fm';
    bad.leave[0].traineeId = 't2';
    put(dir, 'bad.json', bad);
    const r = await cli(['validate', 'bad.json', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const codes = JSON.parse(r.stdout).findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(['record/unknown-program', 'record/other-trainee']);
    // the same record is fine against a catalog that has program "fm"
    put(dir, 'riverside.json', secondCatalog());
    bad.leave[0].traineeId = 't1';
    put(dir, 'bad.json', bad);
    const r2 = await cli(['validate', 'bad.json', '--catalog', 'riverside.json'], { cwd: dir });
    expect(r2.code).toBe(0);
  });

  it('detects work periods and flags a period that ends before it starts', async () => {
    const dir = scratch();
    put(dir, 'w.json', {
      periods: [
        { traineeId: 't1', start: '2026-07-01T07:00:00-07:00', end: '2026-07-01T19:00:00-07:00', kind: 'clinical' },
        // 07:00 in Los Angeles is 14:00Z, so this ends an hour before it starts
        { traineeId: 't1', start: '2026-07-02T07:00:00-07:00', end: '2026-07-02T13:00:00Z', kind: 'clinical' },
      ],
    });
    const r = await cli(['validate', 'w.json', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.kind).toBe('work-periods');
    expect(doc.findings).toEqual([
      { code: 'work-periods/not-after-start', severity: 'error', path: ['periods', 1, 'end'], message: 'end 2026-07-02T13:00:00Z is not after start 2026-07-02T07:00:00-07:00' },
    ]);
  });

  it('exits 2 for broken JSON (file:line:col), an undetectable document and a missing file', async () => {
    const dir = scratch();
    put(dir, 'broken.json', '{\n  "trainee": {\n    "id": "t1"\n    "name": "x"\n  }\n}\n');
    const broken = await cli(['validate', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    // line 4 column 5 is the quote that should have followed a comma
    expect(broken.stderr).toMatch(/^gmekit: broken\.json:4:5: [^\n]+\n$/);

    put(dir, 'odd.json', { hello: 'world' });
    const odd = await cli(['validate', 'odd.json'], { cwd: dir });
    expect(odd.code).toBe(2);
    expect(odd.stderr).toBe('gmekit: odd.json: cannot tell whether this is a catalog, a trainee record or work periods; pass --kind catalog|record|work-periods\n');
    const forced = await cli(['validate', 'odd.json', '--kind', 'record', '--json'], { cwd: dir });
    expect(forced.code).toBe(1);

    const missing = await cli(['validate', 'none.json'], { cwd: dir });
    expect(missing.stderr).toBe('gmekit: none.json: no such file\n');
    const badKind = await cli(['validate', 'odd.json', '--kind', 'roster'], { cwd: dir });
    expect(badKind.code).toBe(2);
  });

  it('summarises a huge file of wrong items: ten lines per kind and a count, stopping after 100 invalid periods', async () => {
    const dir = scratch();
    // 12 000 periods, each with a start that is not a date-time (two problems each: not a date-time, not a real date)
    const periods = Array.from({ length: 12_000 }, (_, i) => ({ id: `p${i}`, traineeId: 't1', start: 'soon', end: '2026-07-01T19:00:00-07:00', kind: 'clinical' }));
    put(dir, 'big.json', { periods });
    const text = await cli(['validate', 'big.json'], { cwd: dir });
    expect(text.code).toBe(1);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('big.json: work-periods, INVALID (200 errors, 0 warnings, 0 info so far)');
    // 10 finding lines, then the count of the other 190 of the same kind
    expect(lines.slice(1, 11).every((l) => /^error .*periods\[\d+\]\.start: /.test(l))).toBe(true);
    expect(lines[11]).toMatch(/… and 190 more like these$/);
    expect(lines.at(-1)).toBe('Stopped after the first 100 invalid periods (100 of 12,000 checked); fix these, or pass --all (or --json) to check every period.');
    const json = JSON.parse((await cli(['validate', 'big.json', '--json'], { cwd: dir })).stdout);
    expect(json.findings).toHaveLength(24_000);
    expect(json.findings[23_999].path).toEqual(['periods', 11_999, 'start']);
    const all = await cli(['validate', 'big.json', '--all'], { cwd: dir });
    expect(all.stdout.split('\n')[0]).toBe('big.json: work-periods, INVALID (24000 errors, 0 warnings, 0 info)');
  });
});
