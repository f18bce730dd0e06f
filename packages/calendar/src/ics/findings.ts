/**
 * Findings of the iCalendar reader. Every finding carries the 1-based line
 * number it is about (also in `ref` as `line N`) so a person can open the
 * file at the right place.
 *
 * @module
 */
import type { Finding } from '@gmekit/model';

/** A reader finding: a `Finding` of `@gmekit/model` plus the line it is about. */
export interface IcsFinding extends Finding {
  /** 1-based line number in the input (0 for the file as a whole). */
  readonly line: number;
}

/** Most findings one parse reports; a garbage file must not produce millions. */
export const MAX_FINDINGS = 500;

/** Collects findings up to {@link MAX_FINDINGS}, then one "too many" finding. */
export class FindingSink {
  /** The findings so far. */
  readonly list: IcsFinding[] = [];
  private dropped = 0;

  /**
   * Adds a finding.
   *
   * @param severity - how serious
   * @param code - stable code under `ics/`
   * @param line - 1-based line (0 for the whole file)
   * @param message - what is wrong, without the line prefix
   */
  add(severity: IcsFinding['severity'], code: string, line: number, message: string): void {
    if (this.list.length >= MAX_FINDINGS) {
      this.dropped++;
      return;
    }
    const where = line > 0 ? `line ${line}: ` : '';
    const finding: IcsFinding = { code, severity, path: [], message: where + message, line };
    this.list.push(line > 0 ? { ...finding, ref: `line ${line}` } : finding);
  }

  /**
   * Returns the findings sorted by line, with a closing note when some were dropped.
   *
   * @returns the findings
   */
  finish(): IcsFinding[] {
    // Stable sort: findings read in file order, whichever layer found them.
    this.list.sort((a, b) => a.line - b.line);
    if (this.dropped > 0) {
      this.list.push({
        code: 'ics/too-many-findings',
        severity: 'warning',
        path: [],
        message: `${this.dropped} more findings were not reported`,
        line: 0,
      });
      this.dropped = 0;
    }
    return this.list;
  }
}
