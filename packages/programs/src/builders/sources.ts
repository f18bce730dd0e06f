import type { Sources } from '@gmekit/model';

/**
 * Cites sentences of one source file: `cite(file, 'first quote', 'second')`.
 *
 * @param file - seed file name
 * @param quotes - verbatim sentences or clauses from that file
 * @returns the source references
 */
export function cite(file: string, ...quotes: string[]): Sources {
  return quotes.map((quote) => ({ file, quote }));
}

/**
 * A citer bound to one file, for a program module's own brochure.
 *
 * @param file - seed file name
 * @returns a function that cites sentences of that file
 */
export function citerFor(file: string): (...quotes: string[]) => Sources {
  return (...quotes) => cite(file, ...quotes);
}
