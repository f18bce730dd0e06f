import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type Fresh } from '../../test/dialects';
import type { Store } from '../connection/open';
import { StoreError } from '../errors';
import { localDay } from './local-day';

describe('localDay', () => {
  it('is the date in the bracketed zone, else the date written, never the UTC date', () => {
    // 03:00Z on 2 Sep is 20:00 PDT (UTC-7) on 1 Sep.
    expect(localDay('2026-09-02T03:00:00Z[America/Los_Angeles]')).toBe('2026-09-01');
    // 07:00Z is 00:00 PDT on 2 Sep: the first instant of the local day.
    expect(localDay('2026-09-02T08:00:00+01:00[America/Los_Angeles]')).toBe('2026-09-02');
    // 06:59:59Z is 23:59:59 PDT on 1 Sep.
    expect(localDay('2026-09-02T06:59:59Z[America/Los_Angeles]')).toBe('2026-09-01');
    // No zone: the local date at the written offset (03:00Z on 2 Sep).
    expect(localDay('2026-09-01T20:00:00-07:00')).toBe('2026-09-01');
    // 23:30 on 31 Dec at UTC is 12:30 on 1 Jan in Auckland (NZDT, UTC+13).
    expect(localDay('2026-12-31T23:30:00Z[Pacific/Auckland]')).toBe('2027-01-01');
    // A zone this runtime does not know keeps the written date.
    expect(localDay('2026-09-02T03:00:00Z[Mars/Olympus_Mons]')).toBe('2026-09-02');
  });

  it('writes the same date as Date#toISOString for any day from 1583 to 9999', () => {
    // UTC has offset 0, so the local day is the UTC date, which toISOString writes independently.
    // (From 1583: before the Gregorian reform the runtime's zone formatter counts Julian dates.)
    const at = (ms: number) => `${new Date(ms).toISOString()}[UTC]`;
    fc.assert(
      fc.property(fc.integer({ min: -12_212_553_600_000, max: 253_402_300_799_999 }), (ms) => {
        expect(localDay(at(ms))).toBe(new Date(ms).toISOString().slice(0, 10));
      }),
      { numRuns: 2000 },
    );
    expect(localDay('9999-12-31T23:59:59.999Z[UTC]')).toBe('9999-12-31');
    expect(localDay('2000-02-29T12:00:00Z[UTC]')).toBe('2000-02-29');
    expect(localDay('1900-03-01T00:00:00Z[UTC]')).toBe('1900-03-01');
  });
});

const IR = 'kp-lamc-interventional-radiology';

describe.each(BACKENDS)('work-period days on $name', (backend) => {
  let fresh: Fresh;
  let store: Store;
  beforeAll(async () => {
    fresh = await backend.fresh();
    store = await fresh.open();
    await store.trainees.put([{ id: 'eve', name: 'Dr. Eve', programId: IR, startDate: '2026-07-01', pgyAtStart: 1 }]);
    // Starts in Los Angeles local time (PDT, UTC-7): 08:00 and 20:00 on 1 Sep, 00:00 and 20:00 on 2 Sep.
    const result = await store.workPeriods.insert([
      { id: 'day', traineeId: 'eve', start: '2026-09-01T15:00:00Z[America/Los_Angeles]', end: '2026-09-01T23:00:00Z[America/Los_Angeles]', kind: 'clinical' },
      { id: 'evening', traineeId: 'eve', start: '2026-09-02T03:00:00Z[America/Los_Angeles]', end: '2026-09-02T06:00:00Z[America/Los_Angeles]', kind: 'clinical' },
      { id: 'midnight', traineeId: 'eve', start: '2026-09-02T08:00:00+01:00[America/Los_Angeles]', end: '2026-09-02T12:00:00+01:00[America/Los_Angeles]', kind: 'clinical' },
      { id: 'late', traineeId: 'eve', start: '2026-09-02T20:00:00-07:00', end: '2026-09-02T23:00:00-07:00', kind: 'clinical' },
    ]);
    expect(result.findings).toEqual([]);
  });
  afterAll(async () => {
    await store.close();
    await fresh.dispose();
  });

  it('files a late-evening local period on its local day, not the UTC one', async () => {
    const ids = async (from: string, to: string) => (await store.workPeriods.list({ from, to })).map((p) => p.id);
    expect(await ids('2026-09-01', '2026-09-01')).toEqual(['day', 'evening']);
    expect(await ids('2026-09-02', '2026-09-02')).toEqual(['midnight', 'late']);
    expect(await ids('2026-09-03', '2026-09-03')).toEqual([]);
    const input = await store.queries.workHoursInput({ from: '2026-09-01', to: '2026-09-01' });
    expect(input.periods.map((p) => p.id)).toEqual(['day', 'evening']);
    const subject = await store.queries.traineeSubject('eve', '2026-09-01');
    expect(subject?.record.workPeriods.map((p) => p.id)).toEqual(['day', 'evening']);
  });

  it('counts rows and change-log entries', async () => {
    expect([await store.trainees.count(), await store.workPeriods.count(), await store.assignments.count()]).toEqual([1, 4, 0]);
    // One entry for the trainee, one for the whole work-period batch.
    expect(await store.changes.count()).toBe(2);
  });
});

