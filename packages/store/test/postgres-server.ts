/**
 * A throwaway PostgreSQL server for the tests: `initdb` + `pg_ctl` in a
 * temporary directory, on a free loopback port, as an unprivileged user
 * (PostgreSQL refuses to run as root; CI runs as root). No skipping: when
 * the binaries are missing the tests fail and say how to install them.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** `postgres://gmekit@127.0.0.1:PORT/postgres`, trust auth. */
  readonly url: string;
  readonly stop: () => void;
}

function binDir(): string {
  const fromEnv = process.env.GMEKIT_PG_BIN;
  if (fromEnv !== undefined && existsSync(join(fromEnv, 'initdb'))) return fromEnv;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(join(debian, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0] !== undefined) return join(debian, versions[0], 'bin');
  }
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  const found = which.stdout.trim();
  if (which.status === 0 && found !== '') return join(found, '..');
  throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found: install them with `apt-get install -y postgresql` (or set GMEKIT_PG_BIN to their directory)');
}

function idOf(user: string, flag: '-u' | '-g'): number | undefined {
  const r = spawnSync('id', [flag, user], { encoding: 'utf8' });
  return r.status === 0 ? Number(r.stdout.trim()) : undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const root = process.getuid?.() === 0;
  const user = root ? (idOf('postgres', '-u') !== undefined ? 'postgres' : 'nobody') : undefined;
  const dir = mkdtempSync(join(tmpdir(), 'gmekit-pg-'));
  if (user !== undefined) {
    chownSync(dir, idOf(user, '-u') ?? 65534, idOf(user, '-g') ?? 65534);
    chmodSync(dir, 0o700);
  }
  const run = (cmd: string, args: string[]) => {
    const full = user === undefined ? [join(bin, cmd), args] : ['runuser', ['-u', user, '--', join(bin, cmd), ...args]];
    const r = spawnSync(full[0] as string, full[1] as string[], { encoding: 'utf8', timeout: 120_000, cwd: dir });
    if (r.status !== 0) {
      const log = existsSync(join(dir, 'log')) ? readFileSync(join(dir, 'log'), 'utf8') : '';
      throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${r.stderr}${r.stdout}${log}`);
    }
  };
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    run('initdb', ['-D', data, '-U', 'gmekit', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
    run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', settings, 'start']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `postgres://gmekit@127.0.0.1:${port}/postgres`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
