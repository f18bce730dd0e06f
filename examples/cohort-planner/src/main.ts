/**
 * `cohort-planner <class.json> [--out <dir>]`: plans an incoming class on the
 * embedded catalog and writes each trainee's rotation calendar and a summary.
 * Exits 2 with a one-line message for a bad file.
 *
 * @module
 */
import { catalog } from '@gmekit/programs';
import { runCli } from './cli';

process.exitCode = runCli(process.argv.slice(2), catalog, { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) });
