/**
 * Prints `exampleSchedules()` as JSON on standard output: `npm start` runs
 * this in a child process while it creates a new store, so the solves and
 * the database's first start share the two cores instead of taking turns.
 *
 * @module
 */
import { exampleSchedules } from './stored';

process.stdout.write(`${JSON.stringify(await exampleSchedules())}\n`);
