import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { syntheticCohort } from './bench';
import { evaluate } from './evaluate';
import { parseProgram, parseSet, remembered } from './validated';

describe('requirement sets and programs are validated once per object', () => {
  it('a set seen before is the set remembered; a different object is parsed afresh', () => {
    const c = syntheticCohort({ count: 1 });
    const first = parseSet(c.requirementSet);
    expect(first.success && first.data).toBe(c.requirementSet);
    const copy = structuredClone(c.requirementSet);
    const again = parseSet(copy);
    expect(again.success && again.data).toBe(copy);
    const program = parseProgram(c.program);
    expect(program.success && program.data).toBe(c.program);
  });

  it('an invalid set is never remembered: it is reported on every call', () => {
    const bad = { id: 's', programId: 'p', title: 't', requirements: [{ id: 'x', kind: 'procedure-count', title: 'x', sources: [] }] };
    for (let i = 0; i < 2; i++) {
      const parsed = parseSet(bad);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.error.issues.map((issue) => issue.path)).toContainEqual(['requirements', 0, 'category']);
    }
  });

  it('when zod fills in a default, the parsed copy is remembered, not the caller\'s object', () => {
    const parse = remembered(z.object({ a: z.number(), b: z.number().default(1) }));
    const withB = { a: 1, b: 2 };
    const withoutB = { a: 1 };
    expect(parse(withB)).toEqual({ success: true, data: withB });
    const first = parse(withoutB);
    expect(first).toEqual({ success: true, data: { a: 1, b: 1 } });
    const again = parse(withoutB);
    expect(again.success && first.success && again.data).toBe(first.success && first.data);
    expect(again.success && again.data).not.toBe(withoutB);
  });

  it('a set that parses as written is the caller\'s object, so an edit in place is what the next evaluation sees', () => {
    const c = syntheticCohort({ count: 1 });
    const set = structuredClone(c.requirementSet);
    const parsed = parseSet(set);
    expect(parsed.success && parsed.data).toBe(set);
    const record = c.records[0];
    if (record === undefined) throw new Error('no record');
    const before = evaluate(set, { record, program: c.program }, { asOf: c.asOf }).results.find((r) => r.requirementId === 'aortic');
    const aortic = set.requirements.find((r) => r.id === 'aortic');
    if (aortic?.kind !== 'procedure-count') throw new Error('no aortic requirement');
    aortic.min = 1;
    const after = evaluate(set, { record, program: c.program }, { asOf: c.asOf }).results.find((r) => r.requirementId === 'aortic');
    expect(before?.required.min).toBe(50);
    expect(after?.required.min).toBe(1);
  });

  it('a set with extra keys zod strips is still the caller\'s object, and evaluates exactly as its parsed copy', () => {
    const c = syntheticCohort({ count: 1 });
    const set = { ...structuredClone(c.requirementSet), note: 'not in the schema' };
    const record = c.records[0];
    if (record === undefined) throw new Error('no record');
    const parsed = parseSet(set);
    expect(parsed.success && parsed.data).toBe(set);
    expect(evaluate(set, { record, program: c.program }, { asOf: c.asOf })).toEqual(evaluate(c.requirementSet, { record, program: c.program }, { asOf: c.asOf, trusted: true }));
  });
});
