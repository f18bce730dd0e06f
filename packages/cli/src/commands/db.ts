import type { Finding } from '@gmekit/model';
import type { Store } from '@gmekit/store';
import { type Command, type CommandContext, type CommandOutput } from '../command';
import { CliError, usageError } from '../errors';
import { readJsonFile } from '../input/json-file';
import { findingLine, findingSummary, table } from '../output/text';
import { type DbLocation, DB_OPTION, dbLocation, withDb } from '../store/open-db';
import { importDocument, importInto, SECTIONS } from '../store/import-document';
import { exportSchedules } from '../store/schedule-export';

const ACTIONS = ['init', 'import', 'export', 'status'] as const;
type Action = (typeof ACTIONS)[number];

async function counts(store: Store): Promise<Record<string, number>> {
  return {
    programs: (await store.catalog.programs()).length,
    trainees: await store.trainees.count(),
    assignments: await store.assignments.count(),
    leave: await store.leave.count(),
    procedures: await store.procedures.count(),
    scholarly: await store.scholarly.count(),
    workPeriods: await store.workPeriods.count(),
    changes: await store.changes.count(),
  };
}

function countText(n: Record<string, number>): string {
  return table([['TABLE', 'ROWS'], ...Object.entries(n).map(([k, v]) => [k, String(v)])]);
}

async function init(ctx: CommandContext, location: DbLocation): Promise<CommandOutput> {
  return withDb(ctx.io, location, async (store) => {
    // A new store gets the catalog (embedded, or --catalog) so audits find the programs' rotations; an existing one keeps its own.
    const seeded = (await store.catalog.export()) === undefined;
    if (seeded) {
      const result = await store.catalog.import(await ctx.catalog());
      if (!result.ok) throw new CliError(`the catalog could not be stored: ${result.findings[0]?.message ?? 'invalid'}`);
    }
    const { version, ran } = store.migrations;
    const json = { db: location.label, dialect: store.dialect, schemaVersion: version, migrated: ran, catalogImported: seeded };
    const text = `${location.label}: store ready (${store.dialect}, schema version ${version}${ran.length > 0 ? `, applied ${ran.join(', ')}` : ', up to date'})${seeded ? '; catalog imported' : ''}.\n`;
    return { exitCode: 0, json, text: () => text };
  }, true);
}

async function importFile(ctx: CommandContext, location: DbLocation, file: string | undefined): Promise<CommandOutput> {
  if (file === undefined) throw usageError('db import needs <file>');
  // The file is read and sorted out before the store is opened: bad input costs no start-up.
  const doc = importDocument(readJsonFile(ctx.io, file), file);
  const keepValid = ctx.args.flag('keep-valid');
  return withDb(ctx.io, location, async (store) => {
    const outcome = await importInto(store, doc, keepValid);
    // A row with several problems is still one bad row: rows are named by section and index.
    const badRows = new Set(outcome.findings.filter((f) => f.severity === 'error').map((f) => `${String(f.path[0])}[${String(f.path[1])}]`)).size;
    const written = Object.entries(outcome.written).filter(([, n]) => n > 0);
    const summary = outcome.committed
      ? `${file}: imported ${written.length === 0 ? 'nothing' : written.map(([k, n]) => `${n} ${k}`).join(', ')} into ${location.label}.`
      : `${file}: nothing imported into ${location.label}; the store is unchanged.`;
    const findings: Finding[] = outcome.findings;
    return {
      exitCode: 0,
      ...(badRows > 0
        ? { badInput: `${file}: ${badRows} bad row${badRows === 1 ? '' : 's'} ${outcome.committed ? 'left out (--keep-valid)' : 'refused the import (--keep-valid keeps the good rows)'}` }
        : {}),
      json: { db: location.label, file, committed: outcome.committed, written: outcome.written, findings },
      text: () => [summary, ...(findings.length > 0 ? [findingSummary(findings), ...findings.map(findingLine)] : []), ''].join('\n'),
    };
  });
}

