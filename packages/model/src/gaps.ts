import { type Finding, type PathSegment, formatPath } from './finding';
import { inferencesIn, inferredValueText } from './inferences';
import type { Program } from './program/program';
import { durationMonths } from './quantity';
import { yearBlockMonths } from './curriculum-months';

// Tolerance for month sums built from converted hours.
const EPSILON = 1e-9;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function labelOf(node: Record<string, unknown>): string | undefined {
  for (const key of ['title', 'name', 'label']) {
    const v = node[key];
    if (typeof v === 'string') return v;
  }
  return undefined;
}

function describe(labels: readonly string[], key: PathSegment | undefined): string {
  const where = labels.at(-1);
  const field = typeof key === 'string' ? key.replace(/([A-Z])/g, ' $1').toLowerCase() : 'value';
  return where ? `${where}: ${field}` : field;
}

function walk(node: unknown, path: PathSegment[], labels: string[], out: Finding[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => { walk(child, [...path, i], labels, out); });
    return;
  }
  if (!isRecord(node)) return;
  const key = path.at(-1);
  if (key === 'sources') return;
  const status = node.status;
  // Inferred values are listed apart (see `inferred` below), never as stated.
  if (status === 'inferred') return;
  if (status === 'unstated' || status === 'ambiguous') {
    const what = describe(labels, key);
    const note = typeof node.note === 'string' ? ` (${node.note})` : '';
    if (status === 'unstated') {
      out.push({ code: 'gap/unstated', severity: 'info', path, message: `${what} is not stated${note}` });
    } else {
      const readings = Array.isArray(node.candidates)
        ? node.candidates.map((c) => (isRecord(c) && typeof c.reading === 'string' ? c.reading : '?')).join(' or ')
        : '';
      out.push({ code: 'gap/ambiguous', severity: 'info', path, message: `${what} is ambiguous${note}: ${readings}` });
    }
    return;
  }
  if (node.kind === 'unstated' && !('status' in node)) {
    const note = typeof node.note === 'string' ? ` (${node.note})` : '';
    out.push({ code: 'gap/unstated', severity: 'info', path, message: `${describe(labels, key)} is not stated${note}` });
    return;
  }
  const label = labelOf(node);
  const nextLabels = label ? [...labels, label] : labels;
  for (const [k, v] of Object.entries(node)) walk(v, [...path, k], nextLabels, out);
}

function unaccountedTime(program: Program, out: Finding[]): void {
  program.curriculum.years.forEach((year, y) => {
    const length = durationMonths(year.length, program.conversions);
    if (!length) return;
    const used = yearBlockMonths(year, program);
    if (used.hasRemainder || used.max === Number.POSITIVE_INFINITY) return;
    const missingMin = length.min - used.max;
    const missingMax = length.max - used.min;
    if (missingMax <= EPSILON) return;
    const name = year.pgy !== undefined ? `PGY${year.pgy}` : `year ${year.year}`;
    const amount = Math.abs(missingMax - missingMin) < EPSILON ? round(missingMax) : `${round(Math.max(0, missingMin))}–${round(missingMax)}`;
    out.push({
      code: 'gap/unaccounted-time',
      severity: 'info',
      path: ['curriculum', 'years', y, 'blocks'],
      message: `${name}: ${amount} of ${round(length.max)} months are not accounted for by the stated blocks`,
    });
  });
}

function inferred(program: Program, out: Finding[]): void {
  for (const i of inferencesIn(program, program.name)) {
    const field = i.field.replace(/([A-Z])/g, ' $1').toLowerCase();
    out.push({
      code: 'gap/inferred',
      severity: 'info',
      path: i.path,
      message: `${i.where !== undefined ? `${i.where}: ` : ''}${field} ${inferredValueText(i.value)} is inferred, not stated: ${i.reasoning}`,
    });
  }
}

function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function unnamedMembers(program: Program, out: Finding[]): void {
  program.equipment.forEach((fleet, i) => {
    if (fleet.count.kind !== 'exact') return;
    const members = program.equipment.filter((e) => e.partOf === fleet.id);
    if (members.length === 0) return;
    const named = members.reduce((n, e) => n + (e.count.kind === 'exact' ? e.count.value : 0), 0);
    if (named < fleet.count.value) {
      out.push({
        code: 'gap/unspecified-members',
        severity: 'info',
        path: ['equipment', i],
        message: `${fleet.name}: ${fleet.count.value - named} of ${fleet.count.value} are not identified by vendor and model`,
      });
    }
  });
}

/**
 * Lists what a program's source leaves open: unstated values (a conference's
 * time, a site's city), ambiguous readings ("bimonthly"), curriculum time no
 * stated block accounts for (the twelfth internship month), fleet members
 * of unstated model, and last, as `gap/inferred`, every value the source
 * implies without saying it, with the reasoning. Each gap is an `info`
 * finding with a path into the program; filter on `code` to list inferences
 * apart from what is open.
 *
 * @param program - the program to inspect
 * @returns one finding per gap, in document order
 * @example
 * for (const gap of programGaps(program)) console.log(formatPath(gap.path), gap.message);
 */
export function programGaps(program: Program): Finding[] {
  const out: Finding[] = [];
  walk(program, [], [program.name], out);
  unaccountedTime(program, out);
  unnamedMembers(program, out);
  inferred(program, out);
  return out.map((f) => ({ ...f, ref: formatPath(f.path) }));
}
