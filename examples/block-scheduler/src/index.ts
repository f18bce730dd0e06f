export { EXAMPLE_INPUTS, classProblem, yearProblem } from './problems';
export { gridLines, scheduleAndWrite } from './run';
export type { ExampleRun } from './run';
