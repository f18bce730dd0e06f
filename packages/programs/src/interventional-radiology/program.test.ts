// Walks brochure 001 (Integrated Interventional Radiology) fact by fact.
import { describe, expect, it } from 'vitest';
import { programGaps, statedValue } from '@gmekit/model';
import { interventionalRadiology as ir } from '../index';

const volume = (id: string) => ir.volumes.find((v) => v.id === id);
const series = (id: string) => ir.conferences.find((c) => c.id === id);
const clinic = (id: string) => ir.clinics.find((c) => c.id === id);

describe('IR: program facts', () => {
  it('"We established a pathway for training in 2008"', () => {
    expect(ir.founded).toEqual({ status: 'stated', value: 2008 });
  });

  it('"11 faculty, including 8 peripheral interventionalists and 3 neuro-interventionalists"; "two VIR attendings who run an outpatient vein clinic"', () => {
    expect(ir.faculty.total).toEqual({ kind: 'exact', value: 11 });
    expect(ir.faculty.groups.map((g) => [g.id, g.count])).toEqual([
      ['peripheral-interventionalists', { kind: 'exact', value: 8 }],
      ['neuro-interventionalists', { kind: 'exact', value: 3 }],
      ['vein-clinic-attendings', { kind: 'exact', value: 2 }],
    ]);
  });

  it('positions and leadership are not stated: positions open (not zero), no leaders listed', () => {
    expect(ir.positions.perYear.kind).toBe('unstated');
    expect(ir.positions.total.kind).toBe('unstated');
    expect(ir.leadership).toEqual([]);
  });

  it('"Residents complete their internship in General Surgery": six PGY years, 72 months', () => {
    expect(ir.length).toEqual({ amount: { kind: 'exact', value: 72 }, unit: 'months' });
  });
});

describe('IR: clinics', () => {
  it('"outpatient Interventional Radiology clinic every day of the week" — all week or working days, open', () => {
    const f = clinic('ir-outpatient-clinic')?.frequency;
    expect(f?.status).toBe('ambiguous');
    if (f?.status === 'ambiguous') expect(f.candidates.map((c) => c.value)).toEqual(['daily', 'weekdays']);
  });

  it('continuity clinic, vein clinic, vascular malformation center and inpatient consult service', () => {
    expect(clinic('ir-continuity-clinic')?.pgy).toEqual({ from: 2, to: 6 });
    expect(clinic('ir-continuity-clinic')?.frequency).toEqual({ status: 'stated', value: 'weekly' });
    expect(clinic('ir-vein-clinic')?.description).toMatch(/two VIR attendings/);
    expect(clinic('ir-vascular-malformation-center')?.kind).toBe('multidisciplinary');
    expect(clinic('ir-inpatient-consult-service')?.kind).toBe('consult-service');
  });
});

