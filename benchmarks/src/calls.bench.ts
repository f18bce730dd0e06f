// @gmekit/scheduler call schedules (issue 13): a generated 28-day month for
// 30 residents with three call types (24 + 4 h in-house call, 19:00–07:00
// night float, at-home pager call), side by side in one process: a greedy
// baseline (fewest calls first, skip anyone on call the night before)
// checked with auditWorkHours, and scheduleCalls to a 1 % gap; then the time
// of swapCandidates on ten calls; then a year for 60 residents (13 windows,
// solved window by window). The inputs are synthetic, not a program's.
import { auditWorkHours, type WorkPeriodInput } from '@gmekit/requirements';
import { scheduleCalls, swapCandidates, type CallScheduleResult } from '@gmekit/scheduler';
import { performance } from 'node:perf_hooks';
import type { SuiteResult } from './suite';

// GMEKIT_CALLS_LIMIT=30 npm run bench -- calls: a shorter solver limit (seconds) for a quick run.
const LIMIT = Number(process.env.GMEKIT_CALLS_LIMIT ?? 120);
const ZONE = 'America/Los_Angeles';

function dates(start: string, days: number): string[] {
  const t0 = Date.parse(`${start}T00:00:00Z`);
  return Array.from({ length: days }, (_, k) => new Date(t0 + k * 86_400_000).toISOString().slice(0, 10));
}

/**
 * The generated month.
 *
 * @param n - residents
 * @param start - first day
 * @param days - length
 * @returns the problem
 */
export function callMonth(n: number, start = '2026-08-03', days = 28) {
  const end = dates(start, days).at(-1) ?? start;
  return {
    id: `calls-${n}`,
    timeZone: ZONE,
    start,
    end,
    shiftTemplates: [{ rotationId: 'wards', weekday: { start: '07:00', end: '17:00' }, weekend: { start: '08:00', end: '12:00' } }],
    callTypes: [
      { id: 'call24', kind: 'in-house' as const, start: '07:00', hours: 24, transitionHours: 4 },
      { id: 'nf', kind: 'night-float' as const, start: '19:00', end: '07:00' },
      { id: 'pager', kind: 'at-home' as const, start: '17:00', end: '07:00', activeMinutes: 120 },
    ],
    coverage: [
      { id: 'ward', callTypeId: 'call24', count: 2 },
      { id: 'nights', callTypeId: 'nf', count: 1 },
      { id: 'home', callTypeId: 'pager', count: 1 },
    ],
    trainees: Array.from({ length: n }, (_, i) => ({
      trainee: { id: `r${String(i + 1).padStart(2, '0')}`, name: `Resident ${i + 1}`, programId: 'im', startDate: '2026-07-01', pgyAtStart: 1 + (i % 3) },
      rotationId: 'wards',
      requests: i % 5 === 0 ? [{ kind: 'vacation' as const, start: dates(start, days)[(i * 3) % (days - 5)] ?? start, end: dates(start, days)[((i * 3) % (days - 5)) + 4] ?? start }] : [],
    })),
    rules: { maxCallsPerMonth: 8, pgy1: { maxCallsPerMonth: 4 }, nightFloatMaxConsecutive: 6 },
  };
}

type Month = ReturnType<typeof callMonth>;

