/**
 * The component tree of an iCalendar file: BEGIN/END nesting with the
 * recovery rules that let the rest of a damaged file still be read
 * (an END that closes an outer component closes the inner ones too, an END
 * without BEGIN is ignored, a truncated file closes what is open).
 *
 * @module
 */
import { parseContentLine, unfoldLines, type ContentLine } from './content-line';
import type { FindingSink } from './findings';

/** A component as read, with line numbers. */
export interface RawComponent {
  /** Component name, upper-cased (`VCALENDAR`, `VEVENT`, …). */
  readonly name: string;
  /** Line of its BEGIN. */
  readonly line: number;
  /** Its properties in file order. */
  readonly properties: ContentLine[];
  /** Its sub-components in file order. */
  readonly components: RawComponent[];
}

/** Deepest nesting kept; deeper components are reported and skipped. */
export const MAX_DEPTH = 16;

/**
 * Reads the component tree of a file.
 *
 * @param text - the whole file
 * @param sink - where problems are reported
 * @returns the top-level components (normally one VCALENDAR)
 */
export function readComponents(text: string, sink: FindingSink): RawComponent[] {
  const roots: RawComponent[] = [];
  const stack: RawComponent[] = [];
  let skippedDepth = 0;
  for (const unfolded of unfoldLines(text)) {
    const parsed = parseContentLine(unfolded);
    if (!('name' in parsed)) {
      sink.add('error', 'ics/malformed-line', parsed.line, parsed.message.replace(/^line \d+: /, ''));
      continue;
    }
    if (parsed.name === 'BEGIN' || parsed.name === 'END') {
      const name = parsed.value.trim().toUpperCase();
      if (!/^[A-Z0-9-]{1,64}$/.test(name)) {
        sink.add('error', 'ics/malformed-line', parsed.line, `${parsed.name} needs a component name, found ${JSON.stringify(parsed.value.slice(0, 20))}`);
        continue;
      }
      if (parsed.name === 'BEGIN') {
        if (skippedDepth > 0 || stack.length >= MAX_DEPTH) {
          if (skippedDepth === 0) sink.add('error', 'ics/too-deep', parsed.line, `components nested deeper than ${MAX_DEPTH} are skipped`);
          skippedDepth++;
          continue;
        }
        const component: RawComponent = { name, line: parsed.line, properties: [], components: [] };
        const parent = stack[stack.length - 1];
        if (parent) parent.components.push(component);
        else roots.push(component);
        stack.push(component);
        continue;
      }
      if (skippedDepth > 0) {
        skippedDepth--;
        continue;
      }
      let depth = stack.length - 1;
      while (depth >= 0 && stack[depth]?.name !== name) depth--;
      if (depth < 0) {
        sink.add('error', 'ics/unbalanced-end', parsed.line, `END:${name} has no matching BEGIN:${name}; ignored`);
        continue;
      }
      while (stack.length - 1 > depth) {
        const open = stack.pop();
        if (open) sink.add('error', 'ics/unclosed-component', open.line, `BEGIN:${open.name} is not closed before END:${name} on line ${parsed.line}`);
      }
      stack.pop();
      continue;
    }
    if (skippedDepth > 0) continue;
    const current = stack[stack.length - 1];
    if (current) current.properties.push(parsed);
    else sink.add('warning', 'ics/outside-component', parsed.line, `property ${parsed.name} outside any component is ignored`);
  }
  for (let i = stack.length - 1; i >= 0; i--) {
    const open = stack[i];
    if (open) sink.add('error', 'ics/truncated', open.line, `BEGIN:${open.name} is never closed (file truncated?); read what is there`);
  }
  return roots;
}
