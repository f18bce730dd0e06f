import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { hpmRaw, irRaw, m, parseProgram, parseRecord, parseSet, radOncRaw } from './__fixtures__/programs';
import { evaluate } from './evaluate';
import type { EvaluateOptions } from './types';

const trainee = (programId: string, startDate = '2026-07-01', pgyAtStart = 1) => ({ id: 'lee', name: 'Dr. Lee', programId, startDate, pgyAtStart });
const one = (requirement: Record<string, unknown>, programId: string, record: Record<string, unknown>, program: Record<string, unknown> | undefined, options: EvaluateOptions & { readonly asOf: string | Temporal.PlainDate }) => {
  const set = parseSet(programId, [requirement]);
  const report = evaluate(set, program === undefined ? { record: parseRecord(record) } : { record: parseRecord(record), program: parseProgram(program) }, options);
  expect(report.results).toHaveLength(1);
  return { result: report.results[0]!, report };
};

describe('procedure counts by pace', () => {
  // Training of 24 months from 2026-07-01 ends 2028-06-30; as of 2027-06-30,
  // 12 calendar months have elapsed and 12 are left.
  const aortic = { id: 'aortic', kind: 'procedure-count', title: 'Aortic repairs', category: 'aortic-repair', roles: ['primary', 'secondary'], min: 50 };
  const entries = (n: number, role = 'primary') => Array.from({ length: n }, (_, i) => ({ id: `p${role}${i}`, traineeId: 'lee', date: '2027-01-15', category: 'aortic-repair', role }));
  const opts = { asOf: '2027-06-30', trainingMonths: 24 };

  it('on track: 30 in 12 months is 2.5 a month, 60 by the end; 50 reached 8 months on, around 2028-02', () => {
    const { result, report } = one(aortic, 'ir', { trainee: trainee('ir'), procedures: [...entries(30), ...entries(10, 'observer')] }, undefined, opts);
    expect(result).toMatchObject({ status: 'on-track', measured: { min: 30, max: 30 }, required: { min: 50, max: null }, projected: 60, deadline: '2028-06-30' });
    expect(result.evidence).toHaveLength(30);
    expect(result.evidence[0]).toEqual({ type: 'procedure', id: 'pprimary0', amount: 1, note: '2027-01-15' });
    expect(result.message).toBe('Dr. Lee has 30 of 50 aortic-repair procedures with 12 months of training left; at the current pace of 2.5 a month 50 will be reached around 2028-02.');
    expect(report.findings).toEqual([]);
  });

  it('at risk: 20 in 12 months projects to 40; 50 would take 18 more months', () => {
    const { result, report } = one(aortic, 'ir', { trainee: trainee('ir'), procedures: entries(20) }, undefined, opts);
    expect(result.status).toBe('at-risk');
    expect(result.projected).toBeCloseTo(40, 6);
    expect(result.message).toContain('at the current pace of 1.7 a month 50 will be reached around 2028-12, after training ends on 2028-06-30');
    expect(report.findings).toEqual([{ code: 'requirement/at-risk', severity: 'warning', path: ['requirementSet', 'requirements', 0], message: result.message, ref: 'aortic' }]);
  });

  it('leave is taken out of the elapsed time: 30 in 11 months of training', () => {
    const leave = [{ id: 'l1', traineeId: 'lee', start: '2026-12-01', end: '2026-12-31', kind: 'vacation' }];
    const { result } = one(aortic, 'ir', { trainee: trainee('ir'), procedures: entries(30), leave }, undefined, opts);
    expect(result.projected).toBeCloseTo(30 + (30 / 11) * 12, 6);
  });

  it('met, unmet after training, not yet applicable before it', () => {
    expect(one(aortic, 'ir', { trainee: trainee('ir'), procedures: entries(50) }, undefined, opts).result.status).toBe('met');
    const late = one(aortic, 'ir', { trainee: trainee('ir'), procedures: entries(40) }, undefined, { asOf: '2028-07-01', trainingMonths: 24 });
    expect(late.result).toMatchObject({ status: 'unmet', measured: { min: 40, max: 40 } });
    expect(late.report.findings[0]).toMatchObject({ code: 'requirement/unmet', severity: 'error' });
    expect(one(aortic, 'ir', { trainee: trainee('ir'), procedures: [] }, undefined, { asOf: '2026-06-15', trainingMonths: 24 }).result.status).toBe('not-yet-applicable');
  });

  it('counts activity hours (wound care ≥ 80) the same way, and only entries up to asOf', () => {
    const wound = { id: 'wound', kind: 'activity-hours', title: 'Wound care', activity: 'wound-care', minHours: 80 };
    const activities = [
      { id: 'w1', traineeId: 'lee', activity: 'wound-care', date: '2027-02-01', hours: 8 },
      { id: 'w2', traineeId: 'lee', activity: 'wound-care', date: '2027-03-01', hours: 8 },
      { id: 'w3', traineeId: 'lee', activity: 'wound-care', date: '2027-07-01', hours: 8 },
    ];
    const { result } = one(wound, 'ir', { trainee: trainee('ir'), activities }, undefined, opts);
    // 16 hours in 12 months → 16 more in the 12 left = 32 < 80.
    expect(result).toMatchObject({ status: 'at-risk', unit: 'hours', measured: { min: 16, max: 16 }, projected: 32 });
    expect(result.evidence.map((e) => e.id)).toEqual(['w1', 'w2']);
  });
});

