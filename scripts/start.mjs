#!/usr/bin/env node
// `npm start`: the main job on the catalog kept in the store (seeded from the
// embedded one), read through the built packages as an app would (the root start script builds them first).
//
// 1. Opens the store: GMEKIT_DATABASE_URL when set (a PostgreSQL server),
//    else the embedded PGlite directory .gmekit/db at the repository root.
//    A store with no catalog is seeded with the embedded catalog and the
//    example schedules (examples/block-scheduler), published. Then validates
//    the stored catalog and prints a line per program.
// 2. Builds the program explorer (examples/program-explorer, Vite) when its
//    dist is missing or older than its sources or the packages' builds.
// 3. Serves the explorer, with the store's catalog and published schedules
//    as JSON under /api/, and the conference feeds (examples/conference-feed)
//    of the stored catalog on 127.0.0.1, and prints their URLs; runs until
//    Ctrl-C.
//
// Ports: PORT (explorer, default 8080) and FEED_PORT (feeds, default 8787); a
// port in use falls back to a free one. HOST overrides 127.0.0.1.
//
// GMEKIT_START_ONCE=1 — or CI set with no terminal on stdin — serves, checks
// that the explorer page and every feed answer 200 from the running servers,
// prints the result and exits (0 when all answered), so `npm install && npm
// start` can be demonstrated in a fresh clone or in CI without hanging.
//
// A store that cannot be opened (unreachable server, a directory that is not
// a store) is one line on stderr and exit 2.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const explorer = join(root, 'examples', 'program-explorer');
const dist = join(explorer, 'dist');
const once = process.env.GMEKIT_START_ONCE === '1' || (Boolean(process.env.CI) && !process.stdin.isTTY);
const host = process.env.HOST ?? '127.0.0.1';

// The feed server and the example schedules are TypeScript in example
// workspaces; tsx loads them, and they import the packages by name, i.e.
// their built dist.
const { register } = await import('tsx/esm/api');
register();

