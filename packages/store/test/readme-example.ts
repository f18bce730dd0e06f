import assert from 'node:assert/strict';
import { catalog } from '@gmekit/programs';
import { auditWorkHours } from '@gmekit/requirements';
import { openStore, ScheduleConflictError } from '@gmekit/store';

// `{ dir: './gme-data' }` keeps the data in a directory, `{ url }` uses a
// PostgreSQL server; this example stays in memory.
const store = await openStore({ memory: true, actor: 'coordinator@example.org' });
await store.catalog.import(catalog);

const ir = 'kp-lamc-interventional-radiology';
await store.trainees.put([{ id: 'lee', name: 'Dr. Lee', programId: ir, startDate: '2026-07-01', pgyAtStart: 1 }]);

// A bad row is refused with a finding that names it; nothing is written.
const bad = await store.assignments.put([{ id: 'a1', traineeId: 'lee', rotationId: 'ir-micu', start: '2026-08-01', end: '2026-07-01' }]);
assert.deepEqual(bad.findings.map((f) => f.path), [[0, 'end']]);

// Three 13-hour days of logged work, read back for the work-hour audit.
await store.workPeriods.insert(
  ['2026-07-06', '2026-07-07', '2026-07-08'].map((day) => ({ traineeId: 'lee', start: `${day}T06:00:00-07:00`, end: `${day}T19:00:00-07:00`, kind: 'clinical' })),
);
const input = await store.queries.workHoursInput({ from: '2026-07-01', to: '2026-07-31' });
const report = auditWorkHours(input.periods, input);
assert.equal(report.trainees[0]?.periods, 3);

// Publishing is guarded by the revision the writer read.
const { revision } = await store.schedules.saveDraft({ scheduleId: 'ir-2026', kind: 'block', programId: ir, expectedRevision: 0, content: { assignments: [] } });
await store.schedules.publish('ir-2026', 1, revision);
await assert.rejects(store.schedules.publish('ir-2026', 1, revision), ScheduleConflictError);

const log = await store.changes.list({ entity: 'schedule' });
console.log(log.map((e) => `${e.actor} ${e.action} ${e.entityId}`).join('\n'));
// → coordinator@example.org draft ir-2026
//   coordinator@example.org publish ir-2026
await store.close();
