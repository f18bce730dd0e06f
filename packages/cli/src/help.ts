import type { OptionSpec } from './args';
import { CATALOG_OPTION, COMMON_OPTIONS, type Command, OUTPUT_OPTION } from './command';
import { table } from './output/table';

/**
 * All options a command accepts, common ones last.
 *
 * @param command - the command
 * @returns options by name
 */
export function optionsOf(command: Command): Record<string, OptionSpec> {
  return {
    ...command.args.options,
    ...(command.writesFiles === true ? OUTPUT_OPTION : {}),
    ...(command.usesCatalog === false ? {} : CATALOG_OPTION),
    ...COMMON_OPTIONS,
  };
}

/**
 * The `--help` text of one command.
 *
 * @param command - the command
 * @returns usage, description and options
 */
export function commandHelp(command: Command): string {
  const options = Object.entries(optionsOf(command)).map(([name, o]) => [
    `  --${name}${o.value !== undefined ? ` ${o.value}` : ''}`,
    o.description + (o.choices ? ` (${o.choices.join(' | ')})` : ''),
  ]);
  return `Usage: gmekit ${command.usage}\n\n${command.summary}\n\n${command.description}\n\nOptions:\n${table(options)}\n\nExit codes: 0 ok, 1 findings of severity error, 2 bad input or usage.\n`;
}

/**
 * The top-level help: every command with its one-line summary.
 *
 * @param commands - the commands
 * @returns the help text
 */
export function mainHelp(commands: readonly Pick<Command, 'usage' | 'summary'>[]): string {
  const rows = commands.map((c) => [`  gmekit ${c.usage}`, c.summary]);
  return `gmekit: GME programs, timelines, conferences, requirement checks and ACGME work-hour audits.\n\nUsage:\n${table(rows)}\n\nEvery command takes --json and --help. Commands that read the catalog take --catalog <file>, before or after the command (gmekit --catalog office.json programs).\nExit codes: 0 ok, 1 findings of severity error, 2 bad input or usage.\nRun "gmekit <command> --help" for a command's options.\n`;
}
