import { WorkPeriodSchema } from '@gmekit/model';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quickWorkPeriod } from './work-period-check';

// Values for each field: valid ones and near misses (the cases the model's
// patterns draw a line between), so generated rows land on both sides.
// Valid values weigh more, so that about half the rows are valid throughout.
const ids = fc.oneof(
  { arbitrary: fc.constantFrom('eve', 'r-1', 'A.b_c:d-9', 'x'.repeat(128)), weight: 20 },
  { arbitrary: fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,20}$/), weight: 20 },
  fc.constantFrom('', '-eve', '.x', 'e ve', 'é', 'x'.repeat(129), 'a\u0000', 'a\tb'),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(7, null, undefined, ['eve']),
);
const instants = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(
    '2026-07-01T07:00:00-07:00',
    '2026-07-01T07:00-07:00',
    '2026-07-01T07:00:00.123456789Z',
    '2026-09-02T03:00:00Z[America/Los_Angeles]',
    '2028-02-29T00:00:00+13:00[Pacific/Auckland]',
    '2000-02-29T23:59:59Z',
  ) },
  fc
    .record({ y: fc.integer({ min: 1899, max: 2101 }), m: fc.integer({ min: 0, max: 13 }), d: fc.integer({ min: 0, max: 32 }), h: fc.integer({ min: 0, max: 24 }) })
    .map(({ y, m, d, h }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T${String(h).padStart(2, '0')}:30:00+05:30`),
  fc.constantFrom(
    '2027-02-29T07:00:00Z',
    '2100-02-29T07:00:00Z',
    '2026-04-31T07:00:00Z',
    '2026-07-01 07:00:00Z',
    '2026-07-01T07:00:00',
    '2026-07-01T24:00:00Z',
    '2026-07-01T07:00:00.1234567890Z',
    '2026-07-01T07:00:00Z[Bad Zone]',
    '2026-07-01',
  ),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(0, null, undefined),
);
const kinds = fc.oneof(
  { weight: 20, arbitrary: fc.constantFrom('clinical', 'education', 'in-house-call', 'night-float', 'at-home-call', 'moonlighting-internal', 'moonlighting-external', 'transition-of-care') },
  fc.constantFrom('Clinical', 'call', '', 1, undefined),
);
const minutes = fc.oneof({ weight: 20, arbitrary: fc.nat() }, fc.constantFrom(-1, 1.5, -0, Number.NaN, Infinity, 2 ** 53, '30', undefined, null));
const flags = fc.oneof({ weight: 20, arbitrary: fc.boolean() }, fc.constantFrom(0, 'true', undefined, null));

/** Rows with only the schema's keys (each optional key present or not), values valid or not. */
const rows = fc.record(
  { id: ids, traineeId: ids, start: instants, end: instants, kind: kinds, activeMinutes: minutes, newPatientCare: flags, rotationId: ids },
  { requiredKeys: [] },
).map((r) => ({ ...r })); // plain objects, as JSON.parse makes (null-prototype ones are for zod alone)

describe('quickWorkPeriod', () => {
  it('accepts exactly the rows WorkPeriodSchema accepts, among plain rows with the schema keys, and returns what zod returns', () => {
    fc.assert(
      fc.property(rows, (row) => {
        const quick = quickWorkPeriod(row);
        const zod = WorkPeriodSchema.safeParse(row);
        expect(quick !== undefined).toBe(zod.success);
        if (quick !== undefined && zod.success) {
          expect(quick).toEqual(zod.data);
          // Same keys in the same order: the stored document is JSON.stringify of it.
          expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('never accepts a row zod refuses, whatever its shape, and leaves unusual shapes to zod', () => {
    const anything = fc.oneof(rows, fc.anything(), rows.chain((r) => fc.dictionary(fc.string({ maxLength: 4 }), fc.anything(), { maxKeys: 2 }).map((extra) => ({ ...extra, ...r }))));
    fc.assert(
      fc.property(anything, (row) => {
        const quick = quickWorkPeriod(row);
        if (quick === undefined) return;
        const zod = WorkPeriodSchema.safeParse(row);
        expect(zod.success).toBe(true);
        if (zod.success) expect(JSON.stringify(quick)).toBe(JSON.stringify(zod.data));
      }),
      { numRuns: 5000 },
    );
  });

  it('hands a row with an unknown key, an inherited key or an unusual prototype to zod', () => {
    const good = { traineeId: 'eve', start: '2026-07-01T07:00:00-07:00', end: '2026-07-01T19:00:00-07:00', kind: 'clinical' };
    expect(quickWorkPeriod(good)).toEqual(good);
    // zod strips the unknown key; the quick check leaves that to zod.
    expect(quickWorkPeriod({ ...good, note: 'x' })).toBeUndefined();
    expect(quickWorkPeriod(Object.assign(Object.create({ kind: 'clinical' }) as object, { ...good }))).toBeUndefined();
    expect(quickWorkPeriod(Object.assign(Object.create(null) as object, good))).toBeUndefined();
    expect(quickWorkPeriod([good])).toBeUndefined();
    // exactOptional: a present key holding undefined is invalid.
    expect(quickWorkPeriod({ ...good, id: undefined })).toBeUndefined();
    expect(WorkPeriodSchema.safeParse({ ...good, id: undefined }).success).toBe(false);
  });
});
