import { describe, expect, it } from 'vitest';
import { AssignmentSchema, LeaveSchema, RotationSchema } from '@gmekit/model';
import { detectConflicts } from './conflicts';
import type { ConferenceOccurrence } from './occurrence';

const session = (date: string, extra: Partial<ConferenceOccurrence> = {}): ConferenceOccurrence => ({
  seriesId: 'ir-am',
  title: 'IR morning conference',
  kind: 'lecture',
  timeZone: 'America/Los_Angeles',
  date,
  start: `${date}T07:00:00-07:00[America/Los_Angeles]`,
  end: `${date}T08:00:00-07:00[America/Los_Angeles]`,
  status: 'scheduled',
  siteId: 'lamc',
  audience: ['ir-residents'],
  ...extra,
});

const sessions = [session('2026-08-04'), session('2026-08-11'), session('2026-08-18', { status: 'cancelled' }), session('2026-08-25')];
const rotation = (id: string, site: string | null, categories: string[]) =>
  RotationSchema.parse({ id, name: id, categories, site: site === null ? { status: 'unstated' } : { status: 'stated', value: site }, sources: [] });
const rotations = [rotation('ir', 'lamc', ['ir']), rotation('peds-ir', 'childrens', ['ir']), rotation('outside-elective', null, ['elective', 'off-site']), rotation('research', null, ['research'])];
const assignment = (id: string, rotationId: string, start: string, end: string, siteId?: string) =>
  AssignmentSchema.parse({ id, traineeId: 'r1', rotationId, start, end, ...(siteId ? { siteId } : {}) });

describe('detectConflicts', () => {
  it('finds sessions during leave, skipping cancelled ones', () => {
    const leave = [LeaveSchema.parse({ id: 'vac', traineeId: 'r1', start: '2026-08-10', end: '2026-08-21', kind: 'vacation' })];
    const { conflicts } = detectConflicts({ occurrences: sessions, leave });
    expect(conflicts.map((c) => [c.kind, c.date, c.recordId])).toEqual([['leave', '2026-08-11', 'vac']]);
  });

  it('finds off-site rotations by site and by tag, and not on-site ones', () => {
    const assignments = [
      assignment('a1', 'ir', '2026-08-01', '2026-08-09'),
      assignment('a2', 'peds-ir', '2026-08-10', '2026-08-16'),
      assignment('a3', 'outside-elective', '2026-08-24', '2026-08-31'),
    ];
    const { conflicts, findings } = detectConflicts({ occurrences: sessions, assignments, rotations });
    expect(conflicts.map((c) => [c.kind, c.date, c.recordId, c.rotationId])).toEqual([
      ['off-site', '2026-08-11', 'a2', 'peds-ir'],
      ['off-site', '2026-08-25', 'a3', 'outside-elective'],
    ]);
    expect(findings).toEqual([]);
  });

  it('uses the assignment’s own site over the rotation’s', () => {
    const { conflicts } = detectConflicts({ occurrences: sessions, assignments: [assignment('a1', 'ir', '2026-08-01', '2026-08-09', 'west-la')], rotations });
    expect(conflicts.map((c) => c.date)).toEqual(['2026-08-04']);
  });

  it('claims nothing when a site is unknown, and says so once', () => {
    const { conflicts, findings } = detectConflicts({ occurrences: sessions, assignments: [assignment('a1', 'research', '2026-08-01', '2026-08-31')], rotations });
    expect(conflicts).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['conflicts/site-unknown']);
  });

  it('skips sessions limited to PGY levels the trainee is not at that day', () => {
    const limited = [session('2027-06-29', { pgy: { from: 2, to: 6 } }), session('2027-07-06', { pgy: { from: 2, to: 6 } })];
    const leave = [LeaveSchema.parse({ id: 'l', traineeId: 'r1', start: '2027-06-28', end: '2027-07-09', kind: 'vacation' })];
    const trainees = [{ id: 'r1', startDate: '2026-07-01', pgyAtStart: 1 }] as never;
    const { conflicts } = detectConflicts({ occurrences: limited, leave, trainees });
    // PGY1 until 2027-06-30, PGY2 from 2027-07-01.
    expect(conflicts.map((c) => c.date)).toEqual(['2027-07-06']);
  });
});
