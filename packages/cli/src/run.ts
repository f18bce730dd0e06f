import { parseArgs } from './args';
import type { Command, CommandContext, CommandEntry } from './command';
import { COMMANDS } from './commands/registry';
import { CliError, oneLine } from './errors';
import { commandHelp, mainHelp, optionsOf } from './help';
import { embeddedCatalog } from './catalog/embedded';
import { type CliIo, processIo, resolvePath } from './io';
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
 * Loads a command's module (commands/registry.ts). A module that cannot be
 * loaded (a broken install) is one line and exit 2, like any other failure.
 */
async function load(io: CliIo, entry: CommandEntry): Promise<Command | 2> {
  try {
    return await entry.load();
  } catch (e) {
    return fail(io, `${entry.name}: the command could not be loaded: ${e instanceof Error ? e.message : String(e)} (reinstall @gmekit/cli)`);
  }
}

/**
 * Takes `--catalog FILE` (or `--catalog=FILE`) given before the command name
 * off the front of the command line.
 */
function leadingCatalog(argv: readonly string[]): { catalog?: string; rest: readonly string[] } | string {
  const [first, second] = argv;
  if (first === '--catalog') return second === undefined || second.startsWith('--') ? '--catalog needs a file name' : { catalog: second, rest: argv.slice(2) };
  if (first?.startsWith('--catalog=') === true) return { catalog: first.slice('--catalog='.length), rest: argv.slice(1) };
  return { rest: argv };
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
  const lead = leadingCatalog(argv);
  if (typeof lead === 'string') return fail(io, lead);
  const [name, ...afterName] = lead.rest;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? afterName[0] : undefined;
    const entry = COMMANDS.find((c) => c.name === topic);
    if (topic !== undefined && !entry) return fail(io, `unknown command "${topic}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
    if (!entry) {
      io.stdout(mainHelp(COMMANDS));
      return name === undefined ? 2 : 0;
    }
    const command = await load(io, entry);
    if (command === 2) return 2;
    io.stdout(commandHelp(command));
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) return fail(io, `unknown command "${name}"; commands: ${COMMANDS.map((c) => c.name).join(', ')}`);
  if (lead.catalog !== undefined && entry.usesCatalog === false) return fail(io, `${entry.name} does not read a catalog, so --catalog does not apply to it`, entry.usage);
  const rest = lead.catalog === undefined ? afterName : [...afterName, '--catalog', lead.catalog];
  const command = await load(io, entry);
  if (command === 2) return 2;
  try {
    const args = parseArgs({ positionals: command.args.positionals, options: optionsOf(command) }, rest);
    if (args.flag('help')) {
      io.stdout(commandHelp(command));
      return 0;
    }
    let catalog: ReturnType<CommandContext['catalog']> | undefined;
    const catalogFile = args.string('catalog');
    const ctx: CommandContext = {
      io,
      args,
      json: args.flag('json'),
      // A catalog file needs the model's schemas, loaded only then; the embedded catalog does not.
      catalog: () => (catalog ??= catalogFile === undefined ? embeddedCatalog() : import('./catalog/load').then((m) => m.loadCatalog(io, catalogFile))),
      progress: (label, total) => progress(io, label, total),
    };
    const out = await command.run(ctx);
    const file = args.string('output');
    // A file is for programs: --output writes the JSON document (or the
    // command's own document, e.g. an .ics), never the human-readable text.
    const readable = out.raw === undefined && !ctx.json && file === undefined;
    const text = out.raw ?? (readable ? out.text() : `${JSON.stringify(out.json, null, 2)}\n`);
    if (file !== undefined) {
      writeFileAtomic(resolvePath(io, file), text, file);
      if (io.isTTY === true) io.stderr(`wrote ${file}\n`);
    } else io.stdout(text);
    if (!readable) for (const line of out.notes?.() ?? []) io.stderr(`${line}\n`);
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
