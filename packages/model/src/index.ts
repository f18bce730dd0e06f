/**
 * @packageDocumentation
 * `@gmekit/model`: zod schemas and inferred types for GME programs.
 */

/**
 * JSON Schema documents for every top-level entity, keyed by file name.
 * @returns a map from entity file name to its JSON Schema
 */
export function jsonSchemas(): Record<string, unknown> {
  return {};
}
