import { describe, expect, it } from 'vitest';
import { CatalogSchema, ProgramSchema, hasErrors, validateCatalog } from '@gmekit/model';
import { programGaps } from '@gmekit/model';
import { catalog, hospicePalliativeMedicine, interventionalRadiology, programById, radiationOncology, sites } from './index';

describe('catalog', () => {
  it('parses with CatalogSchema', () => {
    expect(() => CatalogSchema.parse(catalog)).not.toThrow();
    const parsed = CatalogSchema.parse(catalog);
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.programs.map((p) => p.id)).toEqual([
      'kp-lamc-radiation-oncology',
      'kp-lamc-interventional-radiology',
      'kp-lamc-hospice-palliative-medicine',
    ]);
  });

  it.each([radiationOncology, interventionalRadiology, hospicePalliativeMedicine])('$id parses with ProgramSchema', (program) => {
    const result = ProgramSchema.safeParse(program);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('validateCatalog finds no problems at all', () => {
    const findings = validateCatalog(catalog);
    expect(hasErrors(findings)).toBe(false);
    expect(findings).toEqual([]);
  });

  it('still reports problems once a copy is broken (the check is live)', () => {
    const broken = structuredClone(catalog);
    const program = broken.programs[1]!;
    program.curriculum.years[0]!.blocks[0]!.rotationId = 'no-such-rotation' as never;
    expect(validateCatalog(broken).map((f) => f.code)).toContain('catalog/dangling-reference');
  });

  it('includes every site the programs reference', () => {
    const ids = new Set(sites.map((s) => s.id as string));
    for (const p of catalog.programs) for (const id of p.siteIds) expect(ids.has(id)).toBe(true);
    expect(sites).toHaveLength(7);
  });

  it('programById finds each program and nothing else', () => {
    expect(programById('kp-lamc-radiation-oncology')).toBe(radiationOncology);
    expect(programById('kp-lamc-interventional-radiology')).toBe(interventionalRadiology);
    expect(programById('kp-lamc-hospice-palliative-medicine')).toBe(hospicePalliativeMedicine);
    expect(programById('kp-lamc-cardiology')).toBeUndefined();
  });

  it('is frozen, so one app cannot change it for another', () => {
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(radiationOncology.curriculum.totals[0])).toBe(true);
    expect(() => {
      (radiationOncology.positions as { sourcesCount?: number }).sourcesCount = 1;
    }).toThrow(TypeError);
  });

  it('programGaps returns info findings with a path for every program', () => {
    for (const p of catalog.programs) {
      const gaps = programGaps(p);
      expect(gaps.length).toBeGreaterThan(0);
      for (const g of gaps) {
        expect(g.severity).toBe('info');
        expect(g.code).toMatch(/^gap\//);
      }
    }
  });

  it('survives a JSON round trip unchanged', () => {
    const copy: unknown = JSON.parse(JSON.stringify(catalog));
    expect(CatalogSchema.parse(copy)).toEqual(CatalogSchema.parse(catalog));
  });
});
