import { parseArgs } from './args';
import type { CommandContext } from './command';
import { COMMANDS } from './commands/registry';
import { CliError, oneLine } from './errors';
import { commandHelp, mainHelp, optionsOf } from './help';
import { type CliIo, processIo, resolvePath } from './io';
import { loadCatalog } from './catalog/load';
import { writeFileAtomic } from './output/atomic';
import { progress } from './output/progress';
import { VERSION } from './version';

/** Exit status of a `gmekit` run: 0 ok, 1 findings of severity error, 2 bad input or usage. */
export type ExitCode = 0 | 1 | 2;

function fail(io: CliIo, message: string, usage?: string): 2 {
  // One line, always: scripts grep it and people read it without scrolling.
  io.stderr(`gmekit: ${oneLine(message)}${usage !== undefined ? ` (usage: gmekit ${usage})` : ''}\n`);
  return 2;
}

/**
 * Runs one `gmekit` command line in-process: parses the arguments, runs the
 * command and writes its text or JSON to `io`. It never throws and never
 * prints a stack trace; problems with the input become a one-line message on
 * stderr and exit code 2.
 *
 * @param argv - arguments after `gmekit`, e.g. `['show', 'ro', '--json']`
 * @param io - where to write (and the working directory for file names)
 * @returns the exit code
 * @example
 * let out = '';
 * const code = await run(['programs', '--json'], { stdout: (t) => (out += t), stderr: () => undefined });
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const command = COMMANDS.find((c) => c.name === topic);
    if (topic !== undefined && !command) return fail(io, `unknown command "${topic}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    io.stdout(command ? commandHelp(command) : mainHelp(COMMANDS));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) return fail(io, `unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  try {
    const args = parseArgs({ positionals: command.args.positionals, options: optionsOf(command) }, rest);
    if (args.flag('help')) {
      io.stdout(commandHelp(command));
      return 0;
    }
    let catalog: ReturnType<CommandContext['catalog']> | undefined;
    const ctx: CommandContext = {
      io,
      args,
      json: args.flag('json'),
      catalog: () => (catalog ??= loadCatalog(io, args.string('catalog'))),
      progress: (label, total) => progress(io, label, total),
    };
    const out = await command.run(ctx);
    const file = args.string('output');
    // A file is for programs: --output writes the JSON document (or the
    // command's own document, e.g. an .ics), never the human-readable text.
    const text = out.raw ?? (ctx.json || file !== undefined ? `${JSON.stringify(out.json, null, 2)}\n` : out.text());
    if (file !== undefined) {
      writeFileAtomic(resolvePath(io, file), text, file);
      if (io.isTTY === true) io.stderr(`wrote ${file}\n`);
    } else io.stdout(text);
    if (out.badInput !== undefined) return fail(io, out.badInput);
    return out.exitCode;
  } catch (e) {
    if (e instanceof CliError) return fail(io, e.message, e.showUsage ? command.usage : undefined);
    const message = e instanceof Error ? e.message : String(e);
    if (process.env.GMEKIT_DEBUG && e instanceof Error && e.stack) io.stderr(`${e.stack}\n`);
    return fail(io, `${command.name}: unexpected error: ${message} (set GMEKIT_DEBUG=1 for details)`);
  }
}

/**
 * Entry point of the `gmekit` binary: runs the command line against the
 * process's streams and sets `process.exitCode`.
 *
 * @param argv - arguments after `gmekit` (`process.argv.slice(2)`)
 * @returns the exit code
 */
export async function main(argv: readonly string[]): Promise<ExitCode> {
  // `gmekit show ro | head` closes the pipe early; that is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    throw e;
  });
  const code = await run(argv, processIo());
  process.exitCode = code;
  return code;
}