async function exportStore(ctx: CommandContext, location: DbLocation): Promise<CommandOutput> {
  return withDb(ctx.io, location, async (store) => {
    const catalog = await store.catalog.export();
    const doc: Record<string, unknown> = catalog === undefined ? {} : { catalog };
    for (const section of SECTIONS) doc[section] = section === 'workPeriods' ? await store.workPeriods.list() : await store[section].list();
    doc.schedules = await exportSchedules(store);
    const text = `${JSON.stringify(doc, null, 2)}\n`;
    return { exitCode: 0, json: doc, text: () => text, raw: text };
  });
}

async function status(ctx: CommandContext, location: DbLocation): Promise<CommandOutput> {
  return withDb(ctx.io, location, async (store) => {
    const n = await counts(store);
    const { version, ran } = store.migrations;
    const json = { db: location.label, dialect: store.dialect, schemaVersion: version, migrated: ran, counts: n };
    const head = `${location.label}: ${store.dialect}, schema version ${version}${ran.length > 0 ? ` (just applied ${ran.join(', ')})` : ''}`;
    return { exitCode: 0, json, text: () => `${head}\n\n${countText(n)}\n` };
  });
}

/** `gmekit db init | import <file> | export | status`: the office's records in a store. */
export const dbCommand: Command = {
  name: 'db',
  summary: 'the records store: create, import, export, status',
  usage: 'db init | import <file> [--keep-valid] | export | status  [--db <dir|url>]',
  description:
    'Works with a @gmekit/store database: embedded PGlite in a directory (default .gmekit/db, or GMEKIT_DATABASE_URL when set), or a PostgreSQL server by postgres:// URL. The change log records the writer as GMEKIT_ACTOR, else USER.\n' +
    '`db init` creates the store (or brings its schema up to date) and, when it has no catalog yet, stores the catalog (the embedded one, or --catalog <file>).\n' +
    '`db import <file>` writes a catalog, a trainee record, the work-hours JSON input ({ trainees, assignments, leave, periods }), a list of work periods, or what `db export` prints, in one transaction. A bad row refuses the whole import unless --keep-valid; either way bad rows are listed by path and the exit code is 2.\n' +
    '`db export` prints { catalog, trainees, assignments, leave, procedures, scholarly, workPeriods, schedules } as JSON (or writes it to --output), which `db import` reads back; schedules carry every version with its status and content, and import replays them as drafts and publishes the published one.\n' +
    '`db status` prints the back end, the schema version and the rows in each table.\n' +
    'Exit 2 for bad input, a missing store (run db init first) or a store that cannot be opened.',
  args: {
    positionals: [
      { name: 'init | import | export | status', required: true },
      { name: 'file', required: false },
    ],
    options: {
      ...DB_OPTION,
      'keep-valid': { type: 'boolean', description: 'with import: write the good rows when some are bad' },
    },
  },
  writesFiles: true,
  async run(ctx) {
    const [action, file] = ctx.args.positionals;
    if (!(ACTIONS as readonly string[]).includes(action ?? '')) throw usageError(`unknown db action "${action ?? ''}"; one of ${ACTIONS.join(', ')}`);
    const which = action as Action;
    if (which !== 'import' && file !== undefined) throw usageError(`unexpected argument "${file}"`);
    if (which !== 'import' && ctx.args.flag('keep-valid')) throw usageError('--keep-valid applies to db import only');
    if (which !== 'init' && ctx.args.string('catalog') !== undefined) throw usageError('--catalog applies to db init only (db import <catalog.json> imports a catalog)');
    const location = dbLocation(ctx.io, ctx.args.string('db'));
    if (which === 'init') return init(ctx, location);
    if (which === 'import') return importFile(ctx, location, file);
    if (which === 'export') return exportStore(ctx, location);
    return status(ctx, location);
  },
};