describe.each(BACKENDS)('work periods read back on $name', (backend) => {
  let fresh: Fresh;
  let store: Store;
  const period = (id: string, day: string) => ({ id, traineeId: 'ann', start: `2026-09-${day}T07:00:00-07:00`, end: `2026-09-${day}T19:00:00-07:00`, kind: 'clinical' as const });
  beforeAll(async () => {
    fresh = await backend.fresh();
    store = await fresh.open();
    await store.trainees.put([{ id: 'ann', name: 'Dr. Ann', programId: IR, startDate: '2026-07-01', pgyAtStart: 2 }]);
    const result = await store.workPeriods.insert([period('p1', '01'), { ...period('p2', '02'), activeMinutes: 30, newPatientCare: false, rotationId: 'ir-1' }, period('p3', '03')]);
    expect(result.findings).toEqual([]);
  });
  afterAll(async () => {
    await store.close();
    await fresh.dispose();
  });

  it('returns the documents as written, in trainee and start order', async () => {
    expect(await store.workPeriods.list()).toEqual([period('p1', '01'), { ...period('p2', '02'), activeMinutes: 30, newPatientCare: false, rotationId: 'ir-1' }, period('p3', '03')]);
  });

  it('reports a row tampered with in the database instead of returning it', async () => {
    // A kind the model does not have, written behind the store's back.
    await fresh.raw(`update work_periods set doc = jsonb_set(doc, '{kind}', '"nap"') where id = 'p2'`);
    const error = await store.workPeriods.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).code).toBe('store/corrupt-row');
    expect((error as StoreError).message).toMatch(/^work period row \d+ no longer matches the model/);
    // 30 February does not exist: the calendar check still applies on the way out.
    await fresh.raw(`update work_periods set doc = jsonb_set(doc, '{kind}', '"clinical"') where id = 'p2'`);
    await fresh.raw(`update work_periods set end_text = '2026-02-30T19:00:00-07:00' where id = 'p3'`);
    const again = await store.queries.workHoursInput({ from: '2026-09-01', to: '2026-09-30' }).catch((e: unknown) => e);
    expect((again as StoreError).code).toBe('store/corrupt-row');
    await fresh.raw(`update work_periods set end_text = '2026-09-03T19:00:00-07:00' where id = 'p3'`);
  });

  it('drops a key the model does not know, as the model does', async () => {
    await fresh.raw(`update work_periods set doc = doc || '{"note": "x"}' where id = 'p1'`);
    const [first] = await store.workPeriods.list({ from: '2026-09-01', to: '2026-09-01' });
    expect(first).toEqual(period('p1', '01'));
  });

  it('writes nothing of a large batch whose bad rows come late, and reports every one of them', async () => {
    // 2,000 hourly periods from 1 Oct (UTC): more than one part of the streamed import.
    const hour = (i: number) => new Date(Date.UTC(2026, 9, 1) + i * 3_600_000).toISOString();
    const big = Array.from({ length: 2000 }, (_, i) => ({ id: `b${i}`, traineeId: 'ann', start: hour(i), end: hour(i + 1), kind: 'education' }));
    const rows: unknown[] = [...big];
    rows[1500] = { ...big[1500], kind: 'nap' };
    rows[1990] = { ...big[1990], id: 'b10' };
    // Text PostgreSQL cannot hold, where the import asks the database about ids up front.
    rows[1995] = { ...big[1995], traineeId: 'ann\u0000', id: 'b\u0000' };
    const before = [await store.workPeriods.count(), await store.changes.count()];
    const rejected = await store.workPeriods.insert(rows);
    expect(rejected.ok).toBe(false);
    expect(rejected.written).toBe(0);
    expect(rejected.findings.map((f) => [f.path[0], f.code])).toEqual([
      [1500, 'store/invalid-row'],
      [1990, 'store/duplicate-id'],
      [1995, 'store/invalid-row'],
      [1995, 'store/invalid-row'],
    ]);
    expect([await store.workPeriods.count(), await store.changes.count()]).toEqual(before);
    const kept = await store.workPeriods.insert(rows, { onInvalid: 'keep-valid' });
    expect([kept.ok, kept.written, kept.findings.length]).toEqual([false, 1997, 4]);
    expect(await store.workPeriods.count()).toBe((before[0] ?? 0) + 1997);
  });
});