describe('IR: volumes', () => {
  it('"Each IR attending has between 1 to 2 days of clinic a week, and our IR clinic sees between 100 to 150 patients a week"', () => {
    expect(volume('clinic-days-per-attending')).toMatchObject({ quantity: { status: 'stated', value: { kind: 'range', min: 1, max: 2 } }, per: { status: 'stated', value: 'week' } });
    expect(volume('clinic-patients-weekly')).toMatchObject({ quantity: { status: 'stated', value: { kind: 'range', min: 100, max: 150 } }, per: { status: 'stated', value: 'week' } });
  });

  it('"admit approximately 10 patients a week"', () => {
    expect(volume('direct-admissions-weekly')).toMatchObject({ quantity: { status: 'stated', value: { kind: 'approximate', value: 10 } }, per: { status: 'stated', value: 'week' } });
  });

  it('"averages 2,000 inpatient consultations, 500 hospital admissions and we see approximately 5,000 patients in our outpatient clinic annually"', () => {
    expect(volume('inpatient-consultations')).toMatchObject({ quantity: { status: 'stated', value: { kind: 'approximate', value: 2000 } }, per: { status: 'stated', value: 'year' }, scope: 'service' });
    expect(volume('hospital-admissions')).toMatchObject({ quantity: { status: 'stated', value: { kind: 'approximate', value: 500 } }, per: { status: 'stated', value: 'year' } });
    expect(volume('outpatient-clinic-patients')).toMatchObject({ quantity: { status: 'stated', value: { kind: 'approximate', value: 5000 } }, per: { status: 'stated', value: 'year' } });
  });

  it('"approximately 500 transarterial chemoembolization procedures a year"; "over a 100 ablations a years"; "over 100 cerebral aneurysms a year"', () => {
    expect(volume('tace')?.quantity).toEqual({ status: 'stated', value: { kind: 'approximate', value: 500 } });
    expect(volume('ablations')?.quantity).toEqual({ status: 'stated', value: { kind: 'more-than', value: 100 } });
    expect(volume('cerebral-aneurysms')?.quantity).toEqual({ status: 'stated', value: { kind: 'more-than', value: 100 } });
  });

  it('"a large number of pediatric interventions", "a high volume of acute stroke thrombectomy cases" and "a fair number of carotid stents" give no period', () => {
    for (const id of ['pediatric-interventions', 'stroke-thrombectomy', 'carotid-intracranial-stents-avm']) expect(volume(id)?.per.status).toBe('unstated');
    expect(volume('cerebral-aneurysms')?.per).toEqual({ status: 'stated', value: 'year' });
  });

  it('"Our trainees each get to participate in over 50 aortic repairs, 100 lower extremity revascularizations"', () => {
    // No period is given: over the whole residency is inferred.
    expect(volume('trainee-aortic-repairs')).toMatchObject({ scope: 'trainee', per: { status: 'inferred', value: 'training' }, procedureCategory: 'aortic-repair', quantity: { status: 'stated', value: { kind: 'more-than', value: 50 } } });
    // "over 50" is more than 50, not at least 50.
    expect(volume('trainee-aortic-repairs')?.quantity).toEqual({ status: 'stated', value: { kind: 'more-than', value: 50 } });
    // Whether "over" reaches the 100 is not said: both readings stay in the data.
    const revasc = volume('trainee-lower-extremity-revascularizations');
    expect(revasc).toMatchObject({ scope: 'trainee', procedureCategory: 'lower-extremity-revascularization', per: { status: 'inferred', value: 'training' } });
    expect(revasc?.quantity.status).toBe('ambiguous');
    if (revasc?.quantity.status === 'ambiguous') {
      expect(revasc.quantity.candidates.map((c) => c.value)).toEqual([
        { kind: 'more-than', value: 100 },
        { kind: 'exact', value: 100 },
      ]);
      expect(revasc.quantity.note).toContain('over 50 aortic repairs, 100 lower extremity revascularizations');
    }
    expect(volume('trainee-venous-interventions')?.quantity).toEqual({ status: 'unstated', note: '“numerous”' });
  });
});

