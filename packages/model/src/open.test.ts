import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { inferredFields, knownValue, openValue, statedValue } from './open';
import { YearSchema } from './primitives';

const OpenYear = openValue(YearSchema);

describe('openValue: inferred', () => {
  it('accepts an inferred value with its reasoning in words', () => {
    const v = { status: 'inferred', value: 2022, reasoning: 'the suite opened in 2022; the equipment in it is not dated' };
    expect(OpenYear.parse(v)).toEqual(v);
  });

  it('rejects an inference without reasoning, with the path of the missing field', () => {
    const r = OpenYear.safeParse({ status: 'inferred', value: 2022 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['reasoning']);
    const empty = OpenYear.safeParse({ status: 'inferred', value: 2022, reasoning: '' });
    expect(empty.success).toBe(false);
  });

  it('checks the inferred value against the wrapped schema', () => {
    expect(OpenYear.safeParse({ status: 'inferred', value: 'soon', reasoning: 'x' }).success).toBe(false);
  });

  it('an inferred value is never the stated value; knownValue gives stated or inferred', () => {
    const inferred = OpenYear.parse({ status: 'inferred', value: 2022, reasoning: 'r' });
    expect(statedValue(inferred)).toBeUndefined();
    expect(knownValue(inferred)).toBe(2022);
    expect(knownValue(OpenYear.parse({ status: 'stated', value: 1986 }))).toBe(1986);
    expect(knownValue(OpenYear.parse({ status: 'unstated' }))).toBeUndefined();
  });
});

describe('inferredFields', () => {
  const Inferred = inferredFields(['timeZone', 'length']);

  it('maps listed fields to their reasoning', () => {
    expect(Inferred.parse({ timeZone: 'Los Angeles keeps Pacific time' })).toEqual({ timeZone: 'Los Angeles keeps Pacific time' });
  });

  it('rejects fields it does not list and empty reasoning', () => {
    expect(Inferred.safeParse({ weekday: 'x' }).success).toBe(false);
    const r = Inferred.safeParse({ length: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['length']);
    expect(z.toJSONSchema(Inferred)).toMatchObject({ type: 'object' });
  });
});
