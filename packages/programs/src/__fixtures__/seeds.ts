// Reads the seed brochures for the quote checks. They live outside the
// package, in the repository's shared/seeds folder (/work/shared/seeds next to
// the checkout); GMEKIT_SEEDS_DIR overrides the location.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Sources } from '@gmekit/model';

const DEFAULT_DIR = fileURLToPath(new URL('../../../../../shared/seeds/', import.meta.url));

export function seedsDir(): string {
  return process.env.GMEKIT_SEEDS_DIR ?? DEFAULT_DIR;
}

const cache = new Map<string, string>();

export function readSeed(file: string): string {
  const cached = cache.get(file);
  if (cached !== undefined) return cached;
  const path = `${seedsDir().replace(/\/?$/, '/')}${file}`;
  if (!existsSync(path)) {
    throw new Error(`seed brochure ${file} not found at ${path}; set GMEKIT_SEEDS_DIR to the folder holding the seed .txt files`);
  }
  const text = readFileSync(path, 'utf8');
  cache.set(file, text);
  return text;
}

// Brochure text is laid out in narrow columns: lines break anywhere, words
// hyphenated at a line end ("high-\nquality") keep their hyphen, and stray
// spaces follow some hyphens ("whole- person"). Quotes are compared after
// collapsing all of that.
export function normalize(text: string): string {
  return text.replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();
}

export function occursIn(file: string, quote: string): boolean {
  return normalize(readSeed(file)).includes(normalize(quote));
}

/** Every `sources` array reachable from a value, with its path. */
export function collectSources(value: unknown, path = '$', out: { path: string; sources: Sources }[] = []): { path: string; sources: Sources }[] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => collectSources(v, `${path}[${i}]`, out));
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'sources' && Array.isArray(v)) out.push({ path: `${path}.${k}`, sources: v as Sources });
      else collectSources(v, `${path}.${k}`, out);
    }
  }
  return out;
}
