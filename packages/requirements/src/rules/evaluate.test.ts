import { describe, expect, it } from 'vitest';
import { irRaw, m, parseProgram, parseSet } from './__fixtures__/programs';
import { evaluate } from './evaluate';

const good = { id: 'len', kind: 'training-length', title: 'Six years', length: m(72), sources: [] };
const record = { trainee: { id: 'lee', name: 'Dr. Lee', programId: 'ir', startDate: '2026-07-01', pgyAtStart: 1 } };

describe('bad input becomes findings with zod paths, never an exception', () => {
  it('a broken requirement is reported and the valid ones are still evaluated', () => {
    const set = { id: 's', programId: 'ir', title: 'IR', requirements: [good, { id: 'x', kind: 'rotation-time', title: 'No bounds', categories: ['ir'], sources: [] }, { id: 'y', title: 'No kind', sources: [] }] };
    const report = evaluate(set as never, { program: parseProgram(irRaw()) });
    expect(report.results.map((r) => r.requirementId)).toEqual(['len']);
    const paths = report.findings.filter((f) => f.code === 'requirement/invalid-set').map((f) => f.path);
    expect(paths).toContainEqual(['requirementSet', 'requirements', 1, 'min']);
    expect(paths).toContainEqual(['requirementSet', 'requirements', 2, 'kind']);
    expect(report.findings.find((f) => f.path[3] === 'min')?.message).toBe('requirementSet.requirements[1].min: a rotation-time requirement needs min or max');
    expect(report.summary).toMatchObject({ requirementSetId: null, ok: false });
  });

  it('a record with an assignment ending before it starts', () => {
    const bad = { ...record, assignments: [{ id: 'a', traineeId: 'lee', rotationId: 'ir', start: '2027-02-01', end: '2027-01-01' }] };
    const report = evaluate(parseSet('ir', [good]), { record: bad as never, program: parseProgram(irRaw()) }, { asOf: '2027-03-01' });
    expect(report.results).toEqual([]);
    expect(report.findings).toEqual([
      { code: 'requirement/invalid-record', severity: 'error', path: ['subject', 'record', 'assignments', 0, 'end'], message: 'subject.record.assignments[0].end: an assignment must not end before it starts' },
    ]);
  });

  it('trainee mode without a valid asOf', () => {
    for (const asOf of [undefined, '2027-02-30', 'yesterday', null, 20270301]) {
      const report = evaluate(parseSet('ir', [good]), { record: record as never }, (asOf === undefined ? {} : { asOf }) as never);
      expect(report.results).toEqual([]);
      expect(report.findings.map((f) => [f.code, f.path])).toEqual([['requirement/invalid-options', ['options', 'asOf']]]);
    }
  });

  it('out-of-range options', () => {
    const report = evaluate(parseSet('ir', [good]), { record: record as never }, { asOf: '2027-03-01', trainingMonths: 1e9, hoursPerDay: Number.NaN, extension: { months: -1 } });
    expect(report.results).toEqual([]);
    expect(report.findings.map((f) => f.path)).toEqual([
      ['options', 'trainingMonths'],
      ['options', 'hoursPerDay'],
      ['options', 'extension', 'months'],
    ]);
  });

  it('trusted mode with input that is not what it claims is still a finding, not an exception', () => {
    const report = evaluate({ id: 's', programId: 'ir', title: 't', requirements: [{ kind: 'procedure-count' }] } as never, { record: { trainee: record.trainee } as never }, { asOf: '2027-03-01', trusted: true });
    expect(report.results).toEqual([]);
    expect(report.findings[0]).toMatchObject({ code: 'requirement/invalid-input', severity: 'error', path: [] });
    expect(report.summary.ok).toBe(false);
  });

  it('garbage in: null set, empty subject', () => {
    const report = evaluate(null as never, {} as never);
    expect(report.results).toEqual([]);
    expect(report.findings.map((f) => f.code)).toEqual(['requirement/invalid-set', 'requirement/invalid-subject']);
    expect(() => JSON.stringify(report)).not.toThrow();
  });

  it('an invalid program in trainee mode is reported and the trainee is evaluated without it', () => {
    const report = evaluate(parseSet('ir', [good]), { record: record as never, program: { id: 'ir' } as never }, { asOf: '2027-03-01', trainingMonths: 72 });
    expect(report.findings.some((f) => f.code === 'requirement/invalid-program' && f.path[0] === 'subject' && f.path[1] === 'program')).toBe(true);
    expect(report.results[0]).toMatchObject({ status: 'on-track' });
  });

  it('entries of another trainee are reported and left out', () => {
    const req = { id: 'aortic', kind: 'procedure-count', title: 'Aortic', category: 'aortic-repair', min: 2, sources: [] };
    const procedures = [
      { id: 'p1', traineeId: 'lee', date: '2027-01-01', category: 'aortic-repair', role: 'primary' },
      { id: 'p2', traineeId: 'kim', date: '2027-01-02', category: 'aortic-repair', role: 'primary' },
    ];
    const report = evaluate(parseSet('ir', [req]), { record: { ...record, procedures } as never }, { asOf: '2027-03-01', trainingMonths: 72 });
    expect(report.results[0]).toMatchObject({ measured: { min: 1, max: 1 } });
    expect(report.results[0]!.evidence.map((e) => e.id)).toEqual(['p1']);
    expect(report.findings[0]).toEqual({ code: 'requirement/foreign-entry', severity: 'warning', path: ['subject', 'record', 'procedures', 1, 'traineeId'], message: 'subject.record.procedures[1].traineeId: belongs to kim, not lee; left out.' });
  });

  it('warns when the set belongs to another program', () => {
    const report = evaluate(parseSet('ro', [good]), { program: parseProgram(irRaw()) });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'requirement/program-mismatch', severity: 'warning', path: ['requirementSet', 'programId'] }));
    const trainee = evaluate(parseSet('ro', [good]), { record: record as never }, { asOf: '2027-03-01' });
    expect(trainee.findings).toContainEqual(expect.objectContaining({ code: 'requirement/program-mismatch', path: ['subject', 'record', 'trainee', 'programId'] }));
  });
});

describe('report shape', () => {
  it('every result has every field, and the report survives a JSON round trip', () => {
    const report = evaluate(parseSet('ir', [good]), { record: record as never, program: parseProgram(irRaw()) }, { asOf: '2027-03-01' });
    expect(Object.keys(report.results[0]!).sort()).toEqual(['bestCase', 'deadline', 'evidence', 'kind', 'measured', 'message', 'projected', 'required', 'requirementId', 'schedule', 'status', 'title', 'unit', 'worstCase']);
    expect(report.summary).toEqual({ mode: 'trainee', requirementSetId: 'ir-set', programId: 'ir', traineeId: 'lee', asOf: '2027-03-01', total: 1, byStatus: { 'on-track': 1 }, ok: true });
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('trusted mode skips validation and gives the same results', () => {
    const set = parseSet('ir', [good]);
    const program = parseProgram(irRaw());
    const a = evaluate(set, { record: record as never, program }, { asOf: '2027-03-01' });
    const b = evaluate(set, { record: { ...record, assignments: [], leave: [], workPeriods: [], procedures: [], scholarly: [], activities: [], attendance: [] } as never, program }, { asOf: '2027-03-01', trusted: true });
    expect(b).toEqual(a);
  });
});
