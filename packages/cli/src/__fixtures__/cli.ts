// Runs gmekit in-process with captured output, and makes scratch directories.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../run';
import { secondCatalog } from './catalog';

/** Captured result of one run. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a command line in-process.
 *
 * @param argv - arguments after `gmekit`
 * @param options - working directory, whether stderr is a TTY, and the environment (default: the process's)
 * @returns exit code and captured output
 */
export async function cli(argv: string[], options: { cwd?: string; isTTY?: boolean; env?: Record<string, string | undefined> } = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? process.cwd(),
    isTTY: options.isTTY ?? false,
    ...(options.env === undefined ? {} : { env: options.env }),
  });
  return { code, stdout, stderr };
}

/**
 * A fresh scratch directory.
 *
 * @returns its path
 */
export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'gmekit-cli-'));
}

/**
 * Writes a file into a directory.
 *
 * @param dir - directory
 * @param name - file name
 * @param content - text, or a value written as JSON
 * @returns the file's path
 */
export function put(dir: string, name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

/**
 * A scratch directory holding the second catalog as `riverside.json`.
 *
 * @returns the directory and the catalog file's path
 */
export function withSecondCatalog(): { dir: string; file: string } {
  const dir = scratch();
  return { dir, file: put(dir, 'riverside.json', secondCatalog()) };
}
