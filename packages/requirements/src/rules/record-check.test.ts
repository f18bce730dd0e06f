import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ActivityLogEntrySchema,
  AssignmentSchema,
  ConferenceAttendanceSchema,
  IsoDateSchema,
  LeaveSchema,
  ProcedureLogEntrySchema,
  ScholarlyActivitySchema,
  TraineeRecordSchema,
  TraineeIdSchema,
  TraineeSchema,
  WorkPeriodSchema,
} from '@gmekit/model';
import { syntheticCohort } from './bench';
import { evaluate } from './evaluate';
import { isIdText, isIsoDateText } from '../shared/text-checks';
import { RECORD_LISTS, quickRecord } from './record-check';

const trainee = { id: 'lee', name: 'Dr. Lee', programId: 'ir', startDate: '2026-07-01', pgyAtStart: 1 };
// One valid entry of every list, written out by hand.
const entries = {
  assignments: { id: 'a1', traineeId: 'lee', rotationId: 'ir', siteId: 'main', start: '2026-07-01', end: '2026-07-31' },
  leave: { id: 'l1', traineeId: 'lee', start: '2026-08-03', end: '2026-08-07', kind: 'vacation', note: 'beach' },
  workPeriods: { id: 'w1', traineeId: 'lee', start: '2026-07-01T07:00:00-07:00[America/Los_Angeles]', end: '2026-07-01T19:00-07:00', kind: 'at-home-call', activeMinutes: 30, newPatientCare: false, rotationId: 'ir' },
  procedures: { id: 'p1', traineeId: 'lee', date: '2026-07-02', category: 'aortic-repair', role: 'primary', count: 2 },
  scholarly: { id: 's1', traineeId: 'lee', kind: 'poster', title: 'A poster', status: 'presented', date: '2027-02-28', venue: 'SIR' },
  activities: { id: 'c1', traineeId: 'lee', activity: 'wound-care', date: '2028-02-29', hours: 24 },
  attendance: { traineeId: 'lee', seriesId: 'tumor-board', date: '2026-07-09', status: 'excused' },
};
const full = () => ({ trainee: { ...trainee }, ...Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, [{ ...v }]])) });

describe('quickRecord stands in for TraineeRecordSchema', () => {
  it('knows every field of the schemas (a new field must be taught to it)', () => {
    const keys = (schema: { shape: object }) => Object.keys(schema.shape).sort();
    expect(keys(TraineeRecordSchema)).toEqual(['trainee', ...RECORD_LISTS].sort());
    expect(keys(TraineeSchema)).toEqual(Object.keys(trainee).sort());
    const schemas = { assignments: AssignmentSchema, leave: LeaveSchema, workPeriods: WorkPeriodSchema, procedures: ProcedureLogEntrySchema, scholarly: ScholarlyActivitySchema, activities: ActivityLogEntrySchema, attendance: ConferenceAttendanceSchema };
    for (const [list, schema] of Object.entries(schemas)) expect([list, keys(schema)]).toEqual([list, Object.keys(entries[list as keyof typeof entries]).sort()]);
  });

  it('accepts a valid record with every field, and every synthetic cohort record, as the input itself', () => {
    const record = full();
    expect(TraineeRecordSchema.safeParse(record).success).toBe(true);
    expect(quickRecord(record)).toBe(record);
    for (const r of syntheticCohort({ count: 20 }).records) expect(quickRecord(r)).toBe(r);
  });

  it('fills missing lists with [] as the schema defaults do, without touching the input', () => {
    const record = { trainee };
    expect(quickRecord(record)).toEqual({ trainee, assignments: [], leave: [], workPeriods: [], procedures: [], scholarly: [], activities: [], attendance: [] });
    expect(record).toEqual({ trainee });
  });

  it('leaves a procedure without count to zod, which fills in 1', () => {
    const record = { trainee, procedures: [{ id: 'p', traineeId: 'lee', date: '2026-07-02', category: 'x', role: 'primary' }] };
    expect(quickRecord(record)).toBeUndefined();
    expect(TraineeRecordSchema.parse(record).procedures[0]?.count).toBe(1);
  });

  it('ids and dates follow the model', () => {
    for (const ok of ['a', 'A9', 't1-p2', 'x.y_z:w-1', 'a'.repeat(128)]) expect([ok, isIdText(ok)]).toEqual([ok, true]);
    for (const bad of ['', '-a', '.a', 'a b', 'é', 'a/b', 'a'.repeat(129), 7, null]) expect([bad, isIdText(bad)]).toEqual([bad, false]);
    for (const ok of ['2028-02-29', '2000-02-29', '2026-12-31', '0001-01-01']) expect([ok, isIsoDateText(ok)]).toEqual([ok, true]);
    for (const bad of ['2027-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '2026/01/01', '20260101', ' 2026-01-01', '２026-01-01']) expect([bad, isIsoDateText(bad)]).toEqual([bad, false]);
  });

  it('ids and dates: the same verdict as the schemas on random text', () => {
    const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: -1, max: 13 }), fc.integer({ min: -1, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: fc.constantFrom('a', 'Z', '0', '-', '.', '_', ':', '/', ' '), maxLength: 130 }), dateLike), (text) => {
        expect([text, isIdText(text)]).toEqual([text, TraineeIdSchema.safeParse(text).success]);
        expect([text, isIsoDateText(text)]).toEqual([text, IsoDateSchema.safeParse(text).success]);
      }),
      { seed: 9, numRuns: 3000 },
    );
  });
});

