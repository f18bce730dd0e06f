import { formatPath } from '@gmekit/model';
import { isIdText } from '../shared/text-checks';
import type { z } from 'zod';
import type { WorkHourFinding } from './types';

/**
 * Small shared checks for untrusted rows. Each may only be stricter than the
 * model schema it stands in for: rows it refuses go through `safeParse`.
 */

// Rows repeat the same trainee id: remember the last one that passed.
let lastId = '';
/** Whether a value is an id as `idText` in the model accepts it. */
export const isId = (v: unknown): v is string => {
  if (v === lastId && v !== '') return true;
  if (!isIdText(v)) return false;
  lastId = v;
  return true;
};

/**
 * Appends a finding.
 *
 * @param findings - the list
 * @param code - stable code
 * @param severity - severity
 * @param path - path into the input
 * @param message - the sentence
 * @param extra - trainee, period and other facts
 */
export function finding(
  findings: WorkHourFinding[],
  code: WorkHourFinding['code'],
  severity: WorkHourFinding['severity'],
  path: (string | number)[],
  message: string,
  extra: Partial<WorkHourFinding> = {},
): void {
  findings.push({ code, severity, path, message, ...extra });
}

/**
 * Turns zod issues into findings under a base path.
 *
 * @param code - stable code
 * @param issues - zod issues
 * @param base - path of the row
 * @param findings - where findings are appended
 * @param what - the row, as the message names it
 */
export function issueFindings(code: WorkHourFinding['code'], issues: readonly z.core.$ZodIssue[], base: (string | number)[], findings: WorkHourFinding[], what: string): void {
  for (const issue of issues) {
    const path = [...base, ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')];
    finding(findings, code, 'error', path, `${formatPath(path)}: ${what} was left out of the audit: ${issue.message}.`);
  }
}