describe('rotation time from assignments (IR program, PGY2 starts 2027-07-01)', () => {
  const program = irRaw();
  const req = { id: 'ir-clinical', kind: 'rotation-time', title: 'IR and clinical', categories: ['ir', 'neuro-ir', 'icu'], pgy: { from: 2, to: 4 }, min: m(7.5) };
  const a = (id: string, rotationId: string, start: string, end: string) => ({ id, traineeId: 'lee', rotationId, start, end });
  const base = [
    a('a1', 'micu', '2026-08-01', '2026-08-31'), // PGY1: outside the window
    a('a7', 'micu', '2027-09-01', '2027-09-15'), // 15/30 = 0.5
    a('a2', 'ir', '2028-05-01', '2028-06-30'), // 2
    a('a3', 'ccu', '2028-07-01', '2028-07-31'), // 1
    a('a4', 'ir', '2028-08-01', '2028-09-30'), // 2
  ];
  const later = [a('a5', 'ir', '2029-07-01', '2029-07-31'), a('a6', 'neuro-ir', '2029-08-01', '2029-08-31')];

  it('not yet applicable before PGY2', () => {
    const { result } = one(req, 'ir', { trainee: trainee('ir'), assignments: base }, program, { asOf: '2027-03-01' });
    expect(result).toMatchObject({ status: 'not-yet-applicable', measured: { min: 0, max: 0 } });
    expect(result.message).toBe('IR and clinical in PGY2–PGY4 starts on 2027-07-01; nothing is expected yet.');
  });

  it('met once 7.5 months are done, with the assignments that counted as evidence', () => {
    const { result } = one(req, 'ir', { trainee: trainee('ir'), assignments: [...base, ...later] }, program, { asOf: '2029-09-01' });
    expect(result.status).toBe('met');
    expect(result.measured.min).toBeCloseTo(7.5, 6);
    expect(result.evidence.map((e) => [e.id, e.amount])).toEqual([
      ['a7', 0.5],
      ['a2', 2],
      ['a3', 1],
      ['a4', 2],
      ['a5', 1],
      ['a6', 1],
    ]);
  });

  it('on track: 5.5 done, 2 more scheduled, 12 months free after 6 months of DR', () => {
    const dr = a('d1', 'dr', '2029-01-01', '2029-06-30');
    const { result } = one(req, 'ir', { trainee: trainee('ir'), assignments: [...base, dr, ...later] }, program, { asOf: '2028-12-31' });
    expect(result).toMatchObject({ status: 'on-track', deadline: '2030-06-30' });
    expect(result.measured.min).toBeCloseTo(5.5, 6);
    expect(result.projected).toBeCloseTo(7.5, 6);
    // 5.5 + 2 scheduled = 7.5: the schedule reaches it (issue 10: the message and `schedule` say so).
    expect(result.schedule).toBe('reaches');
    expect(result.message).toBe('Dr. Lee has 5.5 of 7.5 months of interventional radiology or neurointerventional radiology or intensive care rotations in PGY2–PGY4; 2 more are scheduled, which reaches it, and 18 months are left before 2030-06-30.');
  });

  it('on track but not yet scheduled: 5.5 done, nothing scheduled, 18 months free', () => {
    // As of 2028-12-31: 0.5 + 2 + 1 + 2 = 5.5 done; nothing after; 2029-01-01 – 2030-06-30 is
    // 18 months with no other assignment, so the missing 2 fit: achievable, not yet scheduled.
    const { result } = one(req, 'ir', { trainee: trainee('ir'), assignments: base }, program, { asOf: '2028-12-31' });
    expect(result).toMatchObject({ status: 'on-track', schedule: 'not-yet-scheduled' });
    expect(result.projected).toBeCloseTo(5.5, 6);
    expect(result.message).toBe('Dr. Lee has 5.5 of 7.5 months of interventional radiology or neurointerventional radiology or intensive care rotations in PGY2–PGY4; 0 more are scheduled, 2 short: achievable in the 18 free of the 18 months left before 2030-06-30, but not yet scheduled.');
  });

  it('never rounds a shortfall into equality: 7.47 of 7.5 months is not "7.5 of 7.5"', () => {
    // 5.5 + IR July 2029 (1) + neuro-IR Aug 1–30 2029 (30/31 = 0.968) = 7.468 < 7.5, window over.
    const short = [...base, a('a5', 'ir', '2029-07-01', '2029-07-31'), a('a6', 'neuro-ir', '2029-08-01', '2029-08-30')];
    const { result } = one(req, 'ir', { trainee: trainee('ir'), assignments: short }, program, { asOf: '2030-07-01' });
    expect(result.status).toBe('unmet');
    expect(result.schedule).toBeNull();
    expect(result.message).toBe('Dr. Lee finished the window on 2030-06-30 with 7.47 of 7.5 months of interventional radiology or neurointerventional radiology or intensive care rotations in PGY2–PGY4.');
  });

  it('at risk: 5.5 done with two months left, one of them already in DR', () => {
    const dr = a('d2', 'dr', '2030-05-01', '2030-05-31');
    const { result } = one(req, 'ir', { trainee: trainee('ir'), assignments: [...base, dr] }, program, { asOf: '2030-04-30' });
    expect(result.status).toBe('at-risk');
    expect(result.message).toContain('only 1 of the 2 months left before 2030-06-30 are not already assigned elsewhere');
  });

  it('unmet once PGY4 is over', () => {
    const { result } = one(req, 'ir', { trainee: trainee('ir'), assignments: base }, program, { asOf: '2030-07-01' });
    expect(result.status).toBe('unmet');
    expect(result.measured.min).toBeCloseTo(5.5, 6);
  });

  it('takes leave days out: 15 days of leave in an August IR month leave 16/31 of it', () => {
    const leave = [{ id: 'l1', traineeId: 'lee', start: '2028-08-01', end: '2028-08-15', kind: 'vacation' }];
    const { result } = one(req, 'ir', { trainee: trainee('ir'), assignments: base, leave }, program, { asOf: '2028-12-31' });
    expect(result.measured.min).toBeCloseTo(0.5 + 2 + 1 + 16 / 31 + 1, 6);
  });

  it('a maximum already exceeded is unmet', () => {
    const max = { id: 'dr-max', kind: 'rotation-time', title: 'DR at most 1', categories: ['diagnostic-radiology'], max: m(1) };
    const { result } = one(max, 'ir', { trainee: trainee('ir'), assignments: [a('d1', 'dr', '2027-07-01', '2027-08-31')] }, program, { asOf: '2027-09-01' });
    expect(result).toMatchObject({ status: 'unmet', measured: { min: 2, max: 2 }, required: { min: null, max: 1 } });
  });

  it('a PGY window that ended before the trainee entered cannot be evaluated from the record', () => {
    const { result } = one(req, 'ir', { trainee: trainee('ir', '2026-07-01', 5), assignments: [] }, program, { asOf: '2027-03-01' });
    expect(result.status).toBe('not-evaluable');
    expect(result.message).toBe('Dr. Lee entered at PGY5, after the PGY levels this requirement covers; training before entry is not in the record.');
  });

  it('cannot count categories without the program', () => {
    expect(one(req, 'ir', { trainee: trainee('ir'), assignments: base }, undefined, { asOf: '2028-12-31' }).result.status).toBe('not-evaluable');
  });

  it('accepts a Temporal.PlainDate as asOf', () => {
    const { report } = one(req, 'ir', { trainee: trainee('ir'), assignments: base }, program, { asOf: Temporal.PlainDate.from('2030-07-01') });
    expect(report.summary.asOf).toBe('2030-07-01');
  });
});

