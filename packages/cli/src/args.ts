import { usageError } from './errors';

/** One `--name` option a command accepts. */
export interface OptionSpec {
  /** `string` options take a value (`--from 2026-07-01` or `--from=2026-07-01`); `boolean` ones do not. */
  readonly type: 'string' | 'boolean';
  /** Placeholder shown in help for the value, e.g. `<date>`. */
  readonly value?: string;
  /** One line for the help text. */
  readonly description: string;
  /** Allowed values, checked while parsing. */
  readonly choices?: readonly string[];
  /** Whether a string option may be given more than once (every value is kept). */
  readonly multiple?: boolean;
}

/** A positional argument a command accepts. */
export interface PositionalSpec {
  /** Name shown in help, e.g. `program`. */
  readonly name: string;
  /** Whether it must be given. */
  readonly required: boolean;
}

/** What a command accepts on its command line. */
export interface ArgSpec {
  /** Positional arguments, in order. */
  readonly positionals: readonly PositionalSpec[];
  /** Options by long name (without `--`). */
  readonly options: Readonly<Record<string, OptionSpec>>;
}

/** A parsed command line. */
export interface ParsedArgs {
  /** Positional arguments in order. */
  readonly positionals: readonly string[];
  /**
   * Value of a string option.
   *
   * @param name - option name without `--`
   * @returns the value, or `undefined` when not given
   */
  string(name: string): string | undefined;
  /**
   * Every value of a string option that may be repeated.
   *
   * @param name - option name without `--`
   * @returns the values in command-line order (empty when not given)
   */
  all(name: string): readonly string[];
  /**
   * Whether a boolean option was given.
   *
   * @param name - option name without `--`
   * @returns true when present
   */
  flag(name: string): boolean;
}

/**
 * Parses a command's arguments strictly: an unknown option, a missing or
 * surplus value, a repeated option, a value outside `choices` or a wrong
 * number of positionals is a usage error (exit 2). `--` ends the options.
 *
 * @param spec - what the command accepts
 * @param argv - the arguments after the command name
 * @returns the parsed arguments
 * @example
 * parseArgs({ positionals: [{ name: 'program', required: true }], options: { json: { type: 'boolean', description: 'JSON' } } }, ['ro', '--json']);
 */
export function parseArgs(spec: ArgSpec, argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const strings = new Map<string, string>();
  const repeated = new Map<string, string[]>();
  const flags = new Set<string>();
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    if (arg === '-h') {
      flags.add('help');
      continue;
    }
    if (!arg.startsWith('--')) throw usageError(`unknown option "${arg}"`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const option = spec.options[name];
    if (option === undefined) throw usageError(`unknown option "--${name}"`);
    if ((strings.has(name) && option.multiple !== true) || flags.has(name)) throw usageError(`option "--${name}" is given more than once`);
    if (option.type === 'boolean') {
      if (eq !== -1) throw usageError(`option "--${name}" takes no value`);
      flags.add(name);
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw usageError(`option "--${name}" needs a value${option.value ? ` ${option.value}` : ''}`);
      }
      i++;
    }
    if (value === '') throw usageError(`option "--${name}" needs a non-empty value`);
    if (option.choices && !option.choices.includes(value)) {
      throw usageError(`option "--${name}" must be one of ${option.choices.join(', ')}, got "${value}"`);
    }
    strings.set(name, value);
    repeated.set(name, [...(repeated.get(name) ?? []), value]);
  }
  if (!flags.has('help')) {
    const required = spec.positionals.filter((p) => p.required).length;
    if (positionals.length < required) {
      const missing = spec.positionals[positionals.length];
      throw usageError(`missing argument <${missing?.name ?? 'argument'}>`);
    }
    if (positionals.length > spec.positionals.length) {
      throw usageError(`unexpected argument "${positionals[spec.positionals.length] ?? ''}"`);
    }
  }
  return {
    positionals,
    string: (name) => strings.get(name),
    all: (name) => repeated.get(name) ?? [],
    flag: (name) => flags.has(name),
  };
}
