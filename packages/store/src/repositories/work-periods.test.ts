import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type Fresh } from '../../test/dialects';
import type { Store } from '../connection/open';
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