describe('longitudinal continuity clinic: half a day (4 hours) a week, PGY2–PGY6', () => {
  const program = irRaw();
  const req = { id: 'clinic', kind: 'longitudinal', title: 'Continuity clinic', activity: 'continuity-clinic', pgy: { from: 2, to: 6 }, cadence: { amount: { amount: { kind: 'exact', value: 0.5 }, unit: 'days' }, per: 'week' } };
  const log = (dates: string[]) => dates.map((date, i) => ({ id: `c${i}`, traineeId: 'lee', activity: 'continuity-clinic', date, hours: 4 }));
  // Window 2027-07-01..2032-06-30 = 1,827 days (two leap days) = 261 whole weeks → 1,044 hours due.

  it('on track: four whole weeks by 2027-07-28, 16 hours logged', () => {
    const { result } = one(req, 'ir', { trainee: trainee('ir'), activities: log(['2027-07-02', '2027-07-09', '2027-07-16', '2027-07-23']) }, program, { asOf: '2027-07-28' });
    expect(result).toMatchObject({ status: 'on-track', measured: { min: 16, max: 16 }, required: { min: 1044, max: null }, projected: 1044, deadline: '2032-06-30' });
    expect(result.message).toBe('Dr. Lee has logged 16 hours against 16 due so far (4 hours a week for 4 weeks); on pace.');
  });

  it('at risk: 12 hours in four weeks is 3 a week, 12 + 3 × 257 = 783 of 1,044', () => {
    const { result } = one(req, 'ir', { trainee: trainee('ir'), activities: log(['2027-07-02', '2027-07-09', '2027-07-16']) }, program, { asOf: '2027-07-28' });
    expect(result).toMatchObject({ status: 'at-risk', projected: 783 });
  });

  it('not yet applicable in PGY1; unmet after PGY6 when short; met when kept up', () => {
    expect(one(req, 'ir', { trainee: trainee('ir') }, program, { asOf: '2027-06-30' }).result.status).toBe('not-yet-applicable');
    expect(one(req, 'ir', { trainee: trainee('ir'), activities: log(['2027-07-02']) }, program, { asOf: '2032-07-01' }).result.status).toBe('unmet');
    const weekly = Array.from({ length: 261 }, (_, i) => Temporal.PlainDate.from('2027-07-02').add({ weeks: i }).toString());
    expect(one(req, 'ir', { trainee: trainee('ir'), activities: log(weekly) }, program, { asOf: '2032-07-01' }).result).toMatchObject({ status: 'met', measured: { min: 1044, max: 1044 } });
  });

  it('hoursPerDay changes what half a day is', () => {
    const { result } = one(req, 'ir', { trainee: trainee('ir') }, program, { asOf: '2027-06-30', hoursPerDay: 10 });
    expect(result.required.min).toBe(261 * 5);
  });
});

