// The store behind `npm start` (see start.mjs): where it is, opening it with a
// message instead of a stack trace, the first-run seed, and the JSON the
// explorer reads from it.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join, relative } from 'node:path';

const URL_PATTERN = /^postgres(?:ql)?:\/\//i;

/**
 * GMEKIT_DATABASE_URL when set (a PostgreSQL server), else the PGlite
 * directory .gmekit/db at the repository root (git-ignored).
 */
export function storeLocation(root, env) {
  const url = env.GMEKIT_DATABASE_URL;
  if (url !== undefined && url !== '') {
    if (!URL_PATTERN.test(url)) return { error: `GMEKIT_DATABASE_URL must be a postgres:// or postgresql:// URL, not "${url}"` };
    // The password never reaches the console.
    return { label: url.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@'), options: { url } };
  }
  const dir = join(root, '.gmekit', 'db');
  return { label: relative(process.cwd(), dir) || dir, dir, options: { dir } };
}

/**
 * Whether the store is certain to be new: a directory with no database in it
 * yet. (A server's database may be empty or not; that is known once open.)
 */
export function isNewDirectory(location) {
  return location.dir !== undefined && !existsSync(join(location.dir, 'PG_VERSION'));
}

/**
 * Solves the example schedules in a child process (examples/block-scheduler/
 * src/seed-main.ts, through tsx) and resolves with what it prints.
 */
export function solveInChild(root) {
  const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'examples', 'block-scheduler', 'src', 'seed-main.ts')], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (b) => out.push(b));
  child.stderr.on('data', (b) => err.push(b));
  return new Promise((resolveSolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolveSolve(JSON.parse(Buffer.concat(out).toString('utf8')));
      else reject(new Error(`the example schedules could not be solved (exit ${code}): ${Buffer.concat(err).toString('utf8').trim().split('\n').at(-1) ?? ''}`));
    });
  });
}

/** Opens the store, or prints one line saying why it cannot and exits 2. */
export async function openAppStore(location) {
  if (location.error !== undefined) {
    console.error(`npm start: ${location.error}`);
    process.exit(2);
  }
  if (location.dir !== undefined && existsSync(location.dir) && !statSync(location.dir).isDirectory()) {
    console.error(`npm start: ${location.label} is a file, not a store directory: move it aside (npm start makes a new store there) or set GMEKIT_DATABASE_URL`);
    process.exit(2);
  }
  try {
    if (location.dir !== undefined) mkdirSync(dirname(location.dir), { recursive: true });
    const { openStore } = await import('@gmekit/store');
    return await openStore({ ...location.options, actor: 'npm-start' });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const hint = location.dir !== undefined ? `move ${location.label} aside (npm start makes a new one) or set GMEKIT_DATABASE_URL` : 'check the server and GMEKIT_DATABASE_URL';
    console.error(`npm start: the store at ${location.label} cannot be opened: ${message}\n  ${hint}`);
    process.exit(2);
  }
}

/**
 * A store with no catalog gets the embedded one and the example schedules
 * (published), in one transaction: a run stopped half-way leaves it empty and
 * the next run seeds it again. A store that has a catalog is left as it is.
 */
export async function seedIfEmpty(store, catalog, exampleSchedules) {
  if ((await store.catalog.export()) !== undefined) return undefined;
  // Solved before the transaction, which then only writes.
  const { schedules, missing } = await exampleSchedules();
  await store.transaction(async (s) => {
    const result = await s.catalog.import(catalog);
    if (!result.ok) throw new Error(`the embedded catalog was refused: ${result.findings[0]?.message ?? 'invalid'}`);
    for (const schedule of schedules) {
      const draft = await s.schedules.saveDraft({ ...schedule, expectedRevision: 0 });
      await s.schedules.publish(schedule.scheduleId, draft.version, draft.revision);
    }
  });
  return { programs: catalog.programs.length, schedules, missing };
}

/** The published version of every stored schedule, with its content. */
export async function publishedSchedules(store) {
  const out = [];
  for (const head of await store.schedules.list()) {
    if (head.publishedVersion === null) continue;
    const content = await store.schedules.content(head.id);
    if (content !== undefined) out.push({ id: head.id, kind: head.kind, programId: head.programId, version: head.publishedVersion, content });
  }
  return out;
}

/** The JSON endpoints the explorer reads, each read from the store when asked. */
export function apiRoutes(store) {
  return {
    '/api/catalog.json': async () => (await store.catalog.export()) ?? null,
    '/api/schedules.json': async () => ({ schedules: await publishedSchedules(store) }),
  };
}
