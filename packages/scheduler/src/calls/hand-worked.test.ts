import { auditWorkHours } from '@gmekit/requirements';
import { describe, expect, it } from 'vitest';
import { wardMonth } from './__fixtures__/months';
import { elapsedMs, HOUR, nightFloat, trainee } from './__fixtures__/small';
import { scheduleCalls } from './schedule-calls';

// Every expected value below is worked out from the ACGME rule text
// (REFERENCE.md §1) and the problem, not read back from the solver.
const errorsOf = (r: { audit: { findings: readonly { severity: string }[] } }) => r.audit.findings.filter((f) => f.severity === 'error');

describe('24 + 4 (CPR 6.22, 6.22.a)', () => {
  it('generates 24 hours of call plus exactly 4 hours of transition (28 h) and the audit passes it', async () => {
    const result = await scheduleCalls(wardMonth(4));
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    for (const s of result.shifts) expect(elapsedMs(s.start, s.end)).toBe(28 * HOUR);
    expect(errorsOf(result)).toEqual([]);
  }, 60_000);

  it('cannot be asked for 28 h 1 min: 4 h 1 min of transition or 25 h of call are refused with their path', async () => {
    const longTransition = { ...wardMonth(4), callTypes: [{ id: 'call24', kind: 'in-house', hours: 24, transitionHours: 4 + 1 / 60 }] };
    await expect(scheduleCalls(longTransition)).rejects.toThrow(/transitionHours/);
    const longCall = { ...wardMonth(4), callTypes: [{ id: 'call24', kind: 'in-house', hours: 25, transitionHours: 3 }] };
    await expect(scheduleCalls(longCall)).rejects.toThrow(/hours/);
  });

  it('the audit that vets every schedule flags a 28 h 1 min stretch, so one could never be returned', () => {
    const periods = [
      { id: 'c', traineeId: 'r1', start: '2026-08-03T07:00:00-07:00', end: '2026-08-04T07:00:00-07:00', kind: 'in-house-call' as const },
      { id: 't', traineeId: 'r1', start: '2026-08-04T07:00:00-07:00', end: '2026-08-04T11:01:00-07:00', kind: 'transition-of-care' as const, newPatientCare: false },
    ];
    const report = auditWorkHours(periods, { trainees: [trainee('r1')], timeZone: 'America/Los_Angeles' });
    expect(report.findings.some((f) => f.severity === 'error' && f.code.includes('24'))).toBe(true);
  });
});

describe('night float (CPR 6.26, 6.21.b)', () => {
  // Mon 2026-08-03 … Sun 08-09: 7 nights of 12 h. One day in seven over 7 days
  // is ⌊7 / 7⌋ = 1 free 24-hour period. Working every night leaves at most
  // 12 h free (07:00 → 19:00), so each resident must skip one night (a skipped
  // night leaves 07:00 → 19:00 the next day, 36 h, free).
  it('two residents cover a week and each keeps a 24-hour period free', async () => {
    const result = await scheduleCalls(nightFloat('2026-08-03', '2026-08-09', ['n1', 'n2']));
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(result.shifts).toHaveLength(7);
    expect(errorsOf(result)).toEqual([]);
    for (const t of result.audit.trainees) for (const w of t.windows.filter((x) => x.rotationId !== undefined)) expect(w.daysOff).toBeGreaterThanOrEqual(1);
    for (const s of result.shifts) expect(elapsedMs(s.start, s.end)).toBe(12 * HOUR);
  }, 60_000);

  it('one resident cannot: 7 nights need a night off, so 1 night stays open (and 7 × 12 = 84 h > 80)', async () => {
    const result = await scheduleCalls(nightFloat('2026-08-03', '2026-08-09', ['n1']));
    expect(result.status).toBe('infeasible');
    if (result.status !== 'infeasible') return;
    expect(result.explanation.shortfalls.reduce((n, s) => n + s.missing, 0)).toBe(1);
    expect(result.explanation.summary).toContain('at least 1 call(s) stay open');
  }, 60_000);
});

describe('DST nights in America/Los_Angeles', () => {
  // 2027-03-14 02:00 PST → 03:00 PDT: the night of March 13, 19:00 PST to
  // 07:00 PDT, is 11 real hours; 2026-11-01 02:00 PDT → 01:00 PST: the night
  // of October 31 is 13.
  it('spring forward: the March 13 night is 11 h, the others 12 h', async () => {
    const result = await scheduleCalls(nightFloat('2027-03-08', '2027-03-21', ['n1', 'n2']));
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    for (const s of result.shifts) expect(elapsedMs(s.start, s.end)).toBe((s.date === '2027-03-13' ? 11 : 12) * HOUR);
    const night = result.workPeriods.find((p) => p.start.startsWith('2027-03-13T19:00:00-08:00'));
    expect(night?.end.startsWith('2027-03-14T07:00:00-07:00')).toBe(true);
    expect(errorsOf(result)).toEqual([]);
  }, 60_000);

  it('fall back: the October 31 night is 13 h', async () => {
    const result = await scheduleCalls(nightFloat('2026-10-26', '2026-11-01', ['n1', 'n2']));
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    for (const s of result.shifts) expect(elapsedMs(s.start, s.end)).toBe((s.date === '2026-10-31' ? 13 : 12) * HOUR);
    expect(errorsOf(result)).toEqual([]);
  }, 60_000);
});