const HOUR = 3_600_000;
function local(date: string, time: string): number {
  // Offsets of the month (PDT) are fixed: the benchmark month has no DST change.
  return Date.parse(`${date}T${time}:00-07:00`);
}
const iso = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** Greedy: night by night, each shift to the eligible resident with the fewest calls who was not working the night before. */
function greedy(problem: Month) {
  const t0 = performance.now();
  const all = dates(problem.start, 28);
  const count = new Map<string, number>();
  const busy = new Map<string, Set<string>>();
  const periods: WorkPeriodInput[] = [];
  const onLeave = (t: Month['trainees'][number], d: string) => t.requests.some((r) => r.start <= d && d <= r.end);
  all.forEach((d, k) => {
    const prev = all[k - 1];
    for (const c of problem.coverage) {
      for (let j = 0; j < c.count; j++) {
        const pick = problem.trainees
          .filter((t) => !onLeave(t, d) && !(busy.get(d)?.has(t.trainee.id) ?? false) && !(prev !== undefined && (busy.get(prev)?.has(t.trainee.id) ?? false)))
          .sort((a, b) => (count.get(a.trainee.id) ?? 0) - (count.get(b.trainee.id) ?? 0) || (a.trainee.id < b.trainee.id ? -1 : 1))[0];
        if (pick === undefined) continue;
        const id = pick.trainee.id;
        count.set(id, (count.get(id) ?? 0) + 1);
        busy.set(d, new Set([...(busy.get(d) ?? []), id]));
        if (c.id === 'ward') periods.push({ traineeId: id, start: iso(local(d, '07:00')), end: iso(local(d, '07:00') + 28 * HOUR), kind: 'in-house-call', rotationId: 'wards' });
        else if (c.id === 'nights') periods.push({ traineeId: id, start: iso(local(d, '19:00')), end: iso(local(d, '19:00') + 12 * HOUR), kind: 'night-float', rotationId: 'wards' });
        else periods.push({ traineeId: id, start: iso(local(d, '17:00')), end: iso(local(d, '17:00') + 14 * HOUR), kind: 'at-home-call', activeMinutes: 120, rotationId: 'wards' });
      }
    }
    // Base shifts for everyone not on call that day or the night before.
    const weekend = new Date(`${d}T00:00:00Z`).getUTCDay() % 6 === 0;
    for (const t of problem.trainees) {
      if (onLeave(t, d) || (busy.get(d)?.has(t.trainee.id) ?? false) || (prev !== undefined && (busy.get(prev)?.has(t.trainee.id) ?? false))) continue;
      periods.push({ traineeId: t.trainee.id, start: iso(local(d, weekend ? '08:00' : '07:00')), end: iso(local(d, weekend ? '12:00' : '17:00')), kind: 'clinical', rotationId: 'wards' });
    }
  });
  const assignments = problem.trainees.map((t) => ({ id: `a-${t.trainee.id}`, traineeId: t.trainee.id, rotationId: 'wards', start: problem.start, end: problem.end }));
  const leave = problem.trainees.flatMap((t) => t.requests.map((r, i) => ({ id: `l-${t.trainee.id}-${i}`, traineeId: t.trainee.id, start: r.start, end: r.end, kind: 'vacation' as const })));
  const report = auditWorkHours(periods, { trainees: problem.trainees.map((t) => t.trainee), assignments, leave, timeZone: ZONE, limits: { nightFloatMaxConsecutive: 6 } });
  const calls = [...count.values()];
  const needed = all.length * problem.coverage.reduce((n, c) => n + c.count, 0);
  return { ms: performance.now() - t0, covered: calls.reduce((a, b) => a + b, 0), needed, errors: report.findings.filter((f) => f.severity === 'error').length, spread: Math.max(...calls) - Math.min(...calls) };
}

function spreadOf(r: CallScheduleResult): number | null {
  if (r.status !== 'scheduled') return null;
  const n = Object.values(r.callCounts);
  return Math.max(...n) - Math.min(...n);
}

