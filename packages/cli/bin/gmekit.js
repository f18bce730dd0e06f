#!/usr/bin/env node
// npm links a workspace's bin at install time, before the build has written
// dist/, and skips a target that does not exist yet; this committed entry keeps
// `npx gmekit` working in the repository after `npm run build`.
import { fileURLToPath } from 'node:url';

const target = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
try {
  await import('../dist/bin.js');
} catch (error) {
  // Only the build itself missing gets the hint; anything else is a real failure.
  if (!(error instanceof Error && error.message.includes(`'${target}'`))) throw error;
  process.stderr.write('gmekit: @gmekit/cli is not built yet; run `npm run build` first\n');
  process.exitCode = 2;
}
