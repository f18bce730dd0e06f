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
    expect(Object.keys(doc)).toEqual(['program', 'gaps']);
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
});