describe('scholarly work, yearly talks and attendance (48-month Radiation Oncology, 2026-07-01 to 2030-06-30)', () => {
  const program = radOncRaw();
  const project = { id: 'project', kind: 'scholarly', title: 'Investigative project', activityKinds: ['investigative-project'], statuses: ['submitted', 'presented'], min: 1 };
  const work = (status: string, date = '2028-03-01', kind = 'investigative-project', id = 's1') => ({ id, traineeId: 'lee', kind, title: 'Study', status, date });

  it('met, on track, at risk, unmet and not yet applicable', () => {
    expect(one(project, 'ro', { trainee: trainee('ro', '2026-07-01', 2), scholarly: [work('submitted')] }, program, { asOf: '2028-06-30' }).result).toMatchObject({ status: 'met', measured: { min: 1, max: 1 } });
    expect(one(project, 'ro', { trainee: trainee('ro', '2026-07-01', 2), scholarly: [work('in-progress')] }, program, { asOf: '2028-06-30' }).result.status).toBe('on-track');
    // 2030-05-02..2030-06-30 is 30/31 + 1 ≈ 1.97 months, under the 3-month lead, nothing under way.
    expect(one(project, 'ro', { trainee: trainee('ro', '2026-07-01', 2) }, program, { asOf: '2030-05-01' }).result.status).toBe('at-risk');
    expect(one(project, 'ro', { trainee: trainee('ro', '2026-07-01', 2), scholarly: [work('in-progress')] }, program, { asOf: '2030-05-01' }).result.status).toBe('on-track');
    expect(one(project, 'ro', { trainee: trainee('ro', '2026-07-01', 2) }, program, { asOf: '2030-07-01' }).result.status).toBe('unmet');
    expect(one(project, 'ro', { trainee: trainee('ro', '2026-07-01', 2) }, program, { asOf: '2026-06-30' }).result.status).toBe('not-yet-applicable');
  });

  const talk = { id: 'talk', kind: 'recurring-presentation', title: 'Annual department talk', presentationKind: 'department-talk', perAcademicYear: 1 };
  const talks = (...dates: string[]) => dates.map((d, i) => work('presented', d, 'department-talk', `t${i}`));

  it('a talk in each training year', () => {
    const r = (dates: string[], asOf: string) => one(talk, 'ro', { trainee: trainee('ro', '2026-07-01', 2), scholarly: talks(...dates) }, program, { asOf }).result;
    // Years 1 and 2 done, year 3 (to 2029-06-30) open with 11 months left.
    expect(r(['2027-03-01', '2028-02-01'], '2028-08-01')).toMatchObject({ status: 'on-track', unit: 'years', measured: { min: 2, max: 2 }, required: { min: 4, max: null } });
    expect(r(['2027-03-01'], '2028-08-01')).toMatchObject({ status: 'unmet' });
    expect(r(['2027-03-01'], '2028-08-01').message).toBe('Dr. Lee gave fewer than 1 department-talk a year in the training year 2027-07-01 to 2028-06-30.');
    // Year 3 ends 2029-06-30; 1.5 months left and nothing planned.
    expect(r(['2027-03-01', '2028-02-01'], '2029-05-15').status).toBe('at-risk');
    expect(r(['2027-03-01', '2028-02-01', '2029-01-10', '2030-01-10'], '2030-06-30')).toMatchObject({ status: 'met', measured: { min: 4, max: 4 } });
  });

  it('attendance: excused sessions count in neither part', () => {
    const att = { id: 'tb', kind: 'conference-attendance', title: 'Tumor board', seriesIds: ['tb'], minPercent: 80 };
    const sessions = (attended: number, absent: number, excused: number) => [
      ...Array.from({ length: attended }, () => ({ traineeId: 'lee', seriesId: 'tb', date: '2027-01-05', status: 'attended' })),
      ...Array.from({ length: absent }, () => ({ traineeId: 'lee', seriesId: 'tb', date: '2027-01-12', status: 'absent' })),
      ...Array.from({ length: excused }, () => ({ traineeId: 'lee', seriesId: 'tb', date: '2027-01-19', status: 'excused' })),
      { traineeId: 'lee', seriesId: 'other', date: '2027-01-19', status: 'absent' },
    ];
    const r = (a: number, b: number, c: number, asOf = '2027-06-30') => one(att, 'ro', { trainee: trainee('ro', '2026-07-01', 2), attendance: sessions(a, b, c) }, program, { asOf }).result;
    expect(r(8, 1, 1)).toMatchObject({ status: 'on-track', measured: { min: 88.888889, max: 88.888889 } });
    expect(r(7, 3, 0)).toMatchObject({ status: 'at-risk', measured: { min: 70, max: 70 } });
    expect(r(7, 3, 0, '2030-07-01').status).toBe('unmet');
    expect(r(8, 2, 0, '2030-07-01').status).toBe('met');
  });
});

