import { type Finding, formatPath } from '@gmekit/model';

// Kept apart so commands that only lay out columns do not load the model.
export { table } from './table';

/**
 * One finding as a line: severity, path, message (the code is left to `--json`).
 *
 * @param f - the finding
 * @returns the line
 */
export function findingLine(f: Finding): string {
  const path = formatPath(f.path);
  const where = f.path.length > 0 && !f.message.startsWith(path) ? `${path}: ` : '';
  const ref = f.ref !== undefined && f.ref !== path && !f.message.includes(f.ref) ? ` [${f.ref}]` : '';
  // The code is for programs (it is in the JSON); a person reads the severity and the message.
  return `${f.severity.padEnd(7)} ${where}${f.message}${ref}`;
}

/**
 * Counts findings by severity, e.g. `2 errors, 1 warning, 0 info`.
 *
 * @param findings - the findings
 * @returns the summary
 */
export function findingSummary(findings: readonly Finding[]): string {
  const count = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  return `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${count('info')} info`;
}
