import { describe, expectTypeOf, it } from 'vitest';
import type { Open } from './open';
import type { Quantity } from './quantity';

// Type-level tests: the discriminated unions narrow on their tag, so a
// caller cannot read a field its variant does not have.

describe('Open<T>', () => {
  it('has a value only when stated or inferred, candidates only when ambiguous', () => {
    const read = (open: Open<number>): number | undefined => {
      if (open.status === 'unstated') {
        expectTypeOf(open).not.toHaveProperty('value');
        return undefined;
      }
      if (open.status === 'ambiguous') {
        expectTypeOf(open.candidates[0]?.value).toEqualTypeOf<number | undefined>();
        return undefined;
      }
      expectTypeOf(open.status).toEqualTypeOf<'stated' | 'inferred'>();
      return open.value;
    };
    expectTypeOf(read).returns.toEqualTypeOf<number | undefined>();
  });

  it('asks inferred values for their reasoning', () => {
    // @ts-expect-error -- an inferred value says how it follows from the source
    const missing: Open<string> = { status: 'inferred', value: '12:00' };
    expectTypeOf(missing).toEqualTypeOf<Open<string>>();
  });
});

describe('Quantity', () => {
  it('has bounds only on a range', () => {
    const low = (q: Quantity): number | undefined => {
      if (q.kind === 'range') return q.min;
      expectTypeOf(q).not.toHaveProperty('min');
      return undefined;
    };
    expectTypeOf(low).parameter(0).toEqualTypeOf<Quantity>();
  });

  it('refuses a kind outside the list', () => {
    // @ts-expect-error -- 'roughly' is not a quantity kind (it is 'approximate')
    const q: Quantity = { kind: 'roughly', value: 3 };
    expectTypeOf(q).toEqualTypeOf<Quantity>();
  });
});
