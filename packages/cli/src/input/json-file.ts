import { readFileSync } from 'node:fs';
import { type z } from 'zod';
import { formatPath, zodIssuesToFindings } from '@gmekit/model';
import { CliError } from '../errors';
import { type CliIo, resolvePath } from '../io';
import { jsonErrorOffset, lineColumn } from './json-position';

/**
 * Reads a text file named on the command line, as UTF-8 with any byte order
 * mark removed.
 *
 * @param io - the command's io (for the working directory)
 * @param file - file name as typed
 * @returns the text
 * @throws CliError when the file cannot be read
 */
export function readTextFile(io: CliIo, file: string): string {
  let text: string;
  try {
    text = readFileSync(resolvePath(io, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new CliError(`${file}: ${why}`);
  }
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

// What V8 says, minus the position and the echo of the input it appends.
function describeJsonError(message: string): string {
  return message
    .replace(/, ".*" is not valid JSON$/s, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ at position \d+.*$/s, '');
}

/**
 * Parses JSON text, reporting a syntax error as `file:line:column: what`.
 *
 * @param text - the JSON text
 * @param file - file name for messages
 * @returns the parsed value
 * @throws CliError naming the file, line and column
 */
export function parseJsonText(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const offset = jsonErrorOffset(text) ?? text.length;
    const { line, column } = lineColumn(text, offset);
    const what = text.trim() === '' ? 'empty file, expected JSON' : describeJsonError((e as Error).message);
    throw new CliError(`${file}:${line}:${column}: ${what}`);
  }
}

/**
 * Reads and parses a JSON file.
 *
 * @param io - the command's io
 * @param file - file name as typed
 * @returns the parsed value
 * @throws CliError for an unreadable file or a syntax error (with line and column)
 */
export function readJsonFile(io: CliIo, file: string): unknown {
  return parseJsonText(readTextFile(io, file), file);
}

/**
 * Parses a value with a schema, or stops with the first problem as
 * `file: path: message` (and how many more there are).
 *
 * @param schema - the zod schema
 * @param value - parsed JSON
 * @param file - file name for messages
 * @returns the typed value
 * @throws CliError naming the file and the JSON path
 */
export function parseOrFail<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const findings = zodIssuesToFindings(result.error);
  const first = findings[0];
  const more = findings.length > 1 ? ` (and ${findings.length - 1} more problem${findings.length > 2 ? 's' : ''}; run "gmekit validate ${file}")` : '';
  throw new CliError(`${file}: ${first ? first.message : `${formatPath([])}: invalid`}${more}`);
}
