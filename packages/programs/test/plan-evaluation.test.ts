// Plan evaluation of each reference program against its own requirement set
// (issue 6): the figures are the brochures' own, worked out by hand from the
// sentences quoted in each comment, not read back from the engine.
import { evaluate } from '@gmekit/requirements';
import { describe, expect, it } from 'vitest';
import { hospicePalliativeMedicine, interventionalRadiology, radiationOncology } from '../src/index';

function plan(program: typeof radiationOncology) {
  const set = program.requirementSet;
  if (set === undefined) throw new Error(`${program.id} has no requirement set`);
  const report = evaluate(set, { program });
  const result = (id: string) => {
    const r = report.results.find((x) => x.requirementId === id);
    if (r === undefined) throw new Error(`no result for ${id}`);
    return r;
  };
  return { report, result };
}

describe('Radiation Oncology plan', () => {
  const { report, result } = plan(radiationOncology);

  it('has no errors and every requirement is evaluated', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.summary).toMatchObject({ mode: 'plan', total: radiationOncology.requirementSet?.requirements.length, ok: true });
  });

  it('48 months: four 12-month years', () => {
    expect(result('ro-training-length')).toMatchObject({ status: 'met', measured: { min: 48, max: 48 } });
  });

  it('core clinical: "a minimum of 36 months" is the worst case, all 48 the best', () => {
    expect(result('ro-core-clinical')).toMatchObject({ status: 'met', worstCase: 36, bestCase: 48, required: { min: 36, max: null } });
  });

  it('research and electives: "An additional 12 months are provided" — met as a ceiling (no floor)', () => {
    expect(result('ro-research-and-electives')).toMatchObject({ status: 'met', measured: { min: 12, max: 12 } });
  });

  it('the project and the yearly talk need trainee records', () => {
    expect(result('ro-investigative-project').status).toBe('not-evaluable');
    expect(result('ro-annual-department-talk').status).toBe('not-evaluable');
  });
});

describe('Interventional Radiology plan', () => {
  const { report, result } = plan(interventionalRadiology);

  it('has no errors', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result('ir-training-length')).toMatchObject({ status: 'met', measured: { min: 72, max: 72 } });
  });

  it('7.5 months of IR and clinical rotations in PGY2–PGY4, made of the blocks the brochure names', () => {
    // PGY2: about 80 MICU hours at 160 h/month = 0.5, then two months of IR;
    // PGY3: one month of CCU and two of IR; PGY4: one month of IR and one of neuro-IR.
    // 0.5 + 2 + 1 + 2 + 1 + 1 = 7.5 in the worst case. No PGY2–4 year has a
    // remainder block, so in the best case all 36 months could be such rotations.
    const r = result('ir-ir-and-clinical-pgy2-4');
    expect(r).toMatchObject({ status: 'met', worstCase: 7.5, bestCase: 36 });
    expect(r.evidence.map((e) => e.amount)).toEqual([0.5, 2, 1, 2, 1, 1]);
  });

  it('4.5 months of ICU: internship MICU 1, PGY2 MICU 0.5, PGY3 CCU 1, PGY5 intensive care 2', () => {
    const r = result('ir-icu');
    expect(r).toMatchObject({ status: 'met', worstCase: 4.5 });
    expect(r.evidence.map((e) => e.amount)).toEqual([1, 0.5, 1, 2]);
  });

  it('3 months of neuro-IR: one in PGY4, two in PGY5', () => {
    expect(result('ir-neuro-ir')).toMatchObject({ status: 'met', worstCase: 3 });
  });

  it('continuity clinic: half a day a week is 4 hours at 8 hours a day', () => {
    expect(result('ir-continuity-clinic')).toMatchObject({ status: 'met', measured: { min: 4, max: 4 }, required: { min: 4, max: null } });
  });

  it('procedure counts and wound care hours need trainee records', () => {
    for (const id of ['ir-aortic-repairs', 'ir-lower-extremity-revascularizations', 'ir-wound-care-hours']) expect(result(id).status).toBe('not-evaluable');
  });
});

describe('Hospice & Palliative Medicine plan', () => {
  const { report, result } = plan(hospicePalliativeMedicine);

  it('has no errors', () => {
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result('hpm-training-length')).toMatchObject({ status: 'met', measured: { min: 12, max: 12 } });
  });

  it('the four medical centers: LAMC, West LA, Children’s Hospital LA and City of Hope', () => {
    const r = result('hpm-four-medical-centers');
    expect(r).toMatchObject({ status: 'met', worstCase: 4, required: { min: 4, max: null } });
    expect(r.evidence.map((e) => e.note).sort()).toEqual(['site:childrens-hospital-los-angeles', 'site:city-of-hope', 'site:kp-lamc', 'site:kp-west-los-angeles']);
  });

  it('the settings fellows follow their patients across are an opportunity, so nothing is required of them', () => {
    // "allows our fellows the unique opportunity to follow their patients
    // across these multiple clinical settings": offered, not required.
    expect(report.results.map((r) => r.requirementId)).not.toContain('hpm-care-settings');
  });
});
