import { GmekitError } from '@gmekit/model';
import { describe, expect, it } from 'vitest';
import { openStore } from './connection/open';
import { ScheduleConflictError, StoreError } from './errors';

describe('store errors', () => {
  it('a StoreError is a GmekitError with code, path, findings and cause', () => {
    const cause = new Error('ECONNREFUSED');
    const finding = { code: 'model/invalid', severity: 'error' as const, path: ['calls', 0, 'date'], message: 'calls[0].date: expected a date' };
    const error = new StoreError('store/invalid-row', ['content'], 'the draft does not match the model', { findings: [finding], cause });
    expect(error).toBeInstanceOf(GmekitError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('StoreError');
    expect(error.cause).toBe(cause);
    expect(error.findings).toEqual([finding]);
    expect(error.toFinding()).toEqual({ code: 'store/invalid-row', severity: 'error', path: ['content'], message: 'content: the draft does not match the model' });
    expect(new StoreError('store/connect', [], 'could not open the store').findings).toEqual([]);
  });

  it('a stale publish is a ScheduleConflictError pointing at expectedRevision', () => {
    const error = new ScheduleConflictError('ir-2026', 2, 3);
    expect(error).toBeInstanceOf(StoreError);
    expect(error).toBeInstanceOf(GmekitError);
    expect([error.code, error.scheduleId, error.expectedRevision, error.actualRevision]).toEqual(['store/conflict', 'ir-2026', 2, 3]);
    const finding = error.toFinding('warning');
    expect(finding.path).toEqual(['expectedRevision']);
    expect(finding.severity).toBe('warning');
    expect(finding.message.startsWith('expectedRevision: schedule ir-2026 is at revision 3, not 2:')).toBe(true);
  });

  it('bad arguments to the store throw StoreErrors that name the argument', async () => {
    await expect(openStore({ memory: true, actor: ' ' })).rejects.toMatchObject({ code: 'store/invalid-options', path: ['options', 'actor'] });
    const store = await openStore({ memory: true });
    try {
      await expect(store.queries.workHoursInput({ from: '2026-07', to: '2026-07-31' })).rejects.toMatchObject({ code: 'store/invalid-options', path: ['window', 'from'] });
      await expect(store.queries.traineeSubject('lee', '1 July')).rejects.toMatchObject({ code: 'store/invalid-options', path: ['asOf'] });
      await expect(store.schedules.publish('none', 1, 0)).rejects.toMatchObject({ code: 'store/not-found', path: ['version'] });
    } finally {
      await store.close();
    }
  });
});