/** The suite. */
export async function benchCalls(): Promise<SuiteResult> {
  const lines = [`\ncalls: generated 28-day month, 30 residents, 3 call types (2 in-house, 1 night float, 1 at-home a night); HiGHS to a 1 % gap, ${LIMIT} s limit`];
  const problem = callMonth(30);
  const g = greedy(problem);
  const t0 = performance.now();
  const result = await scheduleCalls(problem, { relativeGap: 0.01, timeLimitSeconds: LIMIT });
  const ms = performance.now() - t0;
  lines.push(
    `  greedy: ${g.ms.toFixed(1)} ms, ${g.covered} of ${g.needed} calls placed, ${g.errors} work-hour audit errors, calls spread ${g.spread}`,
    `  scheduleCalls: ${(ms / 1000).toFixed(2)} s, ${result.status}${result.status === 'scheduled' ? ` (${result.statistics.status}${result.statistics.relativeGap === undefined ? '' : ` at a ${(result.statistics.relativeGap * 100).toFixed(1)} % gap`}, ${result.statistics.variables.toLocaleString('en-US')} variables, ${result.shifts.length} calls, 0 audit errors, calls spread ${spreadOf(result)})` : ''}`,
  );
  const figures: Record<string, unknown> = { greedy: g, scheduleMs: ms, status: result.status, spread: spreadOf(result), relativeGap: result.status === 'scheduled' ? result.statistics.relativeGap : null };
  if (result.status === 'scheduled') {
    const picks = result.shifts.filter((_, i) => i % Math.max(1, Math.floor(result.shifts.length / 10)) === 0).slice(0, 10);
    const times = picks.map((s) => {
      const t = performance.now();
      const list = swapCandidates(result, s.id);
      return { ms: performance.now() - t, candidates: list.candidates.length };
    });
    const mean = times.reduce((a, b) => a + b.ms, 0) / times.length;
    lines.push(`  swapCandidates: mean ${mean.toFixed(0)} ms, max ${Math.max(...times.map((t) => t.ms)).toFixed(0)} ms over ${times.length} calls (${times.map((t) => t.candidates).join(', ')} candidates)`);
    figures.swapMeanMs = mean;
  }
  const year = await benchYear();
  lines.push(year.line);
  figures.year = year.figures;
  return { text: lines.join('\n'), figures };
}

// GMEKIT_CALLS_YEAR_SECONDS=45: seconds for the whole year (default 57, shared among its 13 windows by
// spanTimeLimitSeconds; 3 s under the one-minute target for what a share cannot cut: the last window's
// model and audit, the join).
const YEAR_SECONDS = Number(process.env.GMEKIT_CALLS_YEAR_SECONDS ?? 57);

/** 60 residents over 52 weeks (13 averaging windows), solved window by window and audited whole. */
async function benchYear(): Promise<{ line: string; figures: Record<string, unknown> }> {
  const problem = callMonth(60, '2026-07-06', 364);
  // Each window's last report says how close its schedule is to its bound (null: no bound yet).
  const windowGaps = new Map<string, number | null>();
  const t0 = performance.now();
  const result = await scheduleCalls(problem, {
    relativeGap: 0.01,
    spanTimeLimitSeconds: YEAR_SECONDS,
    onProgress: (p) => {
      const window = /\(window (\d+) of \d+\)/.exec(p.message)?.[1];
      if (window !== undefined && p.solver !== undefined) windowGaps.set(window, p.solver.relativeGap);
    },
  });
  const ms = performance.now() - t0;
  const rss = process.memoryUsage().rss;
  if (result.status !== 'scheduled') return { line: `  year (60 residents, 364 days): ${result.status} after ${(ms / 1000).toFixed(1)} s`, figures: { ms, status: result.status } };
  const st = result.statistics;
  const gap = st.relativeGap === undefined ? 'no gap for the year (a window without a bound)' : `largest window gap ${(st.relativeGap * 100).toFixed(2)} %`;
  const gaps = [...windowGaps.values()];
  const within = gaps.filter((g) => g !== null && g <= 0.01).length;
  const unbounded = gaps.filter((g) => g === null).length;
  const bounded = gaps.filter((g): g is number => g !== null);
  const perWindow = `windows within 1 % of their bound: ${within} of ${gaps.length}${unbounded > 0 ? ` (${unbounded} without a bound)` : ''}${bounded.length > 0 ? `, largest bounded gap ${(Math.max(...bounded) * 100).toFixed(2)} %` : ''}`;
  return {
    line: `  year (60 residents, 364 days = 13 windows, ${YEAR_SECONDS} s for the year): ${(ms / 1000).toFixed(1)} s, ${result.shifts.length} calls, ${st.status}, ${gap}; ${perWindow}; ${st.solves} solves, 0 audit errors over the whole year, calls spread ${spreadOf(result)}, RSS ${(rss / 1e6).toFixed(0)} MB`,
    figures: { ms, calls: result.shifts.length, status: st.status, relativeGap: st.relativeGap ?? null, windowsWithin: within, windowsWithoutBound: unbounded, solves: st.solves, rss },
  };
}
