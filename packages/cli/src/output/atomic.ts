import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../errors';

/**
 * Writes a file atomically: the text goes to a temporary file in the same
 * directory, which is then renamed over the target. A reader never sees a
 * half-written file, and a failed write leaves the target as it was.
 *
 * @param path - absolute target path
 * @param text - full contents
 * @param shown - the name to use in messages (as the user typed it)
 * @throws CliError when the directory cannot be written
 */
export function writeFileAtomic(path: string, text: string, shown: string): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, text, { encoding: 'utf8', flag: 'wx' });
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'directory does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'cannot be written';
    throw new CliError(`${shown}: ${why}`);
  }
}
