import { interventionalRadiology as ir } from '@gmekit/programs';
import { describe, expect, it } from 'vitest';
import { blockGrid, callGrid, PublishedScheduleSchema, PublishedSchedulesSchema } from './schedule-grid';

const schedule = (kind: 'block' | 'call', content: unknown) => PublishedScheduleSchema.parse({ id: 's', kind, programId: ir.id, version: 1, content });
const assignment = (id: string, traineeId: string, rotationId: string, start: string, end: string) => ({ id, traineeId, rotationId, start, end });

describe('blockGrid', () => {
  it('makes a column per block start and fills each cell with the rotation, the leave or nothing', () => {
    // Two four-week blocks from 2026-07-01 (07-01…07-28, 07-29…08-25). A is on
    // the MICU then on vacation; B is on IR for both blocks in one assignment
    // and C is on a rotation the catalog does not have, then nothing.
    const grid = blockGrid(
      schedule('block', {
        assignments: [
          assignment('a1', 'A', 'ir-micu', '2026-07-01', '2026-07-28'),
          assignment('b1', 'B', 'ir-interventional-radiology', '2026-07-01', '2026-08-25'),
          assignment('c1', 'C', 'ir-somewhere-else', '2026-07-01', '2026-07-28'),
        ],
        leave: [{ id: 'v1', traineeId: 'A', start: '2026-07-29', end: '2026-08-25', kind: 'vacation' }],
      }),
      ir,
    );
    expect(grid.blockStarts).toEqual(['2026-07-01', '2026-07-29']);
    expect(grid.rows.map((r) => r.traineeId)).toEqual(['A', 'B', 'C']);
    expect(grid.rows.map((r) => r.cells)).toEqual([
      [
        { kind: 'rotation', rotationId: 'ir-micu', name: 'Medical intensive care unit (MICU)', category: 'icu' },
        { kind: 'leave', leaveKind: 'vacation' },
      ],
      [
        { kind: 'rotation', rotationId: 'ir-interventional-radiology', name: 'Interventional radiology', category: 'ir' },
        { kind: 'rotation', rotationId: 'ir-interventional-radiology', name: 'Interventional radiology', category: 'ir' },
      ],
      [{ kind: 'rotation', rotationId: 'ir-somewhere-else', name: 'ir-somewhere-else', category: null }, { kind: 'none' }],
    ]);
  });

  it('shows leave over the rotation it falls in, and names rotations by id without a catalog program', () => {
    const grid = blockGrid(
      schedule('block', {
        assignments: [assignment('a1', 'A', 'ir-micu', '2026-07-01', '2026-07-31')],
        leave: [{ id: 'l1', traineeId: 'A', start: '2026-07-01', end: '2026-07-14', kind: 'medical' }],
      }),
      undefined,
    );
    expect(grid.blockStarts).toEqual(['2026-07-01']);
    expect(grid.rows[0]?.cells).toEqual([{ kind: 'leave', leaveKind: 'medical' }]);
  });

  it('is empty for a schedule with nothing in it', () => {
    expect(blockGrid(schedule('block', {}), ir)).toEqual({ blockStarts: [], rows: [] });
  });
});

describe('callGrid', () => {
  it('has a row for every date from the first call to the last, gaps included, and a column per shift', () => {
    // Friday 31 July to Monday 3 August 2026; nobody is on the weeknight shift on Sunday 2 August.
    const grid = callGrid(
      schedule('call', {
        calls: [
          { coverageId: 'night', date: '2026-07-31', traineeId: 'r1' },
          { coverageId: 'weekend', date: '2026-08-01', traineeId: 'r2' },
          { coverageId: 'weekend', date: '2026-08-01', traineeId: 'r3' },
          { coverageId: 'night', date: '2026-08-03', traineeId: 'r1' },
        ],
      }),
    );
    expect(grid.coverageIds).toEqual(['night', 'weekend']);
    expect(grid.rows).toEqual([
      { date: '2026-07-31', weekday: 'Fri', weekend: false, cells: [['r1'], []] },
      { date: '2026-08-01', weekday: 'Sat', weekend: true, cells: [[], ['r2', 'r3']] },
      { date: '2026-08-02', weekday: 'Sun', weekend: true, cells: [[], []] },
      { date: '2026-08-03', weekday: 'Mon', weekend: false, cells: [['r1'], []] },
    ]);
  });

  it('is empty for a schedule with no calls', () => {
    expect(callGrid(schedule('call', {}))).toEqual({ coverageIds: [], rows: [] });
  });
});

describe('PublishedSchedulesSchema', () => {
  it('refuses a call on a date that does not exist, with its path', () => {
    const parsed = PublishedSchedulesSchema.safeParse({ schedules: [{ id: 's', kind: 'call', programId: 'p', version: 1, content: { calls: [{ coverageId: 'n', date: '2026-02-30', traineeId: 'r1' }] } }] });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual(['schedules', 0, 'content', 'calls', 0, 'date']);
  });
});
