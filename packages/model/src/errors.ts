/**
 * The one error model of gmekit. Problems in the data (a missing field, a
 * rule not met, an unreadable row) are reported as {@link Finding}s and never
 * thrown. A programmer error — an argument that cannot be used at all, such
 * as an unknown option value or a window that ends before it starts — is
 * thrown as a `GmekitError`, which carries the same `code` and `path` and can
 * become a finding with {@link GmekitError.toFinding}.
 *
 * @module
 */
import { type Finding, formatPath } from './finding';

/** Marks gmekit errors, so `instanceof GmekitError` holds across copies of the package (ESM and CJS loaded side by side). */
const BRAND = Symbol.for('@gmekit/error');

/** The fields every gmekit error has, whatever class it extends. */
export interface GmekitErrorFields {
  /** Stable machine code, e.g. `rrule/invalid-value`. */
  readonly code: string;
  /** Path of the offending argument, e.g. `['options', 'averaging']` (`[]` for the whole call). */
  readonly path: readonly (string | number)[];
  /** What was wrong and what was expected. */
  readonly message: string;
}

/**
 * Marks an error of another built-in class (a `RangeError` kept for
 * compatibility) as a gmekit error, so `instanceof GmekitError` holds for it.
 *
 * @param error - the error, which must have `code` and `path`
 * @returns the same error
 * @example
 * class OptionsError extends RangeError { readonly code = 'x/option'; readonly path = []; }
 * markGmekitError(new OptionsError('bad option')) instanceof GmekitError; // true
 */
export function markGmekitError<E extends Error & GmekitErrorFields>(error: E): E {
  Object.defineProperty(error, BRAND, { value: true, enumerable: false });
  return error;
}

/**
 * The finding that says the same as a gmekit error.
 *
 * @param error - the error
 * @param severity - severity of the finding (default `error`)
 * @returns `{ code, severity, path, message }`, the message led by the path as {@link formatPath} writes it
 * @example
 * gmekitErrorFinding(new GmekitError('x/bad', ['window', 'end'], 'ends before it starts')).message; // 'window.end: ends before it starts'
 */
export function gmekitErrorFinding(error: GmekitErrorFields, severity: Finding['severity'] = 'error'): Finding {
  const path = error.path.map((p) => (typeof p === 'number' ? Math.max(0, Math.trunc(p)) : p));
  const where = formatPath(path);
  const message = where === '' || error.message.startsWith(where) ? error.message : `${where}: ${error.message}`;
  return { code: error.code, severity, path, message };
}

/**
 * Base class of every error gmekit throws on purpose. Subclasses narrow
 * `code` (e.g. `RecurrenceError`, `CalendarInputError`, `CliError`).
 *
 * @example
 * try {
 *   throw new GmekitError('calendar/invalid-window', ['window', 'end'], 'window.end is before window.start');
 * } catch (error) {
 *   if (error instanceof GmekitError) console.log(error.toFinding().code); // 'calendar/invalid-window'
 * }
 */
export class GmekitError extends Error implements GmekitErrorFields {
  /** Stable machine code. */
  readonly code: string;
  /** Path of the offending argument (`[]` for the whole call). */
  readonly path: readonly (string | number)[];

  /**
   * @param code - stable machine code
   * @param path - path of the offending argument
   * @param message - what was wrong and what was expected
   * @param options - the `cause`, when another error led to this one
   */
  constructor(code: string, path: readonly (string | number)[], message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'GmekitError';
    this.code = code;
    this.path = path;
    markGmekitError(this);
  }

  /**
   * @param severity - severity of the finding (default `error`)
   * @returns the same problem as a `Finding`
   */
  toFinding(severity: Finding['severity'] = 'error'): Finding {
    return gmekitErrorFinding(this, severity);
  }

  /**
   * `instanceof GmekitError` recognises any gmekit error by its brand (also
   * one from another copy of the package); subclasses use the prototype chain.
   *
   * @param value - the value tested
   * @returns whether it is such an error
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this === GmekitError) return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}
