import { z } from 'zod';

/**
 * Where a group of facts came from: the seed file and the sentence itself,
 * quoted, so every encoded fact can be checked against its source.
 */
export const SourceRefSchema = z.object({
  /** File name of the source document, e.g. `000_151de7602a9d0946.txt`. */
  file: z.string().min(1),
  /** The sentence (or phrase) the facts were read from, quoted verbatim. */
  quote: z.string().min(1),
});
/** Where a group of facts came from. */
export type SourceRef = z.infer<typeof SourceRefSchema>;

/** The sources a fact group cites; may be empty only for data made by hand. */
export const SourcesSchema = z.array(SourceRefSchema);
/** The sources a fact group cites. */
export type Sources = z.infer<typeof SourcesSchema>;
