import { describe, expect, it } from 'vitest';
import { atLeast, hpmRaw, irRaw, m, parseProgram, parseSet, radOncRaw } from './__fixtures__/programs';
import { evaluate } from './evaluate';

const byId = (report: ReturnType<typeof evaluate>, id: string) => {
  const r = report.results.find((x) => x.requirementId === id);
  if (r === undefined) throw new Error(`no result ${id}`);
  return r;
};

describe('plan: Radiation Oncology (48 months, ≥ 36 core clinical, 12 research and electives, nothing sequenced)', () => {
  const requirements = [
    { id: 'length', kind: 'training-length', title: 'Training length', length: m(48) },
    { id: 'core', kind: 'rotation-time', title: 'Core clinical ≥ 36', categories: ['core-clinical'], min: atLeast(36) },
    { id: 'research', kind: 'rotation-time', title: 'Research and electives 12', categories: ['research', 'elective'], min: m(12), max: m(12) },
    { id: 'project', kind: 'scholarly', title: 'Investigative project', activityKinds: ['investigative-project'], statuses: ['submitted', 'presented'], min: 1 },
  ];
  const set = parseSet('ro', requirements);

  it('meets all plan-checkable requirements through the unsequenced totals', () => {
    const report = evaluate(set, { program: parseProgram(radOncRaw()) });
    // Four 12-month years = 48 months exactly.
    expect(byId(report, 'length')).toMatchObject({ status: 'met', measured: { min: 48, max: 48 } });
    // No blocks: 0–48 months could be core; the stated total "a minimum of 36" narrows that to 36–48.
    expect(byId(report, 'core')).toMatchObject({ status: 'met', measured: { min: 36, max: 48 }, worstCase: 36, bestCase: 48, required: { min: 36, max: null } });
    expect(byId(report, 'core').evidence).toEqual([{ type: 'total', id: 'core', amount: 36, note: 'Core clinical: stated without a sequence' }]);
    // "An additional 12 months": exactly 12, both floor and ceiling.
    expect(byId(report, 'research')).toMatchObject({ status: 'met', measured: { min: 12, max: 12 }, required: { min: 12, max: 12 } });
    expect(byId(report, 'project').status).toBe('not-evaluable');
    expect(report.summary).toMatchObject({ mode: 'plan', total: 4, byStatus: { met: 3, 'not-evaluable': 1 }, ok: true });
    expect(report.findings.map((f) => f.code)).toEqual(['requirement/not-evaluable']);
  });

  it('without the stated totals, the empty years leave the split uncertain (0 to 48 months)', () => {
    const raw = radOncRaw();
    (raw.curriculum as { totals: unknown[] }).totals = [];
    const report = evaluate(set, { program: parseProgram(raw) });
    expect(byId(report, 'core')).toMatchObject({ status: 'uncertain', measured: { min: 0, max: 48 }, worstCase: 0, bestCase: 48 });
    expect(byId(report, 'research')).toMatchObject({ status: 'uncertain', measured: { min: 0, max: 48 } });
    expect(report.findings.filter((f) => f.code === 'requirement/uncertain')).toHaveLength(2);
  });

  it('a stated total above the maximum is unmet', () => {
    const raw = radOncRaw();
    (raw.curriculum as { totals: { duration: unknown }[] }).totals[1]!.duration = m(14);
    const report = evaluate(set, { program: parseProgram(raw) });
    expect(byId(report, 'research')).toMatchObject({ status: 'unmet', measured: { min: 14, max: 14 }, worstCase: 14 });
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'requirement/unmet', severity: 'error', path: ['requirementSet', 'requirements', 2], ref: 'research' }));
    expect(report.summary.ok).toBe(false);
  });
});

