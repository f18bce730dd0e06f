import { formatPath, type Finding } from '@gmekit/model';
import type { StoreSession, WriteResult } from '@gmekit/store';
import { CliError } from '../errors';
import { importSchedules } from './schedule-export';

/** The record sections `gmekit db import` reads and `gmekit db export` writes, in the order they are written (trainees first: the others refer to them). */
export const SECTIONS = ['trainees', 'assignments', 'leave', 'procedures', 'scholarly', 'workPeriods'] as const;
/** One record section. */
export type Section = (typeof SECTIONS)[number];

/** What an import file holds, sorted out. */
export interface ImportDocument {
  /** A catalog to import first, when the file is one or has one. */
  readonly catalog?: unknown;
  /** Whether the file is the catalog itself (its findings' paths need no `catalog` in front). */
  readonly catalogAtRoot?: boolean;
  /** Rows per record section (only the sections present). */
  readonly rows: Partial<Record<Section, readonly unknown[]>>;
  /** Schedules as `gmekit db export` writes them, when the file has any. */
  readonly schedules?: readonly unknown[];
}

// Other names the same lists go by in gmekit files: `periods` in the
// work-hours input, `workPeriods` in a trainee record.
const ALIASES: Readonly<Record<string, Section>> = { periods: 'workPeriods' };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Sorts out what an import file holds: a catalog (`{ formatVersion,
 * institution, sites, programs }`), a trainee record (`{ trainee, assignments,
 * … }`), the work-hours input (`{ trainees, assignments, leave, periods }`), a
 * bare list of work periods, or what `gmekit db export` writes (`{ catalog?,
 * trainees, assignments, leave, procedures, scholarly, workPeriods, schedules? }`).
 *
 * @param doc - the parsed JSON
 * @param file - file name for messages
 * @returns the catalog and record rows to import
 * @throws CliError when the file is none of these
 */
export function importDocument(doc: unknown, file: string): ImportDocument {
  if (Array.isArray(doc)) return { rows: { workPeriods: doc } };
  const accepted = `a catalog, a trainee record, { trainees, assignments, leave, procedures, scholarly, workPeriods | periods } (as gmekit db export writes, optionally with catalog and schedules) or a list of work periods`;
  if (!isObject(doc)) throw new CliError(`${file}: expected ${accepted}`);
  if ('institution' in doc && 'programs' in doc) return { catalog: doc, catalogAtRoot: true, rows: {} };
  const rows: Partial<Record<Section, unknown[]>> = {};
  let catalog: unknown;
  let schedules: unknown[] | undefined;
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'catalog') {
      if (value !== null) catalog = value;
      continue;
    }
    if (key === 'schedules') {
      if (!Array.isArray(value)) throw new CliError(`${file}: schedules must be a list`, false, 'cli/input', [key]);
      schedules = value as unknown[];
      continue;
    }
    if (key === 'trainee') {
      rows.trainees = [...(rows.trainees ?? []), value];
      continue;
    }
    const section = ALIASES[key] ?? (SECTIONS as readonly string[]).find((s) => s === key);
    if (section === undefined) throw new CliError(`${file}: unknown key "${key}"; expected ${accepted}`, false, 'cli/input', [key]);
    if (!Array.isArray(value)) throw new CliError(`${file}: ${key} must be a list`, false, 'cli/input', [key]);
    rows[section as Section] = [...(rows[section as Section] ?? []), ...(value as unknown[])];
  }
  return { ...(catalog === undefined ? {} : { catalog }), rows, ...(schedules === undefined ? {} : { schedules }) };
}

/** A store finding about row `i` of a section, with the section in front of its path. */
function inSection(f: Finding, section: string): Finding {
  const path = [section, ...f.path];
  const where = formatPath(f.path);
  const message = f.message.startsWith(where) ? `${formatPath(path)}${f.message.slice(where.length)}` : `${formatPath(path)}: ${f.message}`;
  return { ...f, path, message };
}

/** What an import wrote and found. */
export interface ImportOutcome {
  /** Rows written per section (`catalog`: the institution, sites and programs). */
  readonly written: Record<string, number>;
  /** Every bad row, its path led by the section. */
  readonly findings: Finding[];
  /** Whether anything was written. */
  readonly committed: boolean;
}

class Rejected extends Error {}

/**
 * Writes an import document in one transaction: with `reject`, the first
 * section with a bad row rolls everything back; with `keep-valid`, the good
 * rows of every section are kept.
 *
 * @param store - the store's transaction runner
 * @param store.transaction - runs a function in one transaction
 * @param doc - what to import
 * @param keepValid - keep the good rows when some are bad
 * @returns rows written and findings
 */
export async function importInto(
  store: { transaction<T>(fn: (s: StoreSession) => Promise<T>): Promise<T> },
  doc: ImportDocument,
  keepValid: boolean,
): Promise<ImportOutcome> {
  const written: Record<string, number> = {};
  const findings: Finding[] = [];
  const step = (name: string, result: WriteResult, relabel: boolean): void => {
    findings.push(...(relabel ? result.findings.map((f) => inSection(f, name)) : result.findings));
    written[name] = result.written;
    if (!result.ok && (!keepValid || name === 'catalog')) throw new Rejected();
  };
  try {
    await store.transaction(async (s) => {
      if (doc.catalog !== undefined) step('catalog', await s.catalog.import(doc.catalog), doc.catalogAtRoot !== true);
      for (const section of SECTIONS) {
        const rows = doc.rows[section];
        if (rows === undefined) continue;
        const options = { onInvalid: keepValid ? ('keep-valid' as const) : ('reject' as const) };
        step(section, section === 'workPeriods' ? await s.workPeriods.insert(rows, options) : await s[section].put(rows, options), true);
      }
      // Schedules last: they refer to nothing the other sections write, and a bad one is left out whole.
      if (doc.schedules !== undefined) step('schedules', await importSchedules(s, doc.schedules), false);
    });
  } catch (e) {
    if (e instanceof Rejected) return { written: Object.fromEntries(Object.keys(written).map((k) => [k, 0])), findings, committed: false };
    throw e;
  }
  return { written, findings, committed: true };
}