// Values a mutated field may take: valid-looking, invalid and odd ones.
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, '', ' ', 0, -1, 1.5, 25, 24, Number.NaN, Number.POSITIVE_INFINITY, true, [], {}, 'lee', 'other', '2027-02-29', '2028-02-29', '2026-07-01T07:00Z', '2026-07-01T24:00Z', 'primary', 'bogus', 'presented', 'vacation', 'attended', 'x'.repeat(129)),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.double(),
);

describe('quickRecord is never more lenient than zod', () => {
  it('on records with one field of one entry changed or removed, anything it accepts zod accepts, and both evaluate alike', () => {
    const c = syntheticCohort({ count: 1 });
    fc.assert(
      fc.property(fc.constantFrom('trainee', ...RECORD_LISTS), fc.nat(), oddValue, fc.boolean(), (list, pick, value, remove) => {
        const record = full() as Record<string, unknown>;
        const original = (list === 'trainee' ? record.trainee : (record[list] as unknown[])[0]) as Record<string, unknown>;
        const keys = Object.keys(original);
        const key = keys[pick % keys.length] ?? 'id';
        const changed = remove ? Object.fromEntries(Object.entries(original).filter(([k]) => k !== key)) : { ...original, [key]: value };
        if (list === 'trainee') record.trainee = changed;
        else record[list] = [changed];
        const quick = quickRecord(record);
        const parsed = TraineeRecordSchema.safeParse(record);
        if (quick === undefined) return;
        expect(parsed.success).toBe(true);
        if (!parsed.success) return;
        const asOf = '2027-06-30';
        expect(evaluate(c.requirementSet, { record: record as never, program: c.program }, { asOf })).toEqual(evaluate(c.requirementSet, { record: parsed.data, program: c.program }, { asOf, trusted: true }));
      }),
      { seed: 7, numRuns: 1500 },
    );
  });

  it('on a record or list replaced by something else entirely', () => {
    fc.assert(
      fc.property(fc.constantFrom('record', 'trainee', ...RECORD_LISTS), oddValue, (where, value) => {
        const record = where === 'record' ? value : { ...full(), [where]: value };
        if (quickRecord(record) !== undefined) expect(TraineeRecordSchema.safeParse(record).success).toBe(true);
      }),
      { seed: 8, numRuns: 500 },
    );
  });
});

describe('bad records are still findings with zod paths', () => {
  const c = syntheticCohort({ count: 1 });
  const base = c.records[0];
  it('an impossible procedure date and a foreign-looking id deep in a large record', () => {
    if (base === undefined) throw new Error('no record');
    const procedures = base.procedures.map((p, i) => (i === 17 ? { ...p, date: '2027-02-30' } : i === 40 ? { ...p, id: 'not an id' } : p));
    const report = evaluate(c.requirementSet, { record: { ...base, procedures } as never, program: c.program }, { asOf: c.asOf });
    expect(report.results).toEqual([]);
    expect(report.findings.map((f) => [f.code, f.path])).toEqual([
      ['requirement/invalid-record', ['subject', 'record', 'procedures', 17, 'date']],
      ['requirement/invalid-record', ['subject', 'record', 'procedures', 40, 'id']],
    ]);
    expect(report.findings[0]?.message).toBe('subject.record.procedures[17].date: expected a real calendar date');
    expect(report.summary.ok).toBe(false);
  });

  it('activity hours over 24 and an unknown attendance status', () => {
    if (base === undefined) throw new Error('no record');
    const record = { ...base, activities: [{ ...base.activities[0], hours: 25 }], attendance: [{ ...base.attendance[0], status: 'late' }] };
    const report = evaluate(c.requirementSet, { record: record as never, program: c.program }, { asOf: c.asOf });
    expect(report.findings.map((f) => f.path)).toEqual([
      ['subject', 'record', 'activities', 0, 'hours'],
      ['subject', 'record', 'attendance', 0, 'status'],
    ]);
  });
});
