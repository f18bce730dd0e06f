/**
 * `@gmekit/cli`: the `gmekit` command. Use the binary from a shell, or call
 * {@link run} in-process with your own {@link CliIo} (tests, scripts, apps).
 *
 * @packageDocumentation
 */
export { main, run } from './run';
export type { ExitCode } from './run';
export type { CliIo } from './io';
export { VERSION } from './version';
