import { z } from 'zod';
import { type Assignment, AssignmentSchema, type Catalog, type SchedulingProblem, SchedulingProblemSchema } from '@gmekit/model';
import { resolveProgram } from '../catalog/resolve';
import { CliError } from '../errors';
import type { CliIo } from '../io';
import { parseOrFail, readJsonFile } from './json-file';

// `gmekit schedule --json` prints `{ file, result }` with the schedule's
// `assignments`; the schedule alone or a bare list of assignments (from
// another tool) is read as well.
const PreviousListSchema = z.array(AssignmentSchema);
const PreviousScheduleSchema = z.object({ assignments: z.array(AssignmentSchema) });
const PreviousRunSchema = z.object({ result: PreviousScheduleSchema });

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Lets a problem file name a catalog program instead of embedding it:
 * `"program": "ir"` becomes the program, and a requirement set given as a
 * string (`"requirementSets": ["program"]`) becomes that program's set.
 */
function withCatalogProgram(raw: unknown, catalog: Catalog, file: string): unknown {
  if (!isRecord(raw) || typeof raw.program !== 'string') return raw;
  let program;
  try {
    program = resolveProgram(catalog, raw.program);
  } catch (e) {
    throw new CliError(`${file}: program: ${e instanceof Error ? e.message : String(e)}`);
  }
  const rules = isRecord(raw.rules) ? raw.rules : undefined;
  const sets = rules?.requirementSets;
  if (rules === undefined || !Array.isArray(sets)) return { ...raw, program };
  const resolved = sets.map((s: unknown, i) => {
    if (s !== 'program') return s;
    if (program.requirementSet === undefined) throw new CliError(`${file}: rules.requirementSets[${i}]: ${program.id} has no requirement set in the catalog`);
    return program.requirementSet;
  });
  return { ...raw, program, rules: { ...rules, requirementSets: resolved } };
}

/**
 * Reads a scheduling problem file, with a `--previous` schedule when given.
 *
 * @param io - the command's io
 * @param file - the problem file as typed
 * @param previousFile - the previous schedule's file as typed, if any
 * @param catalog - loads the catalog, for problems that name a program
 * @returns the parsed problem
 * @throws CliError naming the file and the JSON path of the first problem
 */
export async function readProblem(io: CliIo, file: string, previousFile: string | undefined, catalog: () => Promise<Catalog>): Promise<SchedulingProblem> {
  let raw = readJsonFile(io, file);
  if (isRecord(raw) && typeof raw.program === 'string') raw = withCatalogProgram(raw, await catalog(), file);
  const problem = parseOrFail(SchedulingProblemSchema, raw, file);
  if (previousFile === undefined) return problem;
  const value = readJsonFile(io, previousFile);
  let previous: Assignment[];
  if (Array.isArray(value)) previous = parseOrFail(PreviousListSchema, value, previousFile);
  else if (isRecord(value) && 'result' in value) previous = parseOrFail(PreviousRunSchema, value, previousFile).result.assignments;
  else previous = parseOrFail(PreviousScheduleSchema, value, previousFile).assignments;
  return { ...problem, previous };
}
