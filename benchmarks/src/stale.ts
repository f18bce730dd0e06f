// The benchmarks measure the built packages (what users install). A dist/
// older than its src/ means the figures would describe old code, so the run
// says so at the top of the report.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../../packages/', import.meta.url));
const MEASURED = ['model', 'calendar', 'requirements', 'programs', 'cli'];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    // Test fixtures are not built (turbo's build inputs leave them out too).
    if (entry.isDirectory()) newest = entry.name === '__fixtures__' ? newest : Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Packages whose dist/index.js is missing or older than a source file. */
export function staleBuilds(): string[] {
  return MEASURED.filter((name) => {
    const built = join(packagesDir, name, 'dist', 'index.js');
    if (!existsSync(built)) return true;
    return statSync(built).mtimeMs < newestSource(join(packagesDir, name, 'src'));
  }).map((name) => `@gmekit/${name}`);
}
