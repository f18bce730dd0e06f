import type { Catalog, Finding } from '@gmekit/model';
import type { ArgSpec, OptionSpec, ParsedArgs } from './args';
import type { CliIo } from './io';
import type { Progress } from './output/progress';

/** What a command produced; the dispatcher prints it as text or JSON, or writes it to `--output`. */
export interface CommandOutput {
  /** 0 when all is well, 1 when there are findings of severity `error`. */
  readonly exitCode: 0 | 1;
  /**
   * Set when part of the input was bad and left out: the report of the rest
   * is still printed, then this line goes to standard error and the exit
   * code is 2.
   */
  readonly badInput?: string;
  /** The stable JSON document printed with `--json`. */
  readonly json: unknown;
  /** The readable text printed by default. */
  readonly text: () => string;
  /**
   * A document that is the output itself in any mode (an `.ics` file, a JSON
   * Schema): printed, or written to `--output`, as is.
   */
  readonly raw?: string;
  /**
   * Lines that matter even when the readable text is not printed (with
   * `--json`, `--output` or a `raw` document): warnings and how to act on
   * them. They go to standard error in those modes; the text carries them otherwise.
   */
  readonly notes?: () => readonly string[];
}

/** Everything a command needs while it runs. */
export interface CommandContext {
  /** Where to read and write. */
  readonly io: CliIo;
  /** The parsed command line. */
  readonly args: ParsedArgs;
  /** Whether `--json` was given. */
  readonly json: boolean;
  /**
   * The catalog to use: the file named by `--catalog`, or the embedded one.
   *
   * @returns the parsed, cross-checked catalog
   */
  readonly catalog: () => Promise<Catalog>;
  /**
   * A progress indicator on standard error, shown only on a terminal.
   *
   * @param label - what is being done
   * @param total - how many steps
   * @returns the indicator
   */
  readonly progress: (label: string, total: number) => Progress;
}

/** One `gmekit` sub-command. */
export interface Command {
  /** Name typed after `gmekit`. */
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Usage line after `gmekit`, e.g. `show <program>`. */
  readonly usage: string;
  /** Paragraphs of help shown by `--help`. */
  readonly description: string;
  /** Arguments beyond the options every command takes. */
  readonly args: ArgSpec;
  /** Whether `--output FILE` applies (JSON and document outputs). */
  readonly writesFiles?: boolean;
  /** Whether the command reads the catalog, so `--catalog FILE` applies (default true). */
  readonly usesCatalog?: boolean;
  /**
   * Runs the command.
   *
   * @param ctx - the run's context
   * @returns what to print
   */
  readonly run: (ctx: CommandContext) => Promise<CommandOutput>;
}

/**
 * A command as the registry lists it: what help and the dispatcher need
 * before the command runs, and how to load the rest. Loading on demand keeps
 * the libraries a command uses out of every other command's start-up.
 */
export interface CommandEntry extends Pick<Command, 'name' | 'summary' | 'usage' | 'usesCatalog'> {
  /**
   * Loads the command's module.
   *
   * @returns the command, with the same name, summary, usage and usesCatalog as this entry
   */
  readonly load: () => Promise<Command>;
}

/** The `--catalog` option of commands that read the catalog; it may also come before the command. */
export const CATALOG_OPTION: Readonly<Record<string, OptionSpec>> = {
  catalog: { type: 'string', value: '<file>', description: 'use this catalog JSON file instead of the embedded catalog (also accepted before the command)' },
};

/** Options every command takes. */
export const COMMON_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', description: 'print a stable JSON document instead of text' },
  help: { type: 'boolean', description: 'show this help' },
};

/** The `--output` option of commands that write JSON or documents. */
export const OUTPUT_OPTION: Readonly<Record<string, OptionSpec>> = {
  output: { type: 'string', value: '<file>', description: 'write the JSON document (or the .ics / schema) to this file, atomically, instead of stdout' },
};

/**
 * Exit code for a list of findings: 1 when any is an error.
 *
 * @param findings - findings reported
 * @returns 1 with an error finding, else 0
 */
export function exitFor(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
