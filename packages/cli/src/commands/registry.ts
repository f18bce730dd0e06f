import type { CommandEntry } from '../command';

/**
 * Every `gmekit` command, in the order help lists them.
 *
 * An entry holds only what the command list and the dispatcher need before
 * the command runs (name, summary, usage, whether it reads the catalog); the
 * command's module — and the libraries it imports (zod, Temporal, the solver)
 * — is loaded by `load` only when that command runs or shows its own help.
 * That is what keeps `gmekit --help`, `programs` and `show` close to a bare
 * `node` start (benchmarks/src/startup.bench.ts).
 *
 * To add a command `gmekit foo`: write `foo.ts` exporting `fooCommand: Command`
 * as the others do, then add one entry here, with the same name, summary,
 * usage and usesCatalog as the module (registry.test.ts checks they agree):
 *
 *     { name: 'foo', summary: '…', usage: 'foo <x>', load: async () => (await import('./foo')).fooCommand },
 *
 * Never import a command module statically in this file: that would load its
 * dependencies on every `gmekit` start.
 */
export const COMMANDS: readonly CommandEntry[] = [
  { name: 'programs', summary: 'programs in the catalog', usage: 'programs', load: async () => (await import('./programs')).programsCommand },
  { name: 'show', summary: 'one program, with its inferred values and open gaps', usage: 'show <program>', load: async () => (await import('./show')).showCommand },
  { name: 'timeline', summary: 'dated PGY years and rotation blocks', usage: 'timeline <program> --start <date> [--leave <file>]', load: async () => (await import('./timeline')).timelineCommand },
  { name: 'conferences', summary: 'occurrences, or an .ics file', usage: 'conferences <program> --from <date> --to <date> [--ics]', load: async () => (await import('./conferences')).conferencesCommand },
  { name: 'check', summary: 'requirement report for the plan or a trainee', usage: 'check <program> [--record <file> | --db <dir|url> --trainee <id>] [--as-of <date>]', load: async () => (await import('./check')).checkCommand },
  { name: 'work-hours', summary: 'ACGME audit', usage: 'work-hours <file.json|file.csv> | --db <dir|url> --from <date> --to <date> [--averaging rotation|rolling-28]', load: async () => (await import('./work-hours')).workHoursCommand },
  { name: 'schedule', summary: 'build a block schedule (or say why none exists)', usage: 'schedule <problem.json> [--previous <schedule.json>] [--time-limit <s>] [--gap <pct>] [--json | --csv | --ics <dir>] [--db <dir|url> [--publish]]', load: async () => (await import('./schedule')).scheduleCommand },
  { name: 'calls', summary: 'call and night-float schedules', usage: 'calls <problem.json> [--previous <schedule.json>] [--json | --csv | --ics <dir>] [--db <dir|url> [--publish]]  |  calls swap <schedule.json> --shift <id>', usesCatalog: false, load: async () => (await import('./calls')).callsCommand },
  { name: 'ics', summary: 'read any calendar file, list its occurrences', usage: 'ics <file.ics> [--from <date> --to <date>]', usesCatalog: false, load: async () => (await import('./ics')).icsCommand },
  { name: 'db', summary: 'the records store: create, import, export, status', usage: 'db init | import <file> [--keep-valid] | export | status  [--db <dir|url>]', load: async () => (await import('./db')).dbCommand },
  { name: 'validate', summary: 'schema and reference checks of a catalog or record', usage: 'validate <file.json>', load: async () => (await import('./validate')).validateCommand },
  { name: 'schema', summary: 'JSON Schema of the model', usage: 'schema [<entity>]', usesCatalog: false, load: async () => (await import('./schema')).schemaCommand },
];
