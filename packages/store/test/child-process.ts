/**
 * Runs a store script in a separate Node process, as a second app would: the
 * fault tests kill it or race it against another. The script is TypeScript
 * run through tsx, reading the workspace sources (no build needed).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export interface Child {
  readonly process: ChildProcess;
  /** Resolves with the first stdout line that starts with `prefix`; rejects if the child exits first. */
  readonly line: (prefix: string) => Promise<string>;
  /** Resolves when the child has exited: its code (or signal) and stderr. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/**
 * Starts `test/children/<name>.ts` with the given arguments.
 *
 * @param name - the script under test/children
 * @param args - its command-line arguments
 * @returns the running child
 */
export function startChild(name: string, args: readonly string[]): Child {
  const child = spawn(process.execPath, ['--conditions=@gmekit/source', '--import', 'tsx', join(here, 'children', `${name}.ts`), ...args], {
    cwd: join(here, '..'),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  const waiting: { prefix: string; resolve: (line: string) => void; reject: (e: Error) => void }[] = [];
  const settle = () => {
    const lines = stdout.split('\n').slice(0, -1);
    for (const w of [...waiting]) {
      const found = lines.find((l) => l.startsWith(w.prefix));
      if (found !== undefined) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(found);
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
    settle();
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('exit', (code, signal) => {
      for (const w of waiting.splice(0)) w.reject(new Error(`child ${name} exited (${code ?? signal}) before printing ${w.prefix}: ${stderr}`));
      resolve({ code, signal, stderr });
    });
  });
  return {
    process: child,
    exited,
    line: (prefix) =>
      new Promise<string>((resolve, reject) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          reject(new Error(`child ${name} already exited: ${stderr}`));
          return;
        }
        waiting.push({ prefix, resolve, reject });
        settle();
      }),
  };
}
