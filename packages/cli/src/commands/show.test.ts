import { describe, expect, it } from 'vitest';
import { cli, withSecondCatalog } from '../__fixtures__/cli';

describe('gmekit show', () => {
  it('shows a program by id, slug, id tail or unique prefix', async () => {
    for (const ref of ['kp-lamc-hospice-palliative-medicine', 'hospice-and-palliative-medicine-fellowship', 'hospice-palliative-medicine', 'hosp']) {
      const r = await cli(['show', ref, '--json']);
      expect(r.code, ref).toBe(0);
      expect(JSON.parse(r.stdout).program.id).toBe('kp-lamc-hospice-palliative-medicine');
    }
  });

  it('lists the open gaps: the IR internship months that do not fill PGY1', async () => {
    const r = await cli(['show', 'interventional-radiology', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['program', 'gaps', 'inferred']);
    // Inferences are listed apart from the open gaps.
    expect(doc.gaps.some((g: { code: string }) => g.code === 'gap/inferred')).toBe(false);
    // REFERENCE.md §3: the IR internship months in the brochure add up to fewer than twelve
    const pgy1 = doc.gaps.find((g: { code: string; message: string }) => g.code === 'gap/unaccounted-time' && g.message.startsWith('PGY1'));
    expect(pgy1).toBeDefined();
    expect(doc.gaps.every((g: { severity: string }) => g.severity === 'info')).toBe(true);
    const text = await cli(['show', 'interventional-radiology']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Integrated Interventional Radiology Residency');
    expect(text.stdout).toMatch(/Open gaps \(\d+\):/);
    // plain words: no finding codes, field names next to values
    expect(text.stdout).not.toContain('gap/');
    expect(text.stdout).toContain('  - Pulmonary/critical care conference (multidisciplinary conference): frequency weekly; days WE; starts 12:00; length unstated');
    expect(text.stdout).toContain('  Longitudinal: Stroke call (assisting) (PGY levels unstated)');
  });

  it('refuses an unknown program, listing the valid ids', async () => {
    const r = await cli(['show', 'cardiology']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gmekit: unknown program "cardiology"; valid ids: kp-lamc-radiation-oncology, kp-lamc-interventional-radiology, kp-lamc-hospice-palliative-medicine\n');
  });

  it('refuses an ambiguous prefix, naming the candidates', async () => {
    const { dir } = withSecondCatalog();
    const r = await cli(['show', 'f', '--catalog', 'riverside.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('gmekit: program "f" is ambiguous: it matches fm, fm-sports\n');
    // an exact id wins over being a prefix of another id
    const exact = await cli(['show', 'fm', '--catalog', 'riverside.json', '--json'], { cwd: dir });
    expect(JSON.parse(exact.stdout).program.name).toBe('Family Medicine Residency');
  });

  it('needs a program argument', async () => {
    const r = await cli(['show']);
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'gmekit: missing argument <program> (usage: gmekit show <program>)\n' });
  });

  it('lists inferred values apart from stated facts and open gaps, each with its reasoning', async () => {
    const r = await cli(['show', 'interventional-radiology', '--json']);
    const doc = JSON.parse(r.stdout);
    const byRef = new Map(doc.inferred.map((i: { ref: string }) => [i.ref, i]));
    // The 160-hour month is worked back from the brochure's 7.5-month total.
    expect(byRef.get('conversions')).toMatchObject({ field: 'conversions', reasoning: expect.stringMatching(/worked back/) });
    expect(byRef.get('conferences[0].timeZone')).toMatchObject({ value: 'America/Los_Angeles', reasoning: expect.stringMatching(/No brochure names a time zone/) });
    // The program's sites come with it: LAMC's affiliation is read, not stated.
    expect(byRef.get('sites[0].affiliation')).toMatchObject({ where: 'Kaiser Permanente Los Angeles Medical Center', value: 'sponsor' });
    const text = await cli(['show', 'interventional-radiology']);
    const inferredAt = text.stdout.indexOf('Inferred, not stated (');
    const gapsAt = text.stdout.indexOf('Open gaps (');
    expect(inferredAt).toBeGreaterThan(0);
    expect(gapsAt).toBeGreaterThan(inferredAt);
    expect(text.stdout.slice(inferredAt, gapsAt)).toContain('conversions = 160 hours a month [conversions]');
    expect(text.stdout.slice(gapsAt)).not.toContain('gap/inferred');
  });

  it('shows the highlights, history, outcomes and links the brochure states', async () => {
    const text = await cli(['show', 'radiation-oncology']);
    expect(text.stdout).toContain('Stated highlights, history, outcomes and links (4):');
    expect(text.stdout).toContain('highlight The Radiation Oncology Department is the largest in California and one of the largest in the nation.');
    expect(text.stdout).toContain('<http://residency-scal-kaiserpermanente.org>');
  });
});