describe('IR: conferences (Los Angeles time)', () => {
  it('every series is in America/Los_Angeles', () => {
    for (const c of ir.conferences) expect(c.timeZone).toBe('America/Los_Angeles');
  });

  it('"a weekly hepatobiliary/liver tumor board, multidisciplinary vascular conference, and lung tumor board every Tuesday"', () => {
    expect(series('ir-hepatobiliary-liver-tumor-board')?.frequency).toEqual({ status: 'stated', value: 'weekly' });
    // "every Tuesday" may or may not reach back to the tumor board: its day stays open.
    expect(series('ir-hepatobiliary-liver-tumor-board')?.weekdays.status).toBe('unstated');
    expect(series('ir-lung-tumor-board')?.weekdays).toEqual({ status: 'stated', value: ['TU'] });
    expect(series('ir-lung-tumor-board')?.frequency).toEqual({ status: 'stated', value: 'weekly' });
    // The vascular conference sits between the two modifiers, so neither its
    // day nor its frequency is certain; both readings are in the notes.
    const vascular = series('ir-multidisciplinary-vascular-conference');
    expect([vascular?.weekdays.status, vascular?.frequency.status, vascular?.startTime.status]).toEqual(['unstated', 'unstated', 'unstated']);
    expect(vascular?.weekdays.status === 'unstated' && vascular.weekdays.note).toMatch(/every Tuesday.*whole list \(Tuesday\)/);
    // "Tuesdays are multi-disciplinary vascular conference" stays the AM conference's Tuesday topic.
    expect(series('ir-am-conference')?.topicsByWeekday?.TU).toBe('Multi-disciplinary vascular conference');
  });

  it('"a pulmonary/critical care conference every Wednesday at noon"', () => {
    const s = series('ir-pulmonary-critical-care-conference');
    expect([statedValue(s!.frequency), statedValue(s!.weekdays), statedValue(s!.startTime)]).toEqual(['weekly', ['WE'], '12:00']);
    expect(s?.durationMinutes.status).toBe('unstated');
  });

  it('"a neurointerventional radiology conference every other Thursday at noon" — which Thursdays is open', () => {
    const s = series('ir-neurointerventional-conference');
    expect([statedValue(s!.frequency), statedValue(s!.weekdays), statedValue(s!.startTime)]).toEqual(['every-other-week', ['TH'], '12:00']);
    expect(s?.anchorDate.status).toBe('unstated');
  });

  it('"general diagnostic conferences, which are between 12:00 pm and 1:30 pm daily"', () => {
    const s = series('ir-general-diagnostic-conferences');
    expect(statedValue(s!.startTime)).toBe('12:00');
    expect(statedValue(s!.durationMinutes)).toBe(90);
    expect(s?.frequency.status).toBe('ambiguous');
  });

  it('"a specific 7 am to 8 am daily conference schedule" with topics Monday–Friday', () => {
    const s = series('ir-am-conference');
    expect(statedValue(s!.startTime)).toBe('07:00');
    expect(statedValue(s!.durationMinutes)).toBe(60);
    expect(s?.topicsByWeekday?.MO).toMatch(/^Core radiology topic/);
    expect(s?.topicsByWeekday?.TU).toBe('Multi-disciplinary vascular conference');
    expect(s?.topicsByWeekday?.WE).toMatch(/^Dedicated clinical topics/);
    expect(s?.topicsByWeekday?.TH).toBe('General IR concepts');
    expect(s?.topicsByWeekday?.FR).toBe('Best IR case conference/Journal clubs');
    expect(s?.topicsByWeekday?.SA).toBeUndefined();
  });

  it('"the dedicated weekly clinical lecture series throughout PGY 2 through PGY 6" and the ICU lecture series', () => {
    expect(series('ir-weekly-clinical-lecture-series')?.pgy).toEqual({ from: 2, to: 6 });
    expect(series('ir-weekly-clinical-lecture-series')?.frequency).toEqual({ status: 'stated', value: 'weekly' });
    expect(series('ir-icu-lecture-series')?.frequency.status).toBe('unstated');
  });

  it('gaps list the every-other-Thursday anchor and the unstated tumor board times, not the stated noon times', () => {
    const gaps = programGaps(ir);
    const neuro = ir.conferences.findIndex((c) => c.id === 'ir-neurointerventional-conference');
    const pulm = ir.conferences.findIndex((c) => c.id === 'ir-pulmonary-critical-care-conference');
    const refs = new Set(gaps.map((g) => g.ref));
    expect(refs.has(`conferences[${neuro}].anchorDate`)).toBe(true);
    expect(refs.has(`conferences[${neuro}].startTime`)).toBe(false);
    expect(refs.has(`conferences[${pulm}].startTime`)).toBe(false);
    expect(refs.has('conferences[0].startTime')).toBe(true);
  });
});

