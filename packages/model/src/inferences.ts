import { type PathSegment, formatPath } from './finding';

/**
 * One value a source implies but does not say, found in an entity: an open
 * value with `status: 'inferred'`, or a plain field listed in the entity's
 * `inferred` map.
 */
export interface Inference {
  /** Path to the inferred value from the entity walked. */
  readonly path: PathSegment[];
  /** The path as text (`conferences[0].timeZone`). */
  readonly ref: string;
  /** Name of the nearest enclosing item (a conference's title, a site's name). */
  readonly where: string | undefined;
  /** The field that holds the value. */
  readonly field: string;
  /** The inferred value. */
  readonly value: unknown;
  /** How the value follows from what the source says. */
  readonly reasoning: string;
}

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

function fieldOf(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return 'value';
}

function walk(node: unknown, path: PathSegment[], where: string | undefined, out: Inference[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => { walk(child, [...path, i], where, out); });
    return;
  }
  if (!isRecord(node) || path.at(-1) === 'sources') return;
  if (node.status === 'inferred' && typeof node.reasoning === 'string') {
    out.push({ path, ref: formatPath(path), where, field: fieldOf(path), value: node.value, reasoning: node.reasoning });
    return;
  }
  const here = labelOf(node) ?? where;
  const map = node.inferred;
  if (isRecord(map)) {
    for (const [field, reasoning] of Object.entries(map)) {
      if (typeof reasoning !== 'string') continue;
      const at = [...path, field];
      out.push({ path: at, ref: formatPath(at), where: here, field, value: node[field], reasoning });
    }
  }
  for (const [k, v] of Object.entries(node)) {
    if (k !== 'inferred') walk(v, [...path, k], here, out);
  }
}

/**
 * Every value in an entity (a program, a site, a whole catalog) that its
 * source implies but does not say, with the reasoning, in document order.
 * These are the values a reader must not quote as stated.
 *
 * @param entity - a program, site, catalog or any part of one
 * @param label - name of the entity itself, used when no nearer name exists
 * @returns one inference per inferred value
 * @example
 * for (const i of inferencesIn(program, program.name)) console.log(i.ref, i.reasoning);
 */
export function inferencesIn(entity: unknown, label?: string): Inference[] {
  const out: Inference[] = [];
  walk(entity, [], label, out);
  return out;
}

/**
 * An inferred value in words: strings as written, exact durations as
 * `72 months`, PGY ranges as `PGY1–PGY6`, unit conversions as `160 hours a
 * month`, other values as compact JSON.
 *
 * @param value - the value
 * @returns the text
 * @example
 * inferredValueText('America/Los_Angeles'); // 'America/Los_Angeles'
 */
export function inferredValueText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (isRecord(value)) {
    // The shapes the catalog infers most: a duration, a PGY range, a conversion.
    const amount = value.amount;
    if (isRecord(amount) && amount.kind === 'exact' && typeof amount.value === 'number' && typeof value.unit === 'string') return `${amount.value} ${value.unit}`;
    if (typeof value.from === 'number' && typeof value.to === 'number') return `PGY${value.from}–PGY${value.to}`;
    if (typeof value.hoursPerMonth === 'number') return `${value.hoursPerMonth} hours a month`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
