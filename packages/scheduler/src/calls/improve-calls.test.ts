import { describe, expect, it } from 'vitest';
import { wardMonth } from './__fixtures__/months';
import { scheduleCalls } from './schedule-calls';
import type { CallScheduleOptions, CallScheduleResult } from './types';

/** The result and the progress messages it sent. */
async function solved(problem: unknown, options: CallScheduleOptions = {}): Promise<{ result: CallScheduleResult; messages: string[] }> {
  const messages: string[] = [];
  const result = await scheduleCalls(problem, { ...options, onProgress: (p) => messages.push(p.message) });
  return { result, messages };
}

const searched = (messages: readonly string[]) => messages.some((m) => m.startsWith('improvement search'));

describe('scheduleCalls by improvement search', () => {
  it('searches from 20 trainees, returns an audited schedule proved within 1 %, and the same one twice', async () => {
    const first = await solved(wardMonth(20));
    expect(searched(first.messages)).toBe(true);
    expect(first.result.status).toBe('scheduled');
    if (first.result.status !== 'scheduled') return;
    // 28 nights, one call each, all covered; the audit of the schedule found no error.
    expect(first.result.shifts).toHaveLength(28);
    expect(first.result.audit.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(first.result.statistics.relativeGap).toBeLessThanOrEqual(0.01);
    const second = await solved(wardMonth(20));
    expect(second.result.status === 'scheduled' ? second.result.shifts : null).toEqual(first.result.shifts);
  }, 120_000);

  it('makes one solve below 20 trainees, with improve: false, and for a re-solve that keeps a published schedule', async () => {
    expect(searched((await solved(wardMonth(19))).messages)).toBe(false);
    const whole = await solved(wardMonth(20), { improve: false });
    expect(searched(whole.messages)).toBe(false);
    expect(whole.result.status).toBe('scheduled');
    // Every changed call costs in such a re-solve, which the greedy start does not see: it stays exact.
    const kept = await solved({ ...wardMonth(20), previous: [{ traineeId: 'r1', date: '2026-08-03', coverageId: 'ward' }] });
    expect(searched(kept.messages)).toBe(false);
    expect(kept.result.status === 'scheduled' ? kept.result.shifts.find((x) => x.date === '2026-08-03')?.traineeId : null).toBe('r1');
  }, 120_000);

  it('still explains a night nobody can cover: a search from a start cannot, so one whole solve decides', async () => {
    // Everyone is on vacation on Monday 2026-08-10, so that night's call has no one.
    const month = wardMonth(20);
    const away = { ...month, trainees: month.trainees.map((t) => ({ ...t, requests: [{ kind: 'vacation', start: '2026-08-10', end: '2026-08-10' }] })) };
    const { result, messages } = await solved(away);
    expect(searched(messages)).toBe(true);
    expect(result.status).toBe('infeasible');
    if (result.status !== 'infeasible') return;
    expect(result.explanation.summary).toContain('2026-08-10');
  }, 120_000);
});
