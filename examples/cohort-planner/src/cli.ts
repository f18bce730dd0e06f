/**
 * The planner's command line, apart from `process` so tests can run it.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { Temporal } from 'temporal-polyfill';
import type { Catalog } from '@gmekit/model';
import { CohortInputSchema } from './input';
import { CohortInputError, planCohort } from './plan';
import { writeCohort } from './write';

/** Where the command writes. */
export interface CliStreams {
  /** Standard output. */
  readonly out: (text: string) => void;
  /** Standard error. */
  readonly err: (text: string) => void;
}

const USAGE = 'usage: cohort-planner <class.json> [--out <dir>] [--dtstamp <ISO instant>]\n';

/**
 * Runs the command.
 *
 * @param args - arguments after the program name
 * @param catalog - the catalog
 * @param io - output streams
 * @returns the exit code: 0 done, 2 bad input or usage
 */
export function runCli(args: readonly string[], catalog: Catalog, io: CliStreams): number {
  let file: string | undefined;
  let outDir = 'out';
  let dtstamp = Temporal.Now.instant().round({ smallestUnit: 'second' }).toString();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    if (arg === '--help' || arg === '-h') {
      io.out(USAGE);
      return 0;
    }
    if (arg === '--out' || arg === '--dtstamp') {
      const value = args[i + 1];
      if (value === undefined) {
        io.err(`cohort-planner: ${arg} needs a value\n${USAGE}`);
        return 2;
      }
      if (arg === '--out') outDir = value;
      else dtstamp = value;
      i += 1;
    } else if (arg.startsWith('-') || file !== undefined) {
      io.err(`cohort-planner: unexpected argument ${JSON.stringify(arg)}\n${USAGE}`);
      return 2;
    } else file = arg;
  }
  if (file === undefined) {
    io.err(`cohort-planner: name the class file\n${USAGE}`);
    return 2;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    io.err(`cohort-planner: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  const parsed = CohortInputSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path.map(String).join('.') ?? '';
    io.err(`cohort-planner: ${file}: ${path === '' ? '' : `${path}: `}${issue?.message ?? 'invalid'}\n`);
    return 2;
  }
  try {
    const cohort = planCohort(parsed.data, catalog);
    const written = writeCohort(cohort, outDir, dtstamp);
    io.out(`${cohort.program.name}: ${cohort.trainees.length} trainees planned\n`);
    for (const path of written) io.out(`  wrote ${path}\n`);
    return 0;
  } catch (error) {
    if (error instanceof CohortInputError || (error instanceof Error && error.name === 'CalendarInputError')) {
      io.err(`cohort-planner: ${file}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
