// A trainee of the reference IR program checked against its requirement set
// (issue 6). Figures are worked out by hand in the comments.
import { evaluate } from '@gmekit/requirements';
import { describe, expect, it } from 'vitest';
import { interventionalRadiology } from '../src/index';

const set = interventionalRadiology.requirementSet;
if (set === undefined) throw new Error('the IR program has no requirement set');

describe('an IR resident against the program requirements', () => {
  it('aortic repairs at risk: 38 in 58 months, 14 left', () => {
    // "over 50 aortic repairs": more than 50, so 51 whole repairs.
    // Start 2022-07-01, 72 months → training ends 2028-06-30. As of 2027-04-30,
    // 58 calendar months have passed and 14 are left. Pace 38 / 58 ≈ 0.655 a
    // month → 38 + 0.655 × 14 ≈ 47.2 < 51. Reaching 51 takes 13 × 58 / 38 ≈
    // 19.8 months: 2027-04-30 + 19 months = 2028-11-30, + 0.84 × 30.4375 ≈ 26
    // days = late 2028-12.
    const procedures = Array.from({ length: 38 }, (_, i) => ({ id: `p${i}`, traineeId: 'lee', date: '2026-01-15', category: 'aortic-repair', role: 'primary' as const, count: 1 }));
    const record = { trainee: { id: 'lee', name: 'Dr. Lee', programId: interventionalRadiology.id, startDate: '2022-07-01', pgyAtStart: 1 }, assignments: [], leave: [], workPeriods: [], procedures, scholarly: [], activities: [], attendance: [] };
    const report = evaluate(set, { record: record as never, program: interventionalRadiology }, { asOf: '2027-04-30' });
    const aortic = report.results.find((r) => r.requirementId === 'ir-aortic-repairs');
    expect(aortic).toMatchObject({ status: 'at-risk', measured: { min: 38, max: 38 }, required: { min: 51, max: null }, deadline: '2028-06-30' });
    expect(aortic?.projected).toBeCloseTo(38 + (38 / 58) * 14, 5);
    expect(aortic?.message).toBe(
      'Dr. Lee has 38 of 51 aortic-repair procedures with 14 months of training left; at the current pace of 0.7 a month 51 will be reached around 2028-12, after training ends on 2028-06-30.',
    );
    expect(report.findings).toContainEqual(expect.objectContaining({ code: 'requirement/at-risk', ref: 'ir-aortic-repairs' }));
  });

  it('rotation time from the brochure’s blocks: 7.5 months met by PGY4, ICU still short but on track', () => {
    const a = (id: string, rotationId: string, start: string, end: string) => ({ id, traineeId: 'lee', rotationId, start, end });
    const assignments = [
      a('a1', 'ir-micu', '2026-08-01', '2026-08-31'), // internship MICU: 1 ICU month, before PGY2
      a('a2', 'ir-micu', '2027-09-01', '2027-09-15'), // PGY2: 15/30 = 0.5
      a('a3', 'ir-interventional-radiology', '2028-05-01', '2028-06-30'), // end of PGY2: 2
      a('a4', 'ir-ccu', '2028-07-01', '2028-07-31'), // PGY3: 1
      a('a5', 'ir-interventional-radiology', '2028-08-01', '2028-09-30'), // PGY3: 2
      a('a6', 'ir-interventional-radiology', '2029-07-01', '2029-07-31'), // PGY4: 1
      a('a7', 'ir-neurointerventional-radiology', '2029-08-01', '2029-08-31'), // PGY4: 1
    ];
    const record = { trainee: { id: 'lee', name: 'Dr. Lee', programId: interventionalRadiology.id, startDate: '2026-07-01', pgyAtStart: 1 }, assignments };
    const report = evaluate(set, { record: record as never, program: interventionalRadiology }, { asOf: '2029-09-01' });
    const byId = (id: string) => report.results.find((r) => r.requirementId === id);
    // 0.5 + 2 + 1 + 2 + 1 + 1 = 7.5 in PGY2–PGY4 (a1 is PGY1 and does not count).
    expect(byId('ir-ir-and-clinical-pgy2-4')).toMatchObject({ status: 'met' });
    expect(byId('ir-ir-and-clinical-pgy2-4')?.measured.min).toBeCloseTo(7.5, 6);
    expect(byId('ir-ir-and-clinical-pgy2-4')?.evidence.map((e) => e.id)).toEqual(['a2', 'a3', 'a4', 'a5', 'a6', 'a7']);
    // ICU: 1 + 0.5 + 1 = 2.5 of 4.5, with almost three years left.
    expect(byId('ir-icu')).toMatchObject({ status: 'on-track' });
    expect(byId('ir-icu')?.measured.min).toBeCloseTo(2.5, 6);
    // Neuro-IR: 1 of 3 so far.
    expect(byId('ir-neuro-ir')?.measured.min).toBeCloseTo(1, 6);
  });
});