// ── 1. the store and its catalog
const { apiRoutes, isNewDirectory, openAppStore, seedIfEmpty, solveInChild, storeLocation } = await import('./start-store.mjs');
const location = storeLocation(root, process.env);
// A new directory will need the example schedules: solve them in a child
// process while this one creates the database (seconds each, on two cores).
const solving = isNewDirectory(location) ? solveInChild(root) : undefined;
solving?.catch(() => undefined);
const store = await openAppStore(location);
let seeded;
let catalog;
try {
  seeded = await seedIfEmpty(store, (await import('@gmekit/programs')).catalog, async () => solving ?? (await import('../examples/block-scheduler/src/stored.ts')).exampleSchedules());
  catalog = await store.catalog.export();
} catch (error) {
  // A stored row that no longer matches the model, or a server that went away.
  console.error(`npm start: the store at ${location.label} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  await store.close().catch(() => undefined);
  process.exit(2);
}
console.log(`store: ${location.label} (${store.dialect})`);
if (seeded !== undefined) {
  console.log(`  first run: seeded with the embedded catalog (${seeded.programs} programs) and ${seeded.schedules.length} published example schedules:`);
  for (const s of seeded.schedules) console.log(`    ${s.scheduleId} (${s.kind}, ${s.programId}): ${s.kind === 'block' ? `${s.content.assignments?.length ?? 0} assignments, ${s.content.leave?.length ?? 0} leave` : `${s.content.calls?.length ?? 0} calls`}`);
  for (const id of seeded.missing) console.log(`    ${id}: no schedule found, not stored`);
} else {
  console.log(`  holds a catalog: used as it is (${(await store.schedules.list()).length} schedules stored)`);
}
const { programGaps, validateCatalog } = await import('@gmekit/model');
const findings = validateCatalog(catalog);
const errors = findings.filter((f) => f.severity === 'error');
console.log(`${catalog.institution.name}: ${catalog.programs.length} programs, ${catalog.sites.length} sites`);
for (const program of catalog.programs) {
  const length = program.length?.amount?.kind === 'exact' ? `${program.length.amount.value} ${program.length.unit}` : 'length unstated';
  console.log(`  ${program.name} (${program.id}): ${length}, ${programGaps(program).length} open items (unstated or ambiguous facts, unaccounted months)`);
}
console.log(`catalog validation: ${errors.length} errors, ${findings.length - errors.length} warnings/notes`);
if (errors.length > 0) {
  await store.close();
  process.exit(1);
}

// ── 2. the explorer build
function newest(dir, skip = new Set(['node_modules', 'dist', 'screenshots', 'test-results', 'test'])) {
  let latest = 0;
  if (!existsSync(dir)) return latest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip.has(entry.name)) continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path, skip) : statSync(path).mtimeMs);
  }
  return latest;
}
const builtAt = existsSync(join(dist, 'index.html')) ? statSync(join(dist, 'index.html')).mtimeMs : 0;
const inputsAt = Math.max(
  newest(explorer),
  ...['model', 'calendar', 'requirements', 'programs'].map((p) => newest(join(root, 'packages', p, 'dist'), new Set())),
);
if (builtAt < inputsAt) {
  console.log('\nbuilding the program explorer (vite build)…');
  const r = spawnSync('npm', ['run', 'build', '--silent', '--workspace=@gmekit/example-program-explorer'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error('npm start: the program explorer did not build');
    process.exit(1);
  }
} else {
  console.log('\nprogram explorer: dist is up to date');
}

// ── 3. the servers
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };
const api = apiRoutes(store);
const site = createServer((req, res) => {
  let path;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    res.writeHead(400, { 'content-type': 'text/plain' }).end('malformed URL\n');
    return;
  }
  const route = api[path];
  if (route !== undefined) {
    route().then(
      (body) => res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body)),
      (error) => res.writeHead(500, { 'content-type': 'text/plain' }).end(`the store could not be read: ${error instanceof Error ? error.message : String(error)}\n`),
    );
    return;
  }
  const file = normalize(join(dist, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(dist + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    return;
  }
  if (file === join(dist, 'index.html')) {
    // The page reads the store through /api/ only when its meta tag says so; as plain files it uses its embedded catalog.
    const html = readFileSync(file, 'utf8').replace(/(<meta name="gmekit-api" content=")(")/, '$1api/$2');
    res.writeHead(200, { 'content-type': TYPES['.html'] }).end(html);
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});

const { createFeedServer, DEFAULT_READINGS } = await import('../examples/conference-feed/src/index.ts');
const feeds = createFeedServer({ catalog, readingsBySeries: DEFAULT_READINGS });

function listen(server, port) {
  return new Promise((resolvePort, reject) => {
    const onError = (error) => {
      if (error.code === 'EADDRINUSE' && port !== 0) {
        console.log(`port ${port} is in use; taking a free one`);
        server.listen(0, host);
      } else reject(error);
    };
    server.on('error', onError);
    server.listen(port, host, undefined);
    server.once('listening', () => {
      server.off('error', onError);
      resolvePort(server.address().port);
    });
  });
}
const sitePort = await listen(site, Number(process.env.PORT ?? 8080));
const feedPort = await listen(feeds, Number(process.env.FEED_PORT ?? 8787));
const siteUrl = `http://${host}:${sitePort}/`;
const feedUrl = `http://${host}:${feedPort}/`;

console.log(`\nprogram explorer: ${siteUrl}  (schedules: ${siteUrl}#/schedules)`);
for (const p of catalog.programs) console.log(`  ${p.name}: ${siteUrl}#/program/${p.id}`);
console.log(`store as JSON: ${siteUrl}api/catalog.json, ${siteUrl}api/schedules.json`);
console.log(`conference feeds: ${feedUrl} (index)`);
for (const p of catalog.programs) console.log(`  ${p.name}: ${feedUrl}feeds/${p.id}.ics  (JSON: .json)`);

async function stop(code) {
  site.closeAllConnections();
  feeds.closeAllConnections();
  await Promise.all([new Promise((r) => site.close(r)), new Promise((r) => feeds.close(r))]);
  await store.close();
  process.exit(code);
}

if (once) {
  const urls = [siteUrl, `${siteUrl}api/catalog.json`, `${siteUrl}api/schedules.json`, ...catalog.programs.flatMap((p) => [`${feedUrl}feeds/${p.id}.ics`, `${feedUrl}feeds/${p.id}.json`])];
  let failed = 0;
  console.log('\nGMEKIT_START_ONCE: checking every URL, then stopping');
  for (const url of urls) {
    const res = await fetch(url);
    const body = await res.text();
    // The explorer page must point itself at the API, or it would show the embedded catalog instead of the store's.
    const ok = res.status === 200 && body.length > 0 && (url !== siteUrl || body.includes('<meta name="gmekit-api" content="api/"'));
    if (!ok) failed += 1;
    console.log(`  ${res.status} ${res.headers.get('content-type')} ${body.length} bytes  ${url}`);
  }
  await stop(failed === 0 ? 0 : 1);
} else {
  console.log('\nserving until Ctrl-C');
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));
}
