// @gmekit/store (issue 17): import a year of logged work (1,000 trainees,
// about 310,000 periods) in one workPeriods.insert call, then audit the year
// from the store (workHoursInput + auditWorkHours) against the same audit
// reading the same data from a JSON file. PGlite (in memory) and PostgreSQL
// side by side. PostgreSQL is GMEKIT_DATABASE_URL's server when set (a
// scratch database is created on it and dropped), else a throwaway server
// started the way the store's tests start theirs. GMEKIT_BENCH_STORE_TRAINEES
// shrinks the run (default 1000); GMEKIT_BENCH_STORE_BACKENDS picks what runs
// (comma-separated of pglite, postgres, json; default all three). For a
// PostgreSQL server on this machine the server's own CPU time during the
// import is read from /proc: per period, it depends far less on the load of
// a shared machine than the wall-clock rate does.
import { auditWorkHours } from '@gmekit/requirements';
import { generateSyntheticPeriods } from '@gmekit/requirements/testing';
import { openStore, type Store } from '@gmekit/store';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
// The store's test helper (initdb + pg_ctl as an unprivileged user): reused, not copied.
import { startPostgres } from '../../packages/store/test/postgres-server';
import { serverCpu, type ServerCpu } from './server-cpu';
import type { SuiteResult } from './suite';

const FROM = '2026-07-01';
const TO = '2027-06-30';
const ROUNDS = 3;

interface Measured {
  readonly ms: number;
  readonly cpuMs: number;
}

async function measure(fn: () => Promise<unknown>): Promise<Measured> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 };
}

/** Median of `rounds` timed runs after one untimed warm-up (JIT, caches). */
async function medianOf(rounds: number, fn: () => Promise<unknown>): Promise<Measured> {
  await fn();
  const runs: Measured[] = [];
  for (let r = 0; r < rounds; r++) runs.push(await measure(fn));
  runs.sort((a, b) => a.ms - b.ms);
  const mid = runs[Math.floor(runs.length / 2)];
  if (mid === undefined) throw new Error('no rounds');
  return mid;
}

