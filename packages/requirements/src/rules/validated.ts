import { type Program, ProgramSchema, type RequirementSet, RequirementSetSchema } from '@gmekit/model';
import type { z } from 'zod';

// A cohort is evaluated one record at a time against the same requirement set
// and program objects; parsing them again for every record cost more than
// evaluating the record (a real program is tens of kilobytes of JSON). Each
// object that passed its schema is remembered, weakly, by identity.
//
// What is remembered is the caller's own object whenever zod's parsed copy
// holds nothing it lacks (no defaults filled in), so a set or program edited
// in place between calls is evaluated as it now is, not as first seen; the
// edit is not validated again (pass a new object, e.g. a copy, for that).
// When zod did fill in defaults, its copy is remembered instead.

/** Whether every value in `parsed` is the same in `raw` (`raw` may have more keys, which zod strips). */
function holdsAll(parsed: unknown, raw: unknown): boolean {
  if (parsed === raw) return true;
  if (typeof parsed !== 'object' || parsed === null || typeof raw !== 'object' || raw === null) return false;
  if (Array.isArray(parsed)) {
    if (!Array.isArray(raw) || raw.length !== parsed.length) return false;
    for (let i = 0; i < parsed.length; i++) if (!holdsAll(parsed[i], raw[i])) return false;
    return true;
  }
  if (Array.isArray(raw) || Object.getPrototypeOf(parsed) !== Object.prototype) return false;
  const from = raw as Record<string, unknown>;
  for (const [key, value] of Object.entries(parsed)) if (!holdsAll(value, from[key])) return false;
  return true;
}

/** The result of a `safeParse`. */
export type Parse<T> = { success: true; data: T } | { success: false; error: z.ZodError };

/**
 * Wraps a schema's `safeParse` so objects that passed are remembered by identity.
 *
 * @param schema - a zod schema
 * @returns a `safeParse` that parses each object once
 */
export function remembered<T>(schema: { safeParse: (input: unknown) => Parse<T> }): (input: unknown) => Parse<T> {
  const seen = new WeakMap<object, T>();
  return (input) => {
    const key = typeof input === 'object' && input !== null ? input : undefined;
    const known = key === undefined ? undefined : seen.get(key);
    if (known !== undefined) return { success: true, data: known };
    const parsed = schema.safeParse(input);
    if (!parsed.success || key === undefined) return parsed;
    const data = holdsAll(parsed.data, input) ? (input as T) : parsed.data;
    seen.set(key, data);
    return { success: true, data };
  };
}

/**
 * `RequirementSetSchema.safeParse`, remembering sets that passed (by identity).
 *
 * @param input - an untrusted requirement set
 * @returns zod's verdict (for a set seen before, the remembered set)
 */
export const parseSet: (input: unknown) => Parse<RequirementSet> = remembered(RequirementSetSchema);

/**
 * `ProgramSchema.safeParse`, remembering programs that passed (by identity).
 *
 * @param input - an untrusted program
 * @returns zod's verdict (for a program seen before, the remembered program)
 */
export const parseProgram: (input: unknown) => Parse<Program> = remembered(ProgramSchema);
