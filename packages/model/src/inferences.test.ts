import { describe, expect, it } from 'vitest';
import { fixtureCatalog } from './__fixtures__/catalog';
import { CatalogSchema } from './catalog';
import { programGaps } from './gaps';
import { inferencesIn, inferredValueText } from './inferences';

// The fixture with three inferences added by hand: an open value (the
// second fleet's year), a plain field on a conference (its zone) and a
// program-level plain field (its length).
function withInferences() {
  const raw = structuredClone(fixtureCatalog()) as unknown as { programs: Record<string, any>[]; sites: Record<string, any>[] };
  const p = raw.programs[0]!;
  p.equipment[1].year = { status: 'inferred', value: 2022, reasoning: 'the suite it stands in opened in 2022' };
  p.conferences[0].inferred = { timeZone: 'the program is in Springfield, which keeps Pacific time' };
  p.inferred = { length: 'two years are described; 24 months assumes twelve-month years' };
  raw.sites[1]!.inferred = { affiliation: '“our cancer center”' };
  return CatalogSchema.parse(raw);
}

describe('inferencesIn', () => {
  const catalog = withInferences();
  const program = catalog.programs[0]!;

  it('finds inferred open values and inferred plain fields, with value, reasoning and path', () => {
    expect(inferencesIn(program, program.name).map((i) => [i.ref, i.where, i.field, i.value, i.reasoning])).toEqual([
      ['length', 'Example Residency', 'length', { amount: { kind: 'exact', value: 24 }, unit: 'months' }, 'two years are described; 24 months assumes twelve-month years'],
      ['equipment[1].year', 'TrueBeam', 'year', 2022, 'the suite it stands in opened in 2022'],
      ['conferences[0].timeZone', 'Tumor board', 'timeZone', 'America/Los_Angeles', 'the program is in Springfield, which keeps Pacific time'],
    ]);
  });

  it('walks a whole catalog, sites included', () => {
    expect(inferencesIn(catalog).map((i) => i.ref)).toContain('sites[1].affiliation');
  });

  it('finds nothing in the fixture as written (everything there is stated, unstated or ambiguous)', () => {
    expect(inferencesIn(fixtureCatalog())).toEqual([]);
  });

  it('says values in words', () => {
    expect(inferredValueText('America/Los_Angeles')).toBe('America/Los_Angeles');
    expect(inferredValueText(2022)).toBe('2022');
    expect(inferredValueText({ hoursPerMonth: 160, basis: 'b' })).toBe('160 hours a month');
    expect(inferredValueText({ amount: { kind: 'exact', value: 72 }, unit: 'months' })).toBe('72 months');
    expect(inferredValueText({ from: 1, to: 6 })).toBe('PGY1–PGY6');
    expect(inferredValueText([{ year: 5, months: 2 }])).toBe('[{"year":5,"months":2}]');
  });
});

describe('programGaps and inferences', () => {
  const program = withInferences().programs[0]!;
  const gaps = programGaps(program);

  it('lists every inference as gap/inferred, after the open gaps, never as stated', () => {
    const inferred = gaps.filter((g) => g.code === 'gap/inferred');
    expect(inferred.map((g) => g.ref)).toEqual(['length', 'equipment[1].year', 'conferences[0].timeZone']);
    expect(gaps.slice(-3)).toEqual(inferred);
    expect(inferred[1]?.message).toBe('TrueBeam: year 2022 is inferred, not stated: the suite it stands in opened in 2022');
    expect(inferred[2]?.message).toBe('Tumor board: time zone America/Los_Angeles is inferred, not stated: the program is in Springfield, which keeps Pacific time');
  });

  it('an inferred value is not also reported as unstated', () => {
    expect(gaps.filter((g) => g.ref === 'equipment[1].year').map((g) => g.code)).toEqual(['gap/inferred']);
  });
});
