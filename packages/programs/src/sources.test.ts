import { describe, expect, it } from 'vitest';
import { catalog, programFactSources, SEED_FILES } from './index';
import { collectSources, normalize, occursIn, readSeed } from './__fixtures__/seeds';

const seedFiles: string[] = Object.values(SEED_FILES);
const cited = [...collectSources(catalog, 'catalog'), ...collectSources(programFactSources, 'programFactSources')];
const quotes = cited.flatMap(({ path, sources }) => sources.map((s) => ({ path, file: s.file, quote: s.quote })));

describe('sources', () => {
  it('finds the seed brochures', () => {
    for (const file of seedFiles) expect(readSeed(file).length).toBeGreaterThan(1000);
  });

  it('normalizes line breaks and end-of-line hyphens as the brochures need', () => {
    expect(normalize('high-\nquality,  evidence-based\n care')).toBe('high-quality, evidence-based care');
    expect(normalize('whole- person')).toBe('whole-person');
  });

  it('cites only the seed files', () => {
    for (const q of quotes) expect(seedFiles, q.path).toContain(q.file);
  });

  it('cites a sizeable share of the brochures', () => {
    expect(quotes.length).toBeGreaterThan(150);
  });

  it('every quote occurs verbatim in its seed file', () => {
    const missing = quotes.filter((q) => !occursIn(q.file, q.quote)).map((q) => `${q.path}: ${q.quote}`);
    expect(missing).toEqual([]);
  });

  it('every mission statement is verbatim from the program’s brochure', () => {
    const missing = catalog.programs.flatMap((p) => p.missions.filter((m) => !occursIn(p.sourceFile, m)));
    expect(missing).toEqual([]);
  });

  it('every program names its source file, and cites it', () => {
    for (const p of catalog.programs) {
      expect(seedFiles).toContain(p.sourceFile);
      const own = collectSources(p).flatMap((c) => c.sources);
      expect(own.every((s) => s.file === p.sourceFile)).toBe(true);
    }
  });

  it('a made-up quote is not found (the check can fail)', () => {
    expect(occursIn(SEED_FILES.radiationOncology, 'founded in 1987')).toBe(false);
  });
});

describe('every fact group cites something', () => {
  // Only groups whose every value is open may go without a sentence.
  it('no sources array is empty, except positions the brochure never mentions', () => {
    const empty = cited.filter((c) => c.sources.length === 0).map((c) => c.path);
    expect(empty).toEqual(['catalog.programs[1].positions.sources', 'catalog.programs[2].positions.sources']);
    for (const i of [1, 2]) {
      const p = catalog.programs[i]!;
      expect([p.positions.perYear.kind, p.positions.total.kind]).toEqual(['unstated', 'unstated']);
    }
  });

  it('program-level facts that are stated have their sentences in programFactSources', () => {
    for (const p of catalog.programs) {
      const facts = programFactSources[p.id];
      expect(facts?.name?.length, p.id).toBeGreaterThan(0);
      expect(facts?.length?.length, p.id).toBeGreaterThan(0);
      expect(facts?.siteIds?.length, p.id).toBeGreaterThan(0);
      if (p.founded.status === 'stated') expect(facts?.founded?.length, p.id).toBeGreaterThan(0);
      if (p.pgyLevels.status === 'stated') expect(facts?.pgyLevels?.length, p.id).toBeGreaterThan(0);
      if (p.accreditor.status === 'stated') expect(facts?.accreditor?.length, p.id).toBeGreaterThan(0);
      if (p.missions.length > 0) expect(facts?.missions?.length, p.id).toBeGreaterThan(0);
      if (p.conversions) expect(facts?.conversions?.length, p.id).toBeGreaterThan(0);
    }
  });
});