describe('training length and leave (48 months, ABR allowance 8 weeks a year = 224 days)', () => {
  const program = radOncRaw();
  const req = { id: 'length', kind: 'training-length', title: '48 months', length: m(48) };
  // 2027-01-01..2027-10-27 is 300 days: 76 over the allowance, 76 / 30.4375 ≈ 2.497 months short.
  const leave = [{ id: 'l1', traineeId: 'lee', start: '2027-01-01', end: '2027-10-27', kind: 'medical' }];

  it('on track and met without excess leave', () => {
    expect(one(req, 'ro', { trainee: trainee('ro', '2026-07-01', 2) }, program, { asOf: '2027-06-30' }).result).toMatchObject({ status: 'on-track', measured: { min: 12, max: 12 }, projected: 48, deadline: '2030-06-30' });
    expect(one(req, 'ro', { trainee: trainee('ro', '2026-07-01', 2) }, program, { asOf: '2030-06-30' }).result.status).toBe('met');
  });

  it('at risk with 300 days of leave; an extension of 3 months puts it back on track', () => {
    const risky = one(req, 'ro', { trainee: trainee('ro', '2026-07-01', 2), leave }, program, { asOf: '2027-11-01' }).result;
    expect(risky.status).toBe('at-risk');
    expect(risky.projected).toBeCloseTo(48 - 76 / 30.4375, 6);
    expect(risky.message).toContain('an extension of about 2.5 months is needed');
    const extended = one(req, 'ro', { trainee: trainee('ro', '2026-07-01', 2), leave }, program, { asOf: '2027-11-01', extension: { months: 3 } }).result;
    expect(extended).toMatchObject({ status: 'on-track', deadline: '2030-09-30' });
    expect(one(req, 'ro', { trainee: trainee('ro', '2026-07-01', 2), leave }, program, { asOf: '2030-07-01' }).result.status).toBe('unmet');
  });
});