describe('plan: Integrated IR (PGY1–PGY6, 160 hours a month)', () => {
  const pgy = (from: number, to: number) => ({ from, to });
  const requirements = [
    { id: 'ir-clinical', kind: 'rotation-time', title: 'IR and clinical, PGY2–4', categories: ['ir', 'neuro-ir', 'icu'], pgy: pgy(2, 4), min: m(7.5) },
    { id: 'icu', kind: 'rotation-time', title: 'ICU', categories: ['icu'], min: m(4.5) },
    { id: 'neuro', kind: 'rotation-time', title: 'Neuro-IR', categories: ['neuro-ir'], min: m(3) },
    { id: 'vasc-max', kind: 'rotation-time', title: 'Vascular ≤ 2 in PGY5', categories: ['vascular-surgery'], pgy: pgy(5, 5), max: m(2) },
    { id: 'vasc-min', kind: 'rotation-time', title: 'Vascular ≥ 2 in PGY5', categories: ['vascular-surgery'], pgy: pgy(5, 5), min: m(2) },
    { id: 'mammo', kind: 'rotation-time', title: 'Mammography ≥ 2 in PGY5', categories: ['mammography'], pgy: pgy(5, 5), min: m(2) },
    { id: 'ir5', kind: 'rotation-time', title: 'IR ≥ 4.5 in PGY5', categories: ['ir'], pgy: pgy(5, 5), min: m(4.5) },
    { id: 'ir6', kind: 'rotation-time', title: 'IR ≥ 6 in PGY6', categories: ['ir'], pgy: pgy(6, 6), min: m(6) },
    { id: 'length', kind: 'training-length', title: 'Six years', length: m(72) },
    { id: 'clinic', kind: 'longitudinal', title: 'Continuity clinic', activity: 'continuity-clinic', pgy: pgy(2, 6), cadence: { amount: { amount: { kind: 'exact', value: 0.5 }, unit: 'days' }, per: 'week' } },
    { id: 'clinic-day', kind: 'longitudinal', title: 'A day of clinic', activity: 'continuity-clinic', pgy: pgy(2, 6), cadence: { amount: { amount: { kind: 'exact', value: 1 }, unit: 'days' }, per: 'week' } },
    { id: 'aortic', kind: 'procedure-count', title: 'Aortic repairs', category: 'aortic-repair', min: 50 },
  ];
  const set = parseSet('ir', requirements);
  const report = evaluate(set, { program: parseProgram(irRaw()) });

  it('reproduces the brochure’s 7.5 months of IR and clinical rotations in PGY2–PGY4', () => {
    // PGY2: 80 h MICU / 160 = 0.5 + IR 2 (rest is diagnostic radiology) = 2.5
    // PGY3: CCU 1 + IR 2 = 3; PGY4: IR 1 + neuro-IR 1 = 2 → worst 7.5.
    // PGY4 lists only two months, so its other ten could be anything: best 2.5 + 3 + 12 = 17.5.
    const r = byId(report, 'ir-clinical');
    expect(r).toMatchObject({ status: 'met', measured: { min: 7.5, max: 17.5 }, worstCase: 7.5, bestCase: 17.5 });
    expect(r.evidence.map((e) => [e.id, e.amount])).toEqual([
      ['year2/block0', 0.5],
      ['year2/block1', 2],
      ['year3/block0', 1],
      ['year3/block1', 2],
      ['year4/block0', 1],
      ['year4/block1', 1],
    ]);
    expect(r.evidence[0]!.note).toBe('micu, 0.5 months (approximate)');
    expect(r.message).toBe('The plan gives 7.5 to 17.5 months of interventional radiology or neurointerventional radiology or intensive care rotations in PGY2–PGY4, and meets the requirement of at least 7.5 months.');
  });

  it('reproduces 4.5 months of ICU and 3 of neuro-IR in the worst case', () => {
    // ICU: PGY1 MICU 1 + PGY2 0.5 + PGY3 CCU 1 + PGY5 CCU 2 = 4.5.
    // Best: PGY1 also its unaccounted month (2), PGY4 its ten unaccounted months → 2 + 0.5 + 1 + 10 + 2 = 15.5.
    expect(byId(report, 'icu')).toMatchObject({ status: 'met', measured: { min: 4.5, max: 15.5 } });
    // Neuro-IR: PGY4 1 + PGY5 2 = 3; best adds PGY1's spare month and PGY4's other eleven: 1 + 11 + 2 = 14.
    expect(byId(report, 'neuro')).toMatchObject({ status: 'met', measured: { min: 3, max: 14 } });
  });

  it('treats the 1–2 month vascular surgery range as best and worst case', () => {
    expect(byId(report, 'vasc-max')).toMatchObject({ status: 'met', measured: { min: 1, max: 2 }, bestCase: 1, worstCase: 2 });
    expect(byId(report, 'vasc-min')).toMatchObject({ status: 'uncertain', measured: { min: 1, max: 2 }, bestCase: 2, worstCase: 1 });
    expect(byId(report, 'mammo')).toMatchObject({ status: 'unmet', measured: { min: 1, max: 1 } });
  });

  it('bounds a remainder block by what the other blocks leave', () => {
    // PGY5 others: neuro 2 + vascular 1–2 + CCU 2 + mammo 1 + NM 1 = 7–8, so the IR remainder is 4–5.
    expect(byId(report, 'ir5')).toMatchObject({ status: 'uncertain', measured: { min: 4, max: 5 } });
    // PGY6: an optional elective of unstated length could take the whole year.
    expect(byId(report, 'ir6')).toMatchObject({ status: 'uncertain', measured: { min: 0, max: 12 } });
  });

  it('checks length, the continuity clinic cadence and leaves record-only rules to trainees', () => {
    expect(byId(report, 'length')).toMatchObject({ status: 'met', measured: { min: 72, max: 72 } });
    // Half a day a week at 8 hours a day = 4 hours a week.
    expect(byId(report, 'clinic')).toMatchObject({ status: 'met', unit: 'hours per week', required: { min: 4, max: null }, measured: { min: 4, max: 4 } });
    expect(byId(report, 'clinic-day')).toMatchObject({ status: 'unmet', required: { min: 8, max: null } });
    expect(byId(report, 'aortic')).toMatchObject({ status: 'not-evaluable', unit: 'procedures', required: { min: 50, max: null } });
  });

  it('without the 160 h/month conversion the MICU hours cannot count, so 7.5 is only the best case', () => {
    const raw = irRaw();
    delete raw.conversions;
    const r = byId(evaluate(set, { program: parseProgram(raw) }), 'ir-clinical');
    expect(r.status).toBe('uncertain');
    expect(r.worstCase).toBe(7);
  });

  it('is stable JSON', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('plan: Hospice & Palliative Medicine (four medical centers)', () => {
  const settings = ['inpatient-consult', 'clinic', 'home-based', 'hospice'];
  const requirements = [
    { id: 'sites', kind: 'distinct-sites', title: 'Four medical centers and the settings', siteIds: ['lamc', 'wla', 'chla', 'coh'], settings },
    { id: 'four', kind: 'distinct-sites', title: 'Four sites', minSites: 4 },
    { id: 'peds', kind: 'rotation-time', title: 'Pediatric palliative care', categories: ['pediatrics'], min: m(1) },
    { id: 'consult', kind: 'rotation-time', title: 'Inpatient consults ≥ 7', categories: ['inpatient-consult'], min: m(7) },
    { id: 'length', kind: 'training-length', title: 'One year', length: m(12) },
  ];
  const set = parseSet('hpm', requirements);

  it('schedules all four sites and the four settings', () => {
    const report = evaluate(set, { program: parseProgram(hpmRaw()) });
    // Sites: LAMC, West LA, CHLA, City of Hope are stated on scheduled blocks → 4 of 4;
    // settings: consult (LAMC), clinic (City of Hope), home-based (remainder), hospice → 4 of 4.
    expect(byId(report, 'sites')).toMatchObject({ status: 'met', required: { min: 8, max: null }, measured: { min: 8, max: 8 } });
    expect(byId(report, 'sites').evidence.map((e) => [e.id, e.note])).toEqual([
      ['hpm-lamc', 'site:lamc, setting:inpatient-consult'],
      ['hpm-wla', 'site:wla, setting:inpatient-consult'],
      ['hpm-chla', 'site:chla, setting:inpatient-consult'],
      ['hpm-coh', 'site:coh, setting:clinic'],
      ['hpm-hospice', 'setting:hospice'],
      ['hpm-home', 'setting:home-based'],
    ]);
    expect(byId(report, 'sites').message).toBe('The plan schedules 4 of the 4 sites required (up to 4 counting rotations it does not schedule) and covers 4 of 4 care settings.');
    expect(byId(report, 'four')).toMatchObject({ status: 'met', measured: { min: 4, max: 4 } });
    expect(byId(report, 'peds')).toMatchObject({ status: 'met', measured: { min: 1, max: 1 } });
    // 4 (LAMC) + 1–2 (West LA) + 1 (CHLA) = 6–7 months of inpatient consults.
    expect(byId(report, 'consult')).toMatchObject({ status: 'uncertain', measured: { min: 6, max: 7 } });
    expect(byId(report, 'length').status).toBe('met');
  });

  it('an optional City of Hope block makes the fourth site and the clinic setting best-case only', () => {
    const raw = hpmRaw();
    const blocks = (raw.curriculum as { years: { blocks: Record<string, unknown>[] }[] }).years[0]!.blocks;
    blocks[3]!.optional = true;
    const r = byId(evaluate(set, { program: parseProgram(raw) }), 'sites');
    expect(r).toMatchObject({ status: 'uncertain', measured: { min: 6, max: 8 }, worstCase: 6, bestCase: 8 });
    expect(r.message).toContain('not scheduled: clinic');
  });

  it('without City of Hope the plan cannot reach four sites', () => {
    const raw = hpmRaw();
    const rotations = raw.rotations as { id: string }[];
    raw.rotations = rotations.filter((r) => r.id !== 'hpm-coh');
    const year = (raw.curriculum as { years: { blocks: { rotationId: string }[] }[] }).years[0]!;
    year.blocks = year.blocks.filter((b) => b.rotationId !== 'hpm-coh');
    expect(byId(evaluate(set, { program: parseProgram(raw) }), 'sites')).toMatchObject({ status: 'unmet', measured: { min: 6, max: 6 } });
  });
});
