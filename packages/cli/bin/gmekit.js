#!/usr/bin/env node
// npm links a workspace's bin at install time, before the build has written
// dist/, and skips a target that does not exist yet; this committed entry keeps
// `npx gmekit` working in the repository after `npm run build`.
try {
  await import('../dist/bin.js');
} catch (error) {
  // A missing build output (this package's or a dependency's) gets one line,
  // not a stack trace; anything else is a real failure and stays loud.
  if (!(error instanceof Error && 'code' in error && error.code === 'ERR_MODULE_NOT_FOUND')) throw error;
  const first = error.message.split('\n')[0] ?? error.message;
  process.stderr.write(`gmekit: not built or not installed (${first}); run \`npm run build\` in the repository, or reinstall @gmekit/cli\n`);
  process.exitCode = 2;
}