describe('distinct sites for a fellow (HPM, 2026-07-01 to 2027-06-30)', () => {
  const program = hpmRaw();
  const req = { id: 'sites', kind: 'distinct-sites', title: 'Four medical centers', siteIds: ['lamc', 'wla', 'chla', 'coh'], settings: ['hospice'] };
  const a = (id: string, rotationId: string, start: string, end: string, siteId?: string) => ({ id, traineeId: 'lee', rotationId, start, end, ...(siteId === undefined ? {} : { siteId }) });
  const all = [a('a1', 'hpm-lamc', '2026-07-01', '2026-10-31'), a('a2', 'hpm-wla', '2026-11-01', '2026-12-31'), a('a3', 'hpm-chla', '2027-01-01', '2027-01-31'), a('a4', 'hpm-coh', '2027-02-01', '2027-02-28'), a('a5', 'hpm-hospice', '2027-03-01', '2027-03-31', 'wla')];

  it('met with every site and hospice; evidence names what each assignment added', () => {
    const { result } = one(req, 'hpm', { trainee: trainee('hpm', '2026-07-01', 4), assignments: all }, program, { asOf: '2027-04-01' });
    expect(result).toMatchObject({ status: 'met', measured: { min: 5, max: 5 }, required: { min: 5, max: null } });
    expect(result.evidence.map((e) => [e.id, e.note])).toEqual([
      ['a1', 'site:lamc'],
      ['a2', 'site:wla'],
      ['a3', 'site:chla'],
      ['a4', 'site:coh'],
      ['a5', 'setting:hospice'],
    ]);
  });

  it('on track when the rest is scheduled; at risk when three items are missing with one month left', () => {
    expect(one(req, 'hpm', { trainee: trainee('hpm', '2026-07-01', 4), assignments: all }, program, { asOf: '2026-12-01' }).result).toMatchObject({ status: 'on-track', measured: { min: 2, max: 2 }, projected: 5 });
    const few = all.slice(0, 2);
    expect(one(req, 'hpm', { trainee: trainee('hpm', '2026-07-01', 4), assignments: few }, program, { asOf: '2027-05-31' }).result.status).toBe('at-risk');
    expect(one(req, 'hpm', { trainee: trainee('hpm', '2026-07-01', 4), assignments: few }, program, { asOf: '2027-07-01' }).result.status).toBe('unmet');
  });
});
