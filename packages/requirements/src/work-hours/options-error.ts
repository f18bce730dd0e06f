import { type GmekitErrorFields, gmekitErrorFinding, markGmekitError, type Finding } from '@gmekit/model';

/**
 * An `auditWorkHours` option that cannot be used (a weekly limit above the
 * 88 hours CPR 6.24 allows, an unknown averaging mode), or a `zone` given to
 * `readWorkPeriodsCsv` that is not an IANA time-zone name. A gmekit error
 * (`instanceof GmekitError` holds) that stays a `RangeError`, as the audit has
 * always thrown, so existing `catch` clauses keep working.
 */
export class WorkHourOptionsError extends RangeError implements GmekitErrorFields {
  /** Always `work-hours/invalid-option`. */
  readonly code = 'work-hours/invalid-option';
  /** Path of the option, e.g. `['options', 'limits', 'weeklyHours']`. */
  readonly path: readonly (string | number)[];

  /**
   * @param path - path of the option
   * @param message - what was wrong and what was expected
   */
  constructor(path: readonly (string | number)[], message: string) {
    super(message);
    this.name = 'WorkHourOptionsError';
    this.path = path;
    markGmekitError(this);
  }

  /**
   * @returns the same problem as a `Finding`
   */
  toFinding(): Finding {
    return gmekitErrorFinding(this);
  }
}
