import { formatPath, zodIssuesToFindings, type Finding } from '@gmekit/model';
import { ScheduleContentSchema, type ScheduleInfo, type StoreSession } from '@gmekit/store';
import { z } from 'zod';

/**
 * One schedule as `gmekit db export` writes it: its head and every version
 * with its status and content. `revision`, `createdBy` and `createdAt` are
 * written for the reader; `db import` replays the versions as new drafts (by
 * whoever imports, now) and publishes `publishedVersion`, so statuses come
 * back as they were and revisions and authors start afresh.
 */
export const ExportedScheduleSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['block', 'call']),
  programId: z.string().min(1),
  revision: z.number().int().exactOptional(),
  publishedVersion: z.number().int().positive().nullable(),
  versions: z
    .array(
      z.object({
        version: z.number().int().positive(),
        status: z.enum(['draft', 'published', 'superseded']).exactOptional(),
        createdBy: z.string().exactOptional(),
        createdAt: z.string().exactOptional(),
        content: ScheduleContentSchema,
      }),
    )
    .min(1),
});
/** One exported schedule. */
export type ExportedSchedule = z.infer<typeof ExportedScheduleSchema>;

/**
 * Every stored schedule with every version's content, ordered by id.
 *
 * @param store - the open store
 * @returns the schedules as `db export` writes them
 */
export async function exportSchedules(store: StoreSession): Promise<ExportedSchedule[]> {
  const heads: ScheduleInfo[] = await store.schedules.list();
  const out: ExportedSchedule[] = [];
  for (const head of heads) {
    const versions = [];
    for (const v of head.versions) {
      const content = await store.schedules.content(head.id, v.version);
      if (content !== undefined) versions.push({ ...v, content });
    }
    out.push({ id: head.id, kind: head.kind, programId: head.programId, revision: head.revision, publishedVersion: head.publishedVersion, versions });
  }
  return out;
}

const error = (path: (string | number)[], code: string, message: string): Finding => ({ code, severity: 'error', path, message: `${formatPath(path)}: ${message}` });

/** A schedule that cannot be replayed: versions out of order, a published version it does not have, or an id the store already holds. */
function problems(s: ExportedSchedule, i: number, existing: boolean): Finding[] {
  const found: Finding[] = [];
  if (existing) found.push(error(['schedules', i, 'id'], 'store/duplicate-id', `schedule "${s.id}" is already in the store; db import adds schedules, it does not replace them`));
  // The store numbers versions 1, 2, … as they are saved: a replay can only reproduce that numbering.
  s.versions.forEach((v, j) => {
    if (v.version !== j + 1) found.push(error(['schedules', i, 'versions', j, 'version'], 'cli/input', `expected version ${j + 1} (versions are numbered 1, 2, … in order)`));
  });
  if (s.publishedVersion !== null && s.publishedVersion > s.versions.length) found.push(error(['schedules', i, 'publishedVersion'], 'cli/input', `there is no version ${s.publishedVersion}`));
  return found;
}

/**
 * Writes exported schedules into the store: each one is replayed as drafts
 * and its published version published, or left out whole with findings.
 *
 * @param session - the store (inside the import's transaction)
 * @param rows - the `schedules` list of the import file
 * @returns schedules written, findings (paths led by `schedules`) and whether every schedule was good
 */
export async function importSchedules(session: StoreSession, rows: readonly unknown[]): Promise<{ ok: boolean; written: number; findings: Finding[] }> {
  const findings: Finding[] = [];
  let written = 0;
  for (const [i, row] of rows.entries()) {
    const parsed = ExportedScheduleSchema.safeParse(row);
    if (!parsed.success) {
      findings.push(...zodIssuesToFindings(parsed.error.issues.map((issue) => ({ ...issue, path: ['schedules', i, ...issue.path] }))));
      continue;
    }
    const s = parsed.data;
    const bad = problems(s, i, (await session.schedules.get(s.id)) !== undefined);
    if (bad.length > 0) {
      findings.push(...bad);
      continue;
    }
    let revision = 0;
    for (const v of s.versions) ({ revision } = await session.schedules.saveDraft({ scheduleId: s.id, kind: s.kind, programId: s.programId, expectedRevision: revision, content: v.content }));
    if (s.publishedVersion !== null) await session.schedules.publish(s.id, s.publishedVersion, revision);
    written += 1;
  }
  return { ok: findings.length === 0, written, findings };
}
