import { describe, expect, it } from 'vitest';
import { type ArgSpec, parseArgs } from './args';
import { CliError } from './errors';

const spec: ArgSpec = {
  positionals: [
    { name: 'program', required: true },
    { name: 'extra', required: false },
  ],
  options: {
    json: { type: 'boolean', description: 'json' },
    help: { type: 'boolean', description: 'help' },
    from: { type: 'string', value: '<date>', description: 'from' },
    averaging: { type: 'string', description: 'averaging', choices: ['rotation', 'rolling-28'] },
  },
};

function error(argv: string[]): string {
  try {
    parseArgs(spec, argv);
  } catch (e) {
    expect(e).toBeInstanceOf(CliError);
    return (e as CliError).message;
  }
  throw new Error('expected a usage error');
}

describe('parseArgs', () => {
  it('reads positionals, flags and both value forms', () => {
    const a = parseArgs(spec, ['ro', '--json', '--from', '2026-07-01']);
    expect(a.positionals).toEqual(['ro']);
    expect(a.flag('json')).toBe(true);
    expect(a.string('from')).toBe('2026-07-01');
    expect(parseArgs(spec, ['ro', '--from=2026-07-01']).string('from')).toBe('2026-07-01');
  });

  it('treats everything after -- as positionals', () => {
    expect(parseArgs(spec, ['--', '--json']).positionals).toEqual(['--json']);
  });

  it('rejects unknown options, repeated options and bad values', () => {
    expect(error(['ro', '--nope'])).toBe('unknown option "--nope"');
    expect(error(['ro', '-x'])).toBe('unknown option "-x"');
    expect(error(['ro', '--json', '--json'])).toBe('option "--json" is given more than once');
    expect(error(['ro', '--json=yes'])).toBe('option "--json" takes no value');
    expect(error(['ro', '--from'])).toBe('option "--from" needs a value <date>');
    expect(error(['ro', '--from', '--json'])).toBe('option "--from" needs a value <date>');
    expect(error(['ro', '--from='])).toBe('option "--from" needs a non-empty value');
    expect(error(['ro', '--averaging', 'weekly'])).toBe('option "--averaging" must be one of rotation, rolling-28, got "weekly"');
  });

  it('checks the number of positionals unless --help is asked for', () => {
    expect(error([])).toBe('missing argument <program>');
    expect(error(['a', 'b', 'c'])).toBe('unexpected argument "c"');
    expect(parseArgs(spec, ['--help']).flag('help')).toBe(true);
    expect(parseArgs(spec, ['-h']).flag('help')).toBe(true);
  });
});

describe('repeatable options', () => {
  it('keeps every value of an option marked multiple', () => {
    const a = parseArgs({ positionals: [], options: { reading: { type: 'string', description: 'r', multiple: true } } }, ['--reading', 'a', '--reading=b']);
    expect(a.all('reading')).toEqual(['a', 'b']);
    expect(a.all('other')).toEqual([]);
  });
});
