import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso, day } from '../problem/days';
import { highsSolver } from '../solver/highs';
import type { LinearModel } from '../solver/linear-model';
import { trainee } from './__fixtures__/small';
import { conflicts } from './conflicts';
import { buildCallModel } from './model';
import { prepareCalls } from './prepare';

// Small months with base shifts, 24 + 4 h call, night float and at-home call, weekend balance on:
// every kind of row the model writes, small enough to solve to optimality in a second or two.
const monthArb = fc
  .record({
    startDay: fc.integer({ min: day('2026-07-01'), max: day('2027-05-01') }),
    days: fc.integer({ min: 5, max: 7 }),
    pgys: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 3, maxLength: 4 }),
    vacationOf: fc.option(fc.nat({ max: 3 }), { nil: undefined }),
    home: fc.boolean(),
  })
  .map(({ startDay, days, pgys, vacationOf, home }) => ({
    id: 'rows',
    timeZone: 'America/Los_Angeles',
    start: iso(startDay),
    end: iso(startDay + days - 1),
    shiftTemplates: [{ rotationId: 'wards', weekday: { start: '07:00', end: '17:00' }, weekend: { start: '08:00', end: '12:00' } }],
    callTypes: [
      { id: 'call24', kind: 'in-house', start: '07:00', hours: 24, transitionHours: 4 },
      { id: 'nf', kind: 'night-float', start: '19:00', end: '07:00' },
      { id: 'pager', kind: 'at-home', start: '17:00', end: '07:00', activeMinutes: 90 },
    ],
    coverage: [{ id: 'ward', callTypeId: 'call24' }, { id: 'nights', callTypeId: 'nf' }, ...(home ? [{ id: 'home', callTypeId: 'pager' }] : [])],
    trainees: pgys.map((pgy, i) => ({
      trainee: { ...trainee(`r${i + 1}`, pgy), startDate: '2026-07-01' },
      rotationId: 'wards',
      requests: vacationOf === i ? [{ kind: 'vacation', start: iso(startDay + 2), end: iso(startDay + 3) }] : [],
    })),
    rules: { pgy1: { maxCallsPerMonth: 3 }, nightFloatMaxConsecutive: 3, balanceWeekends: true },
  }));

/** The exclusion rows (named `excl_…`; checked to be "at most one of these"). */
function exclusionSets(model: LinearModel): Set<number>[] {
  const rows = model.constraints.filter((c) => c.name.startsWith('excl_'));
  for (const c of rows) expect([c.upper, c.lower, c.terms.every((t) => t.coefficient === 1)]).toEqual([1, undefined, true]);
  return rows.map((c) => new Set(c.terms.map((t) => t.variable)));
}

describe('the call model’s rows', () => {
  it('forbid together exactly the pairs the rules forbid: two items that conflict, or an item and a calendar day off it shares an hour with', () => {
    fc.assert(
      fc.property(monthArb, (problem) => {
        const p = prepareCalls(problem);
        const built = buildCallModel(p);
        const sets = exclusionSets(built.model);
        const together = (x: number, y: number) => sets.some((s) => s.has(x) && s.has(y));
        p.problem.trainees.forEach((_, t) => {
          const items = p.items.filter((it) => it.trainee === t);
          const offs = [...(built.dayOff[t] ?? new Map<number, number>())].map(([k, variable]) => ({ variable, start: p.midnight(k), end: p.midnight(k + 1) }));
          for (const a of items) {
            for (const b of items) {
              if (a.index < b.index) expect(together(built.itemVar[a.index] ?? -1, built.itemVar[b.index] ?? -1)).toBe(conflicts(a, b, p.problem.rules.postCallDayOff));
            }
            for (const o of offs) expect(together(built.itemVar[a.index] ?? -1, o.variable)).toBe(a.start < o.end && a.end > o.start);
          }
        });
      }),
      { numRuns: 10, seed: 1701 },
    );
  });

  it('name each variable’s trainee: items and days off their own, shortfalls and fairness maxima shared', () => {
    fc.assert(
      fc.property(monthArb, (problem) => {
        const p = prepareCalls(problem);
        const built = buildCallModel(p);
        expect(built.owner).toHaveLength(built.model.variables.length);
        for (const it of p.items) expect(built.owner[built.itemVar[it.index] ?? -1]).toBe(it.trainee);
        built.dayOff.forEach((offs, t) => {
          for (const variable of offs.values()) expect(built.owner[variable]).toBe(t);
        });
        built.model.variables.forEach((v, j) => {
          // Shared: shortfalls (u_), fairness maxima (max_), all night-float runs (runs_total); every other variable is one trainee's, named after its slot.
          const shared = /^(u|max|runs)_/.test(v.name);
          expect(built.owner[j]).toBe(shared ? -1 : Number(v.name.split('_')[1]));
        });
      }),
      { numRuns: 10, seed: 1703 },
    );
  });

  it('count the night-float runs once: one variable at most the sum of every run start, which each run line uses instead of the starts', () => {
    fc.assert(
      fc.property(monthArb, (problem) => {
        const { model } = buildCallModel(prepareCalls(problem));
        const starts = model.variables.flatMap((v, j) => (v.name.startsWith('nfs_') ? [j] : []));
        const total = model.variables.findIndex((v) => v.name === 'runs_total');
        expect(starts.length).toBeGreaterThan(0);
        expect(model.variables[total]).toEqual({ name: 'runs_total', type: 'continuous', lower: 0 });
        const sum = model.constraints.filter((c) => c.name === 'nfruns_total');
        expect(sum).toHaveLength(1);
        // runs_total − Σ starts ≤ 0, each start once.
        expect([sum[0]?.lower, sum[0]?.upper]).toEqual([undefined, 0]);
        expect(sum[0]?.terms.map((t) => [t.variable, t.coefficient]).sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0))).toEqual([[total, 1], ...starts.map((j) => [j, -1])].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0)));
        const lines = model.constraints.filter((c) => /^nfruns_(tangent|hull)_/.test(c.name));
        expect(lines.length).toBeGreaterThan(0);
        const isStart = new Set(starts);
        for (const c of lines) {
          expect(c.terms.filter((t) => t.variable === total)).toEqual([{ variable: total, coefficient: 1 }]);
          expect(c.terms.some((t) => isStart.has(t.variable))).toBe(false);
        }
      }),
      { numRuns: 10, seed: 1704 },
    );
  });

  it('that only tighten the relaxation (fairness minimums, night-float runs) cut off no schedule: the optimum is the same without them', async () => {
    const tightening = /^(fairmin_|nfruns|nfend_|nfmorning_)/;
    await fc.assert(
      fc.asyncProperty(monthArb, async (problem) => {
        const { model } = buildCallModel(prepareCalls(problem));
        const loose: LinearModel = { ...model, constraints: model.constraints.filter((c) => !tightening.test(c.name)) };
        expect(loose.constraints.length).toBeLessThan(model.constraints.length);
        const [tight, plain] = await Promise.all([highsSolver().solve(model, { relativeGap: 0 }), highsSolver().solve(loose, { relativeGap: 0 })]);
        expect(tight.status).toBe('optimal');
        expect(plain.status).toBe('optimal');
        expect(tight.objective ?? NaN).toBeCloseTo(plain.objective ?? NaN, 6);
      }),
      { numRuns: 5, seed: 1702 },
    );
  }, 240_000);
});
