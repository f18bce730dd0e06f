import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from './__fixtures__/catalog';
import { CatalogSchema } from './catalog';
import { validateCatalog } from './validate-catalog';
import type { Catalog } from './catalog';

function mutate(change: (c: Record<string, any>) => void): Catalog {
  const raw = structuredClone(fixtureCatalog()) as unknown as Record<string, any>;
  change(raw);
  return CatalogSchema.parse(raw);
}

function codes(catalog: Catalog): string[] {
  return validateCatalog(catalog).map((f) => `${f.code} ${f.path.join('.')}`);
}

describe('validateCatalog', () => {
  it('accepts the consistent fixture with no findings', () => {
    expect(validateCatalog(fixtureCatalog())).toEqual([]);
  });

  it('reports a curriculum block naming a rotation that does not exist, with its path', () => {
    const findings = validateCatalog(mutate((c) => { c.programs[0].curriculum.years[0].blocks[1].rotationId = 'nope'; }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: 'catalog/dangling-reference',
      severity: 'error',
      path: ['programs', 0, 'curriculum', 'years', 0, 'blocks', 1, 'rotationId'],
    });
    expect(findings[0]?.message).toContain('programs[0].curriculum.years[0].blocks[1].rotationId');
    expect(findings[0]?.message).toContain('rotation "nope" does not exist');
  });

  it('checks that a group entry names a group of its year and orders exactly its blocks', () => {
    const withGroups = (groups: unknown[]) =>
      mutate((c) => {
        const year = c.programs[0].curriculum.years[0];
        year.blocks[0].group = 'g';
        year.blocks[1].group = 'g';
        year.groups = groups;
      });
    const entry = (id: string, order: unknown) => ({ id, order, sources: [] });
    expect(codes(withGroups([entry('g', { status: 'stated', value: [1, 0] })]))).toEqual([]);
    expect(codes(withGroups([entry('g', { status: 'unstated' })]))).toEqual([]);
    expect(codes(withGroups([entry('g', { status: 'stated', value: [0, 2] })]))).toEqual(['catalog/group-order programs.0.curriculum.years.0.groups.0.order']);
    const ambiguous = { status: 'ambiguous', note: 'which first', candidates: [{ value: [0, 1], reading: 'listed' }, { value: [1, 1], reading: 'twice' }] };
    expect(codes(withGroups([entry('g', ambiguous)]))).toEqual(['catalog/group-order programs.0.curriculum.years.0.groups.0.order']);
    expect(codes(withGroups([entry('h', { status: 'unstated' })]))).toEqual(['catalog/dangling-reference programs.0.curriculum.years.0.groups.0.id']);
  });

  it('reports dangling site references from programs, rotations and sites', () => {
    const catalog = mutate((c) => {
      c.programs[0].siteIds.push('ghost');
      c.programs[0].rotations[0].site = { status: 'stated', value: 'elsewhere' };
      c.sites[1].partOf = 'missing';
    });
    expect(codes(catalog)).toEqual([
      'catalog/dangling-reference sites.1.partOf',
      'catalog/dangling-reference programs.0.siteIds.2',
      'catalog/dangling-reference programs.0.rotations.0.site',
    ]);
  });

  it('reports duplicate ids', () => {
    const catalog = mutate((c) => { c.programs[0].rotations[1].id = 'ir'; });
    expect(codes(catalog)).toContain('catalog/duplicate-id programs.0.rotations.1.id');
  });

  it('reports a PGY year outside the program range and a year beyond its length', () => {
    const catalog = mutate((c) => {
      c.programs[0].curriculum.years[1].pgy = 4; // program covers PGY2–PGY3
      c.programs[0].curriculum.years.push({ ...c.programs[0].curriculum.years[0], year: 3, pgy: undefined });
      delete c.programs[0].curriculum.years[2].pgy;
    });
    const found = codes(catalog);
    expect(found).toContain('catalog/pgy-out-of-range programs.0.curriculum.years.1.pgy');
    // 24 months is two years, so a third year does not exist.
    expect(found).toContain('catalog/year-out-of-range programs.0.curriculum.years.2.year');
    // three 12-month years (36) exceed the 24-month program.
    expect(found).toContain('catalog/exceeds-length programs.0.curriculum.years');
  });

  it('reports a PGY label that does not match the program year', () => {
    const catalog = mutate((c) => { c.programs[0].curriculum.years[0].pgy = 3; });
    expect(codes(catalog)).toContain('catalog/pgy-out-of-range programs.0.curriculum.years.0.pgy');
  });

  it('reports blocks that overfill their year', () => {
    // 80 h at 160 h/month = 0.5, plus 12 months = 12.5 > 12.
    const catalog = mutate((c) => { c.programs[0].curriculum.years[0].blocks[1].duration.amount = { kind: 'exact', value: 12 }; });
    expect(codes(catalog)).toEqual(['catalog/exceeds-length programs.0.curriculum.years.0.blocks']);
  });

  it('reports a total that exceeds the program length', () => {
    const catalog = mutate((c) => { c.programs[0].curriculum.totals[0].duration.amount = { kind: 'at-least', value: 30 }; });
    expect(codes(catalog)).toContain('catalog/exceeds-length programs.0.curriculum.totals.0.duration');
  });

  it('warns when an hour-based block cannot be converted to months', () => {
    const catalog = mutate((c) => { delete c.programs[0].conversions; });
    const findings = validateCatalog(catalog);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['catalog/unconvertible-duration', 'warning']]);
  });

  it('reports named equipment members that outnumber their fleet', () => {
    const catalog = mutate((c) => { c.programs[0].equipment[1].count = { kind: 'exact', value: 4 }; });
    expect(codes(catalog)).toEqual(['catalog/inconsistent-count programs.0.equipment.0.count']);
  });

  it('reports an equipment member whose fleet does not exist', () => {
    const catalog = mutate((c) => { c.programs[0].equipment[1].partOf = 'fleet'; });
    expect(codes(catalog)).toEqual(['catalog/dangling-reference programs.0.equipment.1.partOf']);
  });

  it('checks every reading of a block split across years: known years, and months adding up to the block', () => {
    // Year 2's first block is 1–2 months; year 1's IR block is exactly 2.
    const split = (value: unknown) => mutate((c) => { c.programs[0].curriculum.years[0].blocks[1].split = value; });
    const reading = (shares: { year: number; months: number }[]) => ({ value: shares, reading: 'r' });
    expect(codes(split({ status: 'ambiguous', note: 'n', candidates: [reading([{ year: 1, months: 2 }]), reading([{ year: 1, months: 1 }, { year: 2, months: 1 }])] }))).toEqual([]);
    // 1 + 0.5 = 1.5 months is not the block's 2.
    expect(codes(split({ status: 'ambiguous', note: 'n', candidates: [reading([{ year: 1, months: 2 }]), reading([{ year: 1, months: 1 }, { year: 2, months: 0.5 }])] }))).toEqual([
      'catalog/split-length programs.0.curriculum.years.0.blocks.1.split',
    ]);
    expect(codes(split({ status: 'stated', value: [{ year: 3, months: 2 }] }))).toEqual(['catalog/year-out-of-range programs.0.curriculum.years.0.blocks.1.split']);
  });
});