describe('IR: expectations and requirement set', () => {
  const reqs = ir.requirementSet?.requirements ?? [];
  const req = (id: string) => reqs.find((r) => r.id === id);

  it('"a minimum of 80 hours of wound care training"', () => {
    expect(req('ir-wound-care-hours')).toMatchObject({ kind: 'activity-hours', activity: 'wound-care', minHours: 80 });
  });

  it('"highly encourage the IR resident to attend and present at local angio clubs as well as regional and national interventional meetings"', () => {
    expect(ir.expectations.find((e) => e.id === 'angio-clubs-and-meetings')).toMatchObject({ kind: 'presentation', strength: 'encouraged' });
  });

  it('the set: 72 months, 7.5 IR+clinical months in PGY2–4, 4.5 ICU, 3 neuro-IR, more than 50 aortic repairs, 100 revascularizations, continuity clinic', () => {
    expect(req('ir-training-length')).toMatchObject({ kind: 'training-length', length: { amount: { kind: 'exact', value: 72 }, unit: 'months' } });
    expect(req('ir-ir-and-clinical-pgy2-4')).toMatchObject({ kind: 'rotation-time', pgy: { from: 2, to: 4 }, min: { amount: { value: 7.5 } } });
    expect(req('ir-icu')).toMatchObject({ kind: 'rotation-time', categories: ['icu'], min: { amount: { value: 4.5 } } });
    expect(req('ir-neuro-ir')).toMatchObject({ kind: 'rotation-time', categories: ['neuro-ir'], min: { amount: { value: 3 } } });
    // "over 50 aortic repairs": more than 50, and counts are whole, so the least number that meets it is 51.
    expect(req('ir-aortic-repairs')).toMatchObject({ kind: 'procedure-count', category: 'aortic-repair', min: 51, title: 'Aortic repairs: more than 50' });
    expect(req('ir-lower-extremity-revascularizations')).toMatchObject({ kind: 'procedure-count', min: 100 });
    expect(req('ir-continuity-clinic')).toMatchObject({ kind: 'longitudinal', pgy: { from: 2, to: 6 }, cadence: { per: 'week', amount: { unit: 'days', amount: { value: 0.5 } } } });
    for (const r of reqs) expect(r.sources.length).toBeGreaterThan(0);
  });
});

describe('IR: highlights, history, outcomes and link', () => {
  const fact = (id: string) => ir.facts?.find((f) => f.id === id);
  const quotes = (id: string) => fact(id)?.sources.map((s) => s.quote) ?? [];

  it('"We started one of the earliest medical student rotations for IR in southern California."', () => {
    expect(fact('early-student-rotation')?.kind).toBe('history');
    expect(fact('early-student-rotation')?.text).toMatch(/one of the earliest medical student rotations for IR in southern California/);
  });

  it('"Once clinical competence is gained in the ICU, outpatient clinic and inpatient consults, trainees have the opportunity to perform complex procedures."', () => {
    expect(fact('competence-before-complex-procedures')?.text).toMatch(/^Once clinical competence is gained in the ICU, outpatient clinic and inpatient consults/);
  });

  it('"The general surgery division is vigorous and busy with tertiary cases. Trainees receive hands-on training, often directly with the surgical attending"', () => {
    expect(fact('general-surgery-division')?.text).toMatch(/busy with tertiary cases.*hands-on training, often directly with the surgical attending/);
  });

  it('"We follow our cancer patients for life and have a deep understanding of the various oncologic options including immunotherapy."', () => {
    expect(fact('cancer-patients-for-life')?.text).toMatch(/followed for life.*including immunotherapy/);
  });

  it('"We have 3rd and 4th year students. … They are acting sub-interns and see initial consultations, actively participate in clinic and are also heavily involved in the procedural areas."', () => {
    const students = fact('medical-students-sub-interns');
    expect(students?.text).toMatch(/3rd and 4th year medical students are acting sub-interns/);
    expect(students?.text).toMatch(/initial consultations.*clinic.*procedural areas/);
    // "nationally" belongs to the next sentence, about the residents.
    expect(students?.text).not.toMatch(/national/);
    expect(quotes('medical-students-sub-interns').some((q) => q.includes('nationally'))).toBe(false);
  });

  it('"Our IR integrated residents will work closely with medical students both at our institution and also nationally."', () => {
    expect(fact('residents-work-with-students')?.text).toMatch(/residents work closely with medical students both at the institution and nationally/);
    expect(quotes('residents-work-with-students')).toEqual(['Our IR integrated residents will work closely with medical students both at our institution and also nationally.']);
  });

  it('"our graduates go on to develop robust clinical IR practices"', () => {
    expect(fact('graduates-practices')).toMatchObject({ kind: 'outcome', text: 'Graduates go on to develop robust clinical IR practices.' });
  });

  it('"Visit residency-scal-kaiserpermanente.org to learn more about how to apply …" — the web address as printed', () => {
    expect(fact('website')).toMatchObject({ kind: 'link', url: 'residency-scal-kaiserpermanente.org' });
  });
});
