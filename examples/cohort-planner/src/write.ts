/**
 * Writes a planned class to a folder: `<trainee>.ics` each, `summary.md` and
 * `summary.csv`.
 *
 * @module
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CohortPlan } from './plan';
import { rotationICS } from './rotation-ics';
import { summaryCSV, summaryMarkdown } from './summary';

/**
 * Writes the class's files.
 *
 * @param cohort - the plans
 * @param outDir - output folder (created if missing)
 * @param dtstamp - DTSTAMP of every event (ISO instant, UTC)
 * @returns the paths written
 */
export function writeCohort(cohort: CohortPlan, outDir: string, dtstamp: string): string[] {
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const put = (name: string, text: string) => {
    const path = join(outDir, name);
    writeFileSync(path, text);
    written.push(path);
  };
  for (const plan of cohort.trainees) put(`${plan.trainee.id}.ics`, rotationICS(plan, cohort.program, dtstamp));
  put('summary.md', summaryMarkdown(cohort));
  put('summary.csv', summaryCSV(cohort));
  return written;
}
