// CPU time a local PostgreSQL server spends, read from /proc: the wall-clock
// rate of an import on a machine shared with other work says more about the
// load than about the code, while the server's own CPU per row does not.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

interface ProcStat {
  readonly command: string;
  readonly ppid: number;
  /** utime + stime, in clock ticks. */
  readonly own: number;
  /** cutime + cstime: children that have exited and been waited for, in clock ticks. */
  readonly reaped: number;
}

function readStat(pid: number): ProcStat | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    // The process ended between listing and reading.
    return undefined;
  }
  // The command name is in parentheses and may hold spaces: fields are counted after its closing one.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ').map(Number);
  const at = (field: number): number => fields[field - 3] ?? 0;
  return { command: text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')), ppid: at(4), own: at(14) + at(15), reaped: at(16) + at(17) };
}

function clockTicks(): number {
  const r = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
  const ticks = Number(r.stdout.trim());
  return r.status === 0 && ticks > 0 ? ticks : 100;
}

/**
 * Reads the CPU time of a PostgreSQL server on this machine: the postmaster,
 * its live children (backends and background workers) and the children it
 * has already reaped.
 */
export interface ServerCpu {
  /** CPU seconds so far (meaningful only as a difference of two readings). */
  readonly seconds: () => number;
}

/**
 * The server behind `backendPid` (a backend's `pg_backend_pid()`), when /proc
 * shows it on this machine; undefined otherwise (another host, no /proc).
 *
 * @param backendPid - pid of one of the server's backends
 */
export function serverCpu(backendPid: number): ServerCpu | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const backend = readStat(backendPid);
  // A pid from a server on another host may name an unrelated process here.
  if (backend?.command !== 'postgres') return undefined;
  const postmaster = backend.ppid;
  const ticks = clockTicks();
  return {
    seconds: () => {
      const root = readStat(postmaster);
      let total = root === undefined ? 0 : root.own + root.reaped;
      for (const entry of readdirSync('/proc')) {
        if (!/^\d+$/.test(entry)) continue;
        const stat = readStat(Number(entry));
        if (stat?.ppid === postmaster) total += stat.own;
      }
      return total / ticks;
    },
  };
}