/** A PostgreSQL database for the run and how to get rid of it afterwards. */
async function postgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const fromEnv = process.env.GMEKIT_DATABASE_URL;
  const server = fromEnv === undefined ? await startPostgres() : undefined;
  const admin = fromEnv ?? server?.url ?? '';
  const name = `gmekit_bench_${process.pid}`;
  const query = async (text: string): Promise<void> => {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    try {
      await client.query(text);
    } finally {
      await client.end();
    }
  };
  await query(`create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await query(`drop database if exists ${name} with (force)`);
      server?.stop();
    },
  };
}

interface BackendRun {
  readonly backend: string;
  readonly importMs: number;
  readonly importCpuMs: number;
  readonly periodsPerSecond: number;
  readonly auditMs: number;
  readonly auditCpuMs: number;
  /** PostgreSQL server CPU per imported period, when the server runs on this machine. */
  readonly serverUsPerPeriod?: number;
}

interface Opened {
  readonly store: Store;
  readonly done: () => Promise<void>;
  readonly cpu?: ServerCpu | undefined;
}

const KNOWN = ['pglite', 'postgres', 'json'] as const;
type BackendName = (typeof KNOWN)[number];

function chosenBackends(): ReadonlySet<BackendName> {
  const text = process.env.GMEKIT_BENCH_STORE_BACKENDS;
  if (text === undefined || text.trim() === '') return new Set(KNOWN);
  const chosen = new Set<BackendName>();
  for (const name of text.split(',').map((n) => n.trim())) {
    const known = KNOWN.find((k) => k === name);
    if (known === undefined) throw new Error(`GMEKIT_BENCH_STORE_BACKENDS: unknown backend ${name}; known: ${KNOWN.join(', ')}`);
    chosen.add(known);
  }
  return chosen;
}

/** The server CPU reader for the server behind `url`, if it runs on this machine. */
async function serverCpuOf(url: string): Promise<ServerCpu | undefined> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query<{ pid: number }>('select pg_backend_pid() as pid');
    const pid = r.rows[0]?.pid;
    return pid === undefined ? undefined : serverCpu(pid);
  } finally {
    await client.end();
  }
}

export async function benchStore(): Promise<SuiteResult> {
  const trainees = Number(process.env.GMEKIT_BENCH_STORE_TRAINEES ?? 1000);
  const data = generateSyntheticPeriods({ trainees, days: 365, seed: 1 });
  const n = data.periods.length;
  const dir = mkdtempSync(join(tmpdir(), 'gmekit-bench-store-'));
  const file = join(dir, 'year.json');
  writeFileSync(file, JSON.stringify({ periods: data.periods, trainees: data.trainees, assignments: data.assignments, leave: data.leave }));

  const chosen = chosenBackends();
  // From JSON: what an app without the store does, reading its file each time (auditWorkHours validates every row either way).
  let jsonFindings: number | undefined;
  const json = chosen.has('json')
    ? await medianOf(ROUNDS, () => {
        const doc = JSON.parse(readFileSync(file, 'utf8')) as { periods: unknown[]; trainees: unknown[]; assignments: unknown[]; leave: unknown[] };
        jsonFindings = auditWorkHours(doc.periods, { trainees: doc.trainees, assignments: doc.assignments, leave: doc.leave, untrusted: true }).findings.length;
        return Promise.resolve();
      })
    : undefined;

  const runs: BackendRun[] = [];
  const notes: string[] = [];
  const backends: [BackendName, string, () => Promise<Opened>][] = [
    ['pglite', 'PGlite (in memory)', async () => ({ store: await openStore({ memory: true }), done: () => Promise.resolve() })],
    [
      'postgres',
      'PostgreSQL',
      async () => {
        const database = await postgresDatabase();
        return { store: await openStore({ url: database.url }), done: database.drop, cpu: await serverCpuOf(database.url) };
      },
    ],
  ];
  for (const [name, backend, open] of backends) {
    if (!chosen.has(name)) continue;
    const { store, done, cpu } = await open();
    try {
      await store.trainees.put(data.trainees);
      await store.assignments.put(data.assignments);
      await store.leave.put(data.leave);
      let written = 0;
      const server0 = cpu?.seconds();
      const imported = await measure(async () => {
        written = (await store.workPeriods.insert(data.periods)).written;
      });
      const server1 = cpu?.seconds();
      const serverUsPerPeriod = server0 === undefined || server1 === undefined ? undefined : ((server1 - server0) * 1e6) / n;
      if (written !== n) throw new Error(`${backend}: imported ${written} of ${n} periods`);
      let findings = 0;
      const audit = await medianOf(ROUNDS, async () => {
        const input = await store.queries.workHoursInput({ from: FROM, to: TO });
        findings = auditWorkHours(input.periods, input).findings.length;
      });
      if (jsonFindings !== undefined && findings !== jsonFindings) notes.push(`  NOTE ${backend}: ${findings} findings from the store, ${jsonFindings} from JSON`);
      const run = { backend, importMs: imported.ms, importCpuMs: imported.cpuMs, periodsPerSecond: (n / imported.ms) * 1000, auditMs: audit.ms, auditCpuMs: audit.cpuMs };
      runs.push(serverUsPerPeriod === undefined ? run : { ...run, serverUsPerPeriod });
    } finally {
      await store.close();
      await done();
    }
  }
  rmSync(dir, { recursive: true, force: true });

  const fmt = (x: number): string => Math.round(x).toLocaleString('en-US');
  const vsJson = (ms: number): string => (json === undefined ? '—' : `${(ms / json.ms).toFixed(2)}×`);
  const lines = [
    `\nstore: import ${fmt(n)} work periods (${fmt(trainees)} trainees × 365 days, generateSyntheticPeriods seed 1) in one insert, then audit ${FROM}..${TO}`,
    `  ${'backend'.padEnd(22)} ${'import ms'.padStart(10)} ${'CPU ms'.padStart(9)} ${'periods/s'.padStart(10)} ${'server µs/period'.padStart(17)}   ${'audit ms'.padStart(9)} ${'CPU ms'.padStart(9)}   audit vs JSON (wall)`,
  ];
  if (json !== undefined) {
    lines.push(`  ${'JSON file'.padEnd(22)} ${'—'.padStart(10)} ${'—'.padStart(9)} ${'—'.padStart(10)} ${'—'.padStart(17)}   ${json.ms.toFixed(0).padStart(9)} ${json.cpuMs.toFixed(0).padStart(9)}   1.00×`);
  }
  for (const r of runs) {
    const server = r.serverUsPerPeriod === undefined ? '—' : r.serverUsPerPeriod.toFixed(1);
    lines.push(
      `  ${r.backend.padEnd(22)} ${r.importMs.toFixed(0).padStart(10)} ${r.importCpuMs.toFixed(0).padStart(9)} ${fmt(r.periodsPerSecond).padStart(10)} ${server.padStart(17)}   ${r.auditMs.toFixed(0).padStart(9)} ${r.auditCpuMs.toFixed(0).padStart(9)}   ${vsJson(r.auditMs)}`,
    );
  }
  const postgres = runs.find((r) => r.backend === 'PostgreSQL');
  if (postgres !== undefined) {
    const importTarget = postgres.periodsPerSecond >= 100_000 ? 'met' : `MISSED (${fmt(postgres.periodsPerSecond)}/s)`;
    const auditTarget = json === undefined ? 'not measured (json not among GMEKIT_BENCH_STORE_BACKENDS)' : postgres.auditMs <= 2 * json.ms ? 'met' : `MISSED (${(postgres.auditMs / json.ms).toFixed(2)}×)`;
    lines.push(`  targets on PostgreSQL: import ≥ 100,000 periods/s — ${importTarget}; audit from the store within 2× of JSON — ${auditTarget}`);
  }
  lines.push(
    `  (CPU ms is this process only; server µs/period is the PostgreSQL server's CPU (postmaster and its children, from /proc) during the import${jsonFindings === undefined ? '' : `; ${fmt(jsonFindings)} findings`})`,
    ...notes,
  );
  return { text: lines.join('\n'), figures: { periods: n, trainees, json, runs } };
}
