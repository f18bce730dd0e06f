import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { irRaw, m, parseProgram, parseRecord, parseSet } from './__fixtures__/programs';
import { evaluate } from './evaluate';

const program = parseProgram(irRaw());
const set = parseSet('ir', [{ id: 'icu', kind: 'rotation-time', title: 'ICU', categories: ['icu'], min: m(4.5) }]);
const START = Temporal.PlainDate.from('2026-07-01');
const day = (n: number) => START.add({ days: n }).toString();

// Non-overlapping assignments: consecutive runs of days, each on a rotation.
const assignmentsArb = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 1, max: 90 }), rotation: fc.constantFrom('micu', 'ccu', 'ir', 'dr') }), { maxLength: 12 });

function build(parts: { gap: number; length: number; rotation: string }[]) {
  let cursor = 0;
  return parts.map((p, i) => {
    const start = cursor + p.gap;
    cursor = start + p.length;
    return { id: `a${i}`, traineeId: 'lee', rotationId: p.rotation, start: day(start), end: day(start + p.length - 1) };
  });
}

const measure = (assignments: unknown[], asOf: string, leave: unknown[] = []) =>
  evaluate(set, { record: parseRecord({ trainee: { id: 'lee', name: 'Dr. Lee', programId: 'ir', startDate: '2026-07-01', pgyAtStart: 1 }, assignments, leave }), program }, { asOf }).results[0]!.measured.min!;

describe('rotation-time properties', () => {
  it('splitting an assignment in two back-to-back halves never changes the months counted', () => {
    fc.assert(
      fc.property(assignmentsArb, fc.nat(), fc.integer({ min: 0, max: 900 }), (parts, pick, asOf) => {
        const assignments = build(parts);
        if (assignments.length === 0) return;
        const i = pick % assignments.length;
        const a = assignments[i]!;
        const from = Temporal.PlainDate.from(a.start);
        const days = from.until(Temporal.PlainDate.from(a.end)).days + 1;
        if (days < 2) return;
        const cut = 1 + (pick % (days - 1));
        const split = [...assignments.slice(0, i), { ...a, id: `${a.id}x`, end: from.add({ days: cut - 1 }).toString() }, { ...a, id: `${a.id}y`, start: from.add({ days: cut }).toString() }, ...assignments.slice(i + 1)];
        expect(measure(split, day(asOf))).toBeCloseTo(measure(assignments, day(asOf)), 6);
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('months counted never fall as asOf moves later, and leave never adds time', () => {
    fc.assert(
      fc.property(assignmentsArb, fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 800 }), fc.integer({ min: 0, max: 30 }), (parts, asOf, later, leaveStart, leaveDays) => {
        const assignments = build(parts);
        const early = measure(assignments, day(asOf));
        expect(measure(assignments, day(asOf + later))).toBeGreaterThanOrEqual(early - 1e-9);
        const leave = [{ id: 'l', traineeId: 'lee', start: day(leaveStart), end: day(leaveStart + leaveDays), kind: 'vacation' }];
        expect(measure(assignments, day(asOf), leave)).toBeLessThanOrEqual(early + 1e-9);
      }),
      { seed: 43, numRuns: 60 },
    );
  });
});

describe('off-cycle trainees', () => {
  it('advance PGY on the anniversary of their own start date', () => {
    const req = { id: 'pgy2', kind: 'rotation-time', title: 'ICU in PGY2', categories: ['icu'], pgy: { from: 2, to: 2 }, min: m(1) };
    const record = parseRecord({ trainee: { id: 'lee', name: 'Dr. Lee', programId: 'ir', startDate: '2026-09-15', pgyAtStart: 1 } });
    const r = evaluate(parseSet('ir', [req]), { record, program }, { asOf: '2027-09-14' }).results[0]!;
    expect(r.status).toBe('not-yet-applicable');
    expect(r.message).toBe('ICU in PGY2 in PGY2–PGY2 starts on 2027-09-15; nothing is expected yet.');
    const during = evaluate(parseSet('ir', [req]), { record, program }, { asOf: '2027-09-15' }).results[0]!;
    expect(during).toMatchObject({ status: 'on-track', deadline: '2028-09-14' });
  });
});
