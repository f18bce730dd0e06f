import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { rawFixture } from './__fixtures__/catalog';
import { jsonSchemaFor, jsonSchemas } from './json-schema';

// An independent validator (ajv, JSON Schema 2020-12) must agree with the
// zod schemas on what a valid catalog is.
function validatorFor(entity: Parameters<typeof jsonSchemaFor>[0]) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  return ajv.compile(jsonSchemaFor(entity));
}

describe('JSON Schema export', () => {
  it('has a file for every top-level entity, each a 2020-12 schema with an id', () => {
    const all = jsonSchemas();
    expect(Object.keys(all).sort()).toEqual(
      [
        'catalog', 'institution', 'site', 'program', 'curriculum', 'rotation', 'clinic', 'equipment', 'conference-series',
        'requirement', 'requirement-set', 'trainee', 'trainee-record', 'leave', 'assignment', 'work-period',
        'procedure-log-entry', 'scholarly-activity', 'activity-log-entry', 'conference-attendance', 'finding',
        'scheduling-problem', 'call-problem',
      ].sort(),
    );
    for (const [name, schema] of Object.entries(all)) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.$id).toBe(`urn:gmekit:schema:${name}`);
    }
  });

  it('ajv accepts the fixture catalog', () => {
    const validate = validatorFor('catalog');
    expect(validate(rawFixture()), JSON.stringify(validate.errors)).toBe(true);
  });

  it('ajv rejects broken copies', () => {
    const validate = validatorFor('catalog');
    const broken: [string, (c: Record<string, any>) => void][] = [
      ['missing institution', (c) => { delete c.institution; }],
      ['bad date pattern', (c) => { c.programs[0].conferences[0].anchorDate = { status: 'stated', value: '2026-7-1' }; }],
      ['bad local time', (c) => { c.programs[0].conferences[1].startTime = { status: 'stated', value: '25:00' }; }],
      ['unknown quantity kind', (c) => { c.programs[0].length.amount = { kind: 'lots' }; }],
      ['unknown site kind', (c) => { c.sites[0].kind = 'spaceport'; }],
      ['wrong format version', (c) => { c.formatVersion = 2; }],
      ['empty rotation categories', (c) => { c.programs[0].rotations[0].categories = []; }],
      ['id with spaces', (c) => { c.programs[0].id = 'my program'; }],
    ];
    for (const [label, change] of broken) {
      const copy = rawFixture() as Record<string, any>;
      change(copy);
      expect(validate(copy), label).toBe(false);
    }
  });

  it('ajv accepts each rotation of the fixture catalog on its own', () => {
    const validate = validatorFor('rotation');
    const rotations = (rawFixture() as { programs: { rotations: unknown[] }[] }).programs.flatMap((p) => p.rotations);
    expect(rotations.length).toBeGreaterThan(0);
    for (const r of rotations) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
  });

  it('ajv checks trainee log entries: required fields, enums, bounds', () => {
    const leave = validatorFor('leave');
    expect(leave({ id: 'l1', traineeId: 't1', start: '2026-08-03', end: '2026-08-07', kind: 'vacation' })).toBe(true);
    expect(leave({ id: 'l1', traineeId: 't1', start: '2026-08-03', end: '2026-08-07', kind: 'sabbatical' })).toBe(false);
    const assignment = validatorFor('assignment');
    expect(assignment({ id: 'a1', traineeId: 't1', rotationId: 'ir-core', start: '2026-07-01', end: '2026-07-31' })).toBe(true);
    expect(assignment({ id: 'a1', traineeId: 't1', start: '2026-07-01', end: '2026-07-31' })).toBe(false);
    const procedure = validatorFor('procedure-log-entry');
    // count has a default, so input without it is valid (io: 'input').
    expect(procedure({ id: 'p1', traineeId: 't1', date: '2026-09-14', category: 'aortic-repair', role: 'primary' })).toBe(true);
    expect(procedure({ id: 'p1', traineeId: 't1', date: '2026-09-14', category: 'aortic-repair', role: 'primary', count: 0 })).toBe(false);
    const activity = validatorFor('activity-log-entry');
    expect(activity({ id: 'w1', traineeId: 't1', activity: 'wound-care', date: '2026-09-14', hours: 4 })).toBe(true);
    // A day has 24 hours.
    expect(activity({ id: 'w1', traineeId: 't1', activity: 'wound-care', date: '2026-09-14', hours: 25 })).toBe(false);
  });

  it('ajv validates a work period the same way the zod schema does', () => {
    const validate = validatorFor('work-period');
    expect(validate({ traineeId: 't1', start: '2026-07-01T07:00:00-07:00', end: '2026-07-01T19:00:00-07:00', kind: 'clinical' })).toBe(true);
    expect(validate({ traineeId: 't1', start: '2026-07-01T07:00:00', end: '2026-07-01T19:00:00-07:00', kind: 'clinical' })).toBe(false);
    expect(validate({ traineeId: 't1', start: '2026-07-01T07:00:00Z', end: '2026-07-01T19:00:00Z', kind: 'nap' })).toBe(false);
  });
});
