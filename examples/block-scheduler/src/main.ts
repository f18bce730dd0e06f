// `npm start -w @gmekit/example-block-scheduler [outDir]`: schedules one IR
// class over the whole program and one all-PGY year, prints the grids and
// writes one .ics per trainee (default folder: ./schedules).
import { Temporal } from 'temporal-polyfill';
import { EXAMPLE_INPUTS, classProblem, yearProblem } from './problems';
import { gridLines, scheduleAndWrite } from './run';

const outDir = process.argv[2] ?? 'schedules';
const dtstamp = Temporal.Now.instant().round({ smallestUnit: 'second', roundingMode: 'floor' }).toString();
console.log(`Example inputs (not from the brochure): ${JSON.stringify(EXAMPLE_INPUTS)}`);
for (const problem of [classProblem(), yearProblem()]) {
  const run = await scheduleAndWrite(problem, outDir, dtstamp);
  console.log(['', ...gridLines(run), `  wrote ${run.files.length} calendars to ${outDir}/${problem.id}/`].join('\n'));
}
