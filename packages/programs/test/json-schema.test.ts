import { Ajv2020 } from 'ajv/dist/2020.js';
import { jsonSchemaFor } from '@gmekit/model';
import { describe, expect, it } from 'vitest';
import { catalog } from '../src/index';

// The JSON Schema files are the contract for apps not written in TypeScript:
// an independent validator (ajv) must accept the whole embedded catalog as it
// would arrive over the wire, and reject broken copies of it.
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validateCatalog = ajv.compile(jsonSchemaFor('catalog'));
const validateProgram = ajv.compile(jsonSchemaFor('program'));
const wire = () => JSON.parse(JSON.stringify(catalog)) as Record<string, any>;

describe('embedded catalog against the shipped JSON Schema', () => {
  it('ajv accepts the whole catalog and each program', () => {
    expect(validateCatalog(wire()), JSON.stringify(validateCatalog.errors)).toBe(true);
    for (const program of wire().programs) expect(validateProgram(program), program.id).toBe(true);
  });

  it.each<[string, (c: Record<string, any>) => void]>([
    ['a program without curriculum', (c) => { delete c.programs[0].curriculum; }],
    ['a conference time of 25:00', (c) => { c.programs[1].conferences.find((s: any) => s.startTime.status === 'stated').startTime.value = '25:00'; }],
    ['an unknown open-value status', (c) => { c.programs[1].founded = { status: 'guessed', value: 2008 }; }],
    ['a ranged duration written as text', (c) => { c.programs[1].length.amount = { kind: 'exact', value: '72' }; }],
    ['a site of unknown kind', (c) => { c.sites[0].kind = 'spa'; }],
    ['an equipment count missing', (c) => { delete c.programs[0].equipment[0].count; }],
    ['a requirement of unknown kind', (c) => { c.programs[1].requirementSet.requirements[0].kind = 'vibes'; }],
    ['a weekday spelled out', (c) => { c.programs[1].conferences.find((s: any) => s.weekdays.status === 'stated').weekdays.value = ['Tuesday']; }],
  ])('ajv rejects %s', (_label, change) => {
    const copy = wire();
    change(copy);
    expect(validateCatalog(copy)).toBe(false);
  });
});
