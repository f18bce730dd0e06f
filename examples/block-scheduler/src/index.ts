export { EXAMPLE_INPUTS, classProblem, yearProblem } from './problems';
export { EXAMPLE_CALL_INPUTS, callMonthProblem } from './call-problem';
export { exampleSchedules } from './stored';
export type { ExampleSchedule } from './stored';
export { gridLines, scheduleAndWrite } from './run';
export type { ExampleRun } from './run';
