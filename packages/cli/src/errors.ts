import { GmekitError } from '@gmekit/model';
/**
 * Bad input or bad usage: the command stops with exit code 2 and prints
 * `message` as one line (no stack trace). The message names the file, line or
 * JSON path so the user can fix the input without reading code.
 */
export class CliError extends GmekitError {
  /** Exit code the command ends with. */
  readonly exitCode = 2;
  /** Whether to print the command's usage line after the message. */
  readonly showUsage: boolean;

  /**
   * @param message - one line saying what is wrong and where
   * @param showUsage - print the usage line too (for argument mistakes)
   * @param code - stable code (default `cli/usage` with the usage line, else `cli/input`)
   * @param path - path of the offending input, when there is one
   */
  constructor(message: string, showUsage = false, code = showUsage ? 'cli/usage' : 'cli/input', path: readonly (string | number)[] = []) {
    super(code, path, message);
    this.name = 'CliError';
    this.showUsage = showUsage;
  }
}

/**
 * A usage mistake: unknown flag, missing argument, malformed option value.
 *
 * @param message - what is wrong
 * @returns an error that prints the usage line too
 */
export function usageError(message: string): CliError {
  return new CliError(message, true);
}

/**
 * Collapses a message onto one line, so multi-line messages from parsers
 * still honour the one-line contract.
 *
 * @param text - any message
 * @returns the message with line breaks replaced by spaces
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
