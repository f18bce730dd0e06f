import { isAbsolute, resolve } from 'node:path';

/**
 * Where a command reads and writes. `main` passes the process's streams;
 * tests pass buffers, so commands run in-process and fast.
 */
export interface CliIo {
  /** Writes text to standard output. */
  readonly stdout: (text: string) => void;
  /** Writes text to standard error (messages, progress). */
  readonly stderr: (text: string) => void;
  /** Whether standard error is a terminal; progress is shown only then. */
  readonly isTTY?: boolean;
  /** Directory relative file names are resolved against (default: the process's). */
  readonly cwd?: string;
  /** Environment variables the commands read, such as `GMEKIT_DATABASE_URL` (default: the process's). */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/**
 * Resolves a file name given on the command line against the io's working
 * directory.
 *
 * @param io - the command's io
 * @param file - file name as typed
 * @returns an absolute path
 */
export function resolvePath(io: CliIo, file: string): string {
  return isAbsolute(file) ? file : resolve(io.cwd ?? process.cwd(), file);
}

/**
 * The io of a real process: stdout, stderr, and whether stderr is a TTY.
 *
 * @returns io bound to `process`
 */
export function processIo(): CliIo {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY,
    cwd: process.cwd(),
    env: process.env,
  };
}
