/**
 * The class summary: one row per trainee, as Markdown and as CSV (RFC 4180).
 *
 * @module
 */
import type { CohortPlan, TraineePlan } from './plan';

/** Column headings, in order. */
export const COLUMNS = [
  'trainee',
  'name',
  'start',
  'on_cycle',
  'planned_completion',
  'expected_completion',
  'leave_workdays',
  'extension_workdays',
  'dated_blocks',
  'undated_blocks',
  'requirements_met',
  'requirements_uncertain',
  'requirements_unmet',
  'requirements_not_evaluable',
  'calendar',
] as const;

/**
 * One row of the summary.
 *
 * @param plan - a trainee's plan
 * @returns the cells, in {@link COLUMNS} order
 */
export function summaryRow(plan: TraineePlan): string[] {
  const blocks = plan.layout.years.flatMap((y) => y.slots.filter((s) => s.kind === 'block'));
  const undated = plan.layout.years.reduce((n, y) => n + y.unplaced.length, 0);
  const by = plan.report?.summary.byStatus ?? {};
  return [
    plan.trainee.id,
    plan.trainee.name,
    plan.startDate,
    plan.timeline.onCycle ? 'yes' : 'no',
    plan.timeline.plannedCompletion,
    plan.timeline.expectedCompletion,
    String(plan.timeline.leave.workdays),
    String(plan.timeline.extension?.workdays ?? 0),
    String(blocks.length),
    String(undated),
    String(by.met ?? 0),
    String(by.uncertain ?? 0),
    String(by.unmet ?? 0),
    String(by['not-evaluable'] ?? 0),
    `${plan.trainee.id}.ics`,
  ];
}

const csvCell = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const mdCell = (cell: string) => cell.replaceAll('|', '\\|');

/**
 * The summary as CSV.
 *
 * @param cohort - the class's plans
 * @returns CSV text with CRLF line ends
 */
export function summaryCSV(cohort: CohortPlan): string {
  return [[...COLUMNS], ...cohort.trainees.map(summaryRow)].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The summary as a Markdown document, with the undated blocks listed.
 *
 * @param cohort - the class's plans
 * @returns Markdown text
 */
export function summaryMarkdown(cohort: CohortPlan): string {
  const lines = [
    `# ${cohort.program.name}: incoming class`,
    '',
    `| ${COLUMNS.join(' | ')} |`,
    `|${COLUMNS.map(() => '---').join('|')}|`,
    ...cohort.trainees.map((t) => `| ${summaryRow(t).map(mdCell).join(' | ')} |`),
    '',
  ];
  const first = cohort.trainees[0];
  if (first) {
    const name = (id: string) => cohort.program.rotations.find((r) => r.id === id)?.name ?? id;
    const undated = first.layout.years.flatMap((y) => y.unplaced.map((u) => `- Year ${y.year}: ${name(u.rotationId)} (${u.reason.replaceAll('-', ' ')})`));
    if (undated.length > 0) {
      lines.push('## Blocks without dates', '', 'The program states these without a position in the year, so no calendar has them:', '', ...undated, '');
    }
    const notes = (first.report?.results ?? []).filter((r) => r.status !== 'met').map((r) => `- ${r.title}: ${r.status} — ${r.message}`);
    if (notes.length > 0) lines.push('## Requirements the plan does not settle', '', ...notes, '');
  }
  return lines.join('\n');
}
