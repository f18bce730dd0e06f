import { z } from 'zod';

/** How serious a finding is: errors fail a check, warnings and info do not. */
export const SeveritySchema = z.enum(['error', 'warning', 'info']);
/** How serious a finding is. */
export type Severity = z.infer<typeof SeveritySchema>;

/** A step in a JSON path: an object key or an array index. */
export const PathSegmentSchema = z.union([z.string(), z.number().int().nonnegative()]);
/** A step in a JSON path. */
export type PathSegment = z.infer<typeof PathSegmentSchema>;

/**
 * What every validator reports instead of a bare `false`: a stable machine
 * code, a severity, where in the input, and a sentence a person can act on.
 */
export const FindingSchema = z.object({
  /** Stable code, e.g. `catalog/dangling-reference` or `work-hours/weekly-80`. */
  code: z.string().min(1),
  /** How serious the finding is. */
  severity: SeveritySchema,
  /** JSON path into the checked input (`[]` for the whole input). */
  path: z.array(PathSegmentSchema),
  /** One sentence saying what is wrong and what was expected. */
  message: z.string().min(1),
  /** Optional reference: a rule number, an id, a line, a URL. */
  ref: z.string().exactOptional(),
});
/** A validator's report about one thing in its input. */
export type Finding = z.infer<typeof FindingSchema>;

/**
 * Formats a JSON path the way people read it: `programs[1].curriculum.years[0]`.
 *
 * @param path - the path segments
 * @returns the path as text (`$` for the root)
 * @example
 * formatPath(['programs', 1, 'rotations', 0, 'id']); // 'programs[1].rotations[0].id'
 */
export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === '' ? '$' : out;
}

/**
 * Turns zod issues into findings with the issue's path and a message that
 * names the path and says what was expected.
 *
 * @param error - a zod error (or its issue list)
 * @param code - finding code to use (default `schema/invalid`)
 * @returns one error finding per issue
 * @example
 * const r = ProgramSchema.safeParse(input);
 * if (!r.success) console.log(zodIssuesToFindings(r.error));
 */
export function zodIssuesToFindings(error: z.ZodError | readonly z.core.$ZodIssue[], code = 'schema/invalid'): Finding[] {
  const issues = Array.isArray(error) ? (error as readonly z.core.$ZodIssue[]) : (error as z.ZodError).issues;
  return issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    return { code, severity: 'error' as const, path, message: `${formatPath(path)}: ${issue.message}` };
  });
}

/**
 * Whether any finding is an error.
 *
 * @param findings - findings to scan
 * @returns true when at least one has severity `error`
 */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** The outcome of parsing untrusted input: the typed data, or findings. */
export type ParseResult<T> = ParseSuccess<T> | ParseFailure;

/** Input that matched its schema. */
export interface ParseSuccess<T> {
  /** The input matched. */
  ok: true;
  /** The parsed value (defaults applied, unknown keys stripped). */
  data: T;
  /** Always empty on success; present so callers can read `findings` either way. */
  findings: Finding[];
}

/** Input that did not match its schema. */
export interface ParseFailure {
  /** The input did not match. */
  ok: false;
  /** One error finding per zod issue, each naming its path. */
  findings: Finding[];
}

/**
 * Parses untrusted input with a schema and reports problems as findings
 * instead of throwing.
 *
 * @param schema - the zod schema to parse with
 * @param input - untrusted input (e.g. `JSON.parse` output)
 * @returns `{ ok: true, data }` or `{ ok: false, findings }`
 * @example
 * const r = parseWith(CatalogSchema, JSON.parse(text));
 * if (!r.ok) for (const f of r.findings) console.error(f.message);
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): ParseResult<z.output<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data, findings: [] };
  return { ok: false, findings: zodIssuesToFindings(result.error) };
}
