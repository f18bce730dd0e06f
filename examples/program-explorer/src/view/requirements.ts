/**
 * Requirement status of the program's curriculum plan, as `evaluate` reports
 * it: one row per requirement with its status, what is required and what the
 * plan gives.
 *
 * @module
 */
import type { EvaluationReport, Range } from '@gmekit/requirements';
import { h } from './dom';

function rangeText(range: Range, unit: string): string {
  const { min, max } = range;
  if (min === null && max === null) return '—';
  if (min !== null && max !== null) return min === max ? `${min} ${unit}` : `${min}–${max} ${unit}`;
  return min !== null ? `≥ ${min} ${unit}` : `≤ ${String(max)} ${unit}`;
}

/**
 * Renders the plan report.
 *
 * @param report - `evaluate(program.requirementSet, { program })`
 * @returns the section
 */
export function requirementsSection(report: EvaluationReport): HTMLElement {
  const counts = Object.entries(report.summary.byStatus)
    .map(([status, n]) => `${String(n)} ${status}`)
    .join(', ');
  return h(
    'section',
    { id: 'requirements' },
    h('h2', {}, 'Requirement status of the plan'),
    h('p', { class: 'summary', 'data-testid': 'requirement-summary' }, `${report.summary.total} requirements: ${counts}`),
    h(
      'div',
      { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Requirement status table' },
      h(
      'table',
      { class: 'requirements', 'data-testid': 'requirements' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Status'), h('th', {}, 'Requirement'), h('th', {}, 'Required'), h('th', {}, 'Plan gives'), h('th', {}, 'Why'))),
      h(
        'tbody',
        {},
        ...report.results.map((r) =>
          h(
            'tr',
            { 'data-requirement': r.requirementId, 'data-status': r.status },
            h('td', {}, h('span', { class: `badge ${r.status}` }, r.status)),
            h('td', {}, r.title),
            h('td', {}, rangeText(r.required, r.unit)),
            h('td', {}, rangeText(r.measured, r.unit)),
            h('td', {}, r.message),
          ),
        ),
      ),
    ),
    ),
  );
}
