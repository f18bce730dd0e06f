import type { Program } from '@gmekit/model';
import type { ShownInference } from '../catalog/derived';

/**
 * An inference as a line: where, the field and its value, then the reasoning.
 *
 * @param i - the inference
 * @returns the line
 */
export function inferenceLine(i: ShownInference): string {
  const field = i.field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return `${i.where !== null ? `${i.where}: ` : ''}${field} = ${i.valueText} [${i.ref}]\n      because ${i.reasoning}`;
}

/**
 * A program fact (highlight, history, outcome, link) as a line.
 *
 * @param fact - the fact
 * @returns the line
 */
export function factLine(fact: NonNullable<Program['facts']>[number]): string {
  return `${fact.kind.padEnd(9)} ${fact.text}${fact.url !== undefined ? ` <${fact.url}>` : ''}`;
}