describe('PGY-1 limits', () => {
  const withIntern = (interns: number, seniors: number, pgy1: object) => ({
    ...wardMonth(0),
    trainees: [
      ...Array.from({ length: interns }, (_, i) => ({ trainee: trainee(`i${i + 1}`, 1), rotationId: 'wards' })),
      ...Array.from({ length: seniors }, (_, i) => ({ trainee: trainee(`s${i + 1}`), rotationId: 'wards' })),
    ],
    rules: { pgy1 },
  });

  it('an intern capped at 3 calls a month takes at most 3; three seniors (10 each, CPR 6.27) cover the other 25', async () => {
    const result = await scheduleCalls(withIntern(1, 3, { maxCallsPerMonth: 3 }));
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(result.callCounts.i1).toBeLessThanOrEqual(3);
    expect(errorsOf(result)).toEqual([]);
  }, 60_000);

  it('an intern excluded from 24-hour call takes none', async () => {
    const result = await scheduleCalls(withIntern(1, 3, { excludedCallTypes: ['call24'] }));
    expect(result.status === 'scheduled' ? result.callCounts.i1 : null).toBe(0);
  }, 60_000);

  it('two seniors and a capped intern leave 28 − (10 + 10 + 3) = 5 nights open, and say why', async () => {
    const result = await scheduleCalls(withIntern(1, 2, { maxCallsPerMonth: 3 }));
    expect(result.status).toBe('infeasible');
    if (result.status !== 'infeasible') return;
    expect(result.explanation.shortfalls.reduce((n, s) => n + s.missing, 0)).toBe(5);
    expect(result.explanation.summary).toContain('5 short');
    expect(result.explanation.summary).toContain('i1 3');
  }, 60_000);
});

describe('at-home call (CPR 6.28)', () => {
  // 28 nights of pager call 17:00–07:00 with 2 h of expected patient care,
  // two residents on weekday 07:00–17:00 and weekend 08:00–12:00 shifts.
  const home = {
    ...wardMonth(2),
    callTypes: [{ id: 'pager', kind: 'at-home', start: '17:00', end: '07:00', activeMinutes: 120 }],
    coverage: [{ id: 'home', callTypeId: 'pager' }],
  };
  it('is not bound by every third night: one resident takes ≥ 14 of 28 (> ⌈28 / 3⌉ = 10), yet the audit is clean', async () => {
    const result = await scheduleCalls(home);
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(Math.max(...Object.values(result.callCounts))).toBeGreaterThanOrEqual(14);
    expect(errorsOf(result)).toEqual([]);
    const calls = result.workPeriods.filter((p) => p.kind === 'at-home-call');
    expect(calls).toHaveLength(28);
    for (const c of calls) expect(c.kind === 'at-home-call' ? c.activeMinutes : null).toBe(120);
  }, 60_000);

  it('still needs the free day: one resident cannot take every night (no 24 h free), so 4 nights stay open', async () => {
    // ⌊28 / 7⌋ = 4 days off; a pager night touches two calendar days and at
    // most 10 h (07:00–17:00) lie between nights, so each day off costs a night.
    const result = await scheduleCalls({ ...home, trainees: home.trainees.slice(0, 1) });
    expect(result.status).toBe('infeasible');
    if (result.status !== 'infeasible') return;
    expect(result.explanation.shortfalls.reduce((n, s) => n + s.missing, 0)).toBe(4);
  }, 60_000);
});

describe('conference requests', () => {
  // A conference on Wed 2026-08-12 12:00–13:00 for r1: a call on the 12th
  // overlaps it; the call of the 11th ends at 11:00 on the 12th after its
  // transition and must then leave 14 h free (CPR 6.21.a), until 01:00 on the 13th.
  it('keeps r1 off call on the 11th and the 12th', async () => {
    const base = wardMonth(4);
    const problem = { ...base, trainees: base.trainees.map((t, i) => (i === 0 ? { ...t, requests: [{ kind: 'conference', date: '2026-08-12', time: { start: '12:00', end: '13:00' } }] } : t)) };
    const result = await scheduleCalls(problem);
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(result.shifts.filter((s) => s.traineeId === 'r1' && (s.date === '2026-08-11' || s.date === '2026-08-12'))).toEqual([]);
  }, 60_000);
});

describe('previous (a published schedule)', () => {
  it('is kept unchanged when it still holds, and loses exactly the call a new vacation day forbids', async () => {
    const first = await scheduleCalls(wardMonth(4));
    if (first.status !== 'scheduled') throw new Error('the 4-resident month is feasible');
    const previous = first.shifts.map((s) => ({ coverageId: s.coverageId, date: s.date, traineeId: s.traineeId }));
    const same = await scheduleCalls({ ...wardMonth(4), previous });
    expect(same.status === 'scheduled' ? same.changes : null).toBe(0);
    expect(same.status === 'scheduled' ? same.shifts : null).toEqual(first.shifts);
    // r1 takes a day of vacation on the date of one of its calls: that call must
    // go (the call of the day before would run into the vacation too, but r1
    // cannot have one then: it would overlap the call that day).
    const lost = first.shifts.find((s) => s.traineeId === 'r1');
    if (lost === undefined) throw new Error('r1 has calls');
    const base = wardMonth(4);
    const moved = await scheduleCalls({ ...base, previous, trainees: base.trainees.map((t, i) => (i === 0 ? { ...t, requests: [{ kind: 'vacation', start: lost.date, end: lost.date }] } : t)) });
    expect(moved.status).toBe('scheduled');
    if (moved.status !== 'scheduled') return;
    expect(moved.changes).toBe(1);
    expect(moved.shifts.some((s) => s.id === lost.id)).toBe(false);
    expect(errorsOf(moved)).toEqual([]);
  }, 60_000);
});
