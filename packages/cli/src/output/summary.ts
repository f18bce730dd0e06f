import type { Finding } from '@gmekit/model';
import { findingLine } from './text';

/**
 * Finding lines for a person: at most `perKind` of each kind of problem, in
 * the order they were found, each kind followed by how many more there are.
 * Thousands of identical lines say no more than ten and a count.
 *
 * @param findings - the findings
 * @param perKind - lines shown per finding code
 * @returns the lines
 */
export function summariseFindings(findings: readonly Finding[], perKind = 10): string[] {
  const byCode = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = byCode.get(f.code);
    if (list) list.push(f);
    else byCode.set(f.code, [f]);
  }
  const lines: string[] = [];
  for (const list of byCode.values()) {
    lines.push(...list.slice(0, perKind).map(findingLine));
    const more = list.length - perKind;
    if (more > 0) lines.push(`        … and ${more.toLocaleString('en-US')} more like ${perKind === 1 ? 'this' : 'these'}`);
  }
  return lines;
}
