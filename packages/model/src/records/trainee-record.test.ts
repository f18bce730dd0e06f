import { describe, expect, it } from 'vitest';
import { traineeRecord } from './trainee-record';

describe('traineeRecord', () => {
  it('fills the lists left out and accepts plain string ids', () => {
    const record = traineeRecord({ trainee: { id: 'lee', name: 'Dr. Lee', programId: 'ir', startDate: '2026-07-01', pgyAtStart: 1 } });
    expect(record.trainee.id).toBe('lee');
    expect(record).toMatchObject({ assignments: [], leave: [], workPeriods: [], procedures: [], scholarly: [], activities: [], attendance: [] });
  });

  it('throws for a record that does not match the schema', () => {
    expect(() => traineeRecord({ trainee: { id: 'lee', name: 'Dr. Lee', programId: 'ir', startDate: '2026-02-30', pgyAtStart: 1 } })).toThrow();
  });
});
