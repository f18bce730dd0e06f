import { catalog } from '@gmekit/programs';
import { describe, expect, it } from 'vitest';
import { cli, withSecondCatalog } from '../__fixtures__/cli';

describe('gmekit programs', () => {
  it('lists the embedded catalog as text', async () => {
    const r = await cli(['programs']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Kaiser Permanente Los Angeles Medical Center: 3 programs');
    for (const p of catalog.programs) expect(r.stdout).toContain(p.id);
    // Radiation Oncology is a 48-month residency (brochure, REFERENCE.md §3)
    expect(r.stdout).toMatch(/kp-lamc-radiation-oncology .*residency .*48 months/);
  });

  it('prints a stable JSON document', async () => {
    const r = await cli(['programs', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['institution', 'programs']);
    expect(doc.programs.map((p: { id: string }) => p.id)).toEqual(catalog.programs.map((p) => p.id));
    const ir = doc.programs.find((p: { id: string }) => p.id === 'kp-lamc-interventional-radiology');
    // the integrated IR residency covers PGY1–PGY6; the brochure writes PGY 2–6 and an internship before them, so the range is inferred
    expect(ir.pgyLevels).toMatchObject({ status: 'inferred', value: { from: 1, to: 6 } });
    expect(Object.keys(ir)).toEqual(['id', 'name', 'type', 'specialty', 'pgyLevels', 'length', 'positionsPerYear', 'siteIds', 'rotations', 'conferences']);
  });

  it('reads a second catalog file instead', async () => {
    const { dir } = withSecondCatalog();
    const r = await cli(['programs', '--catalog', 'riverside.json', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.institution).toEqual({ id: 'riverside', name: 'Riverside Community Health' });
    expect(doc.programs.map((p: { id: string }) => p.id)).toEqual(['fm', 'fm-sports']);
  });

  it('refuses a missing, malformed or inconsistent catalog with exit 2 and one line', async () => {
    const { dir } = withSecondCatalog();
    const missing = await cli(['programs', '--catalog', 'nope.json'], { cwd: dir });
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'gmekit: nope.json: no such file\n' });

    const { put } = await import('../__fixtures__/cli');
    put(dir, 'broken.json', '{\n  "formatVersion": 1,\n  "institution": {,\n}');
    const broken = await cli(['programs', '--catalog', 'broken.json'], { cwd: dir });
    expect(broken.code).toBe(2);
    // line 3, the comma after "{" is column 19
    // (the wording after the position is V8's and differs between Node versions)
    expect(broken.stderr).toMatch(/^gmekit: broken\.json:3:19: [^\n]+\n$/);

    put(dir, 'wrong.json', { formatVersion: 1, institution: { id: 'x' }, sites: [], programs: [] });
    const wrong = await cli(['programs', '--catalog', 'wrong.json'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/^gmekit: wrong\.json: institution\.name: .* \(and \d+ more problems?; run "gmekit validate wrong\.json"\)\n$/);

    const { secondCatalog } = await import('../__fixtures__/catalog');
    const dangling = secondCatalog() as { programs: { siteIds: string[] }[] };
    dangling.programs[0]!.siteIds.push('atlantis');
    put(dir, 'dangling.json', dangling);
    const bad = await cli(['programs', '--catalog', 'dangling.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('gmekit: dangling.json: programs[0].siteIds[2]: site "atlantis" does not exist\n');
  });
});
