/**
 * Day numbers (days since 1970-01-01) for `YYYY-MM-DD` dates, so spans,
 * leave and PGY anniversaries are integer arithmetic with no time zone. The
 * arithmetic is the model's one calendar module; these are the scheduler's
 * short names for it.
 *
 * @module
 */
import type { DaySpan } from '@gmekit/model';

export {
  addMonths,
  daysOfIsoDate as day,
  formatIsoDate as iso,
  mergeSpans,
  subtractSpans as without,
} from '@gmekit/model';

/** An inclusive span of day numbers. */
export type Span = DaySpan;
