import { formatIsoDate } from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';
import type { TraineeAuditInput } from './audit-input';
import { evidence } from './evidence';
import { WORK_HOUR_CODES, type WorkHourFinding } from './types';

/**
 * Data-quality finding builders of the per-trainee audit, beside the rule
 * findings of messages.ts: what was wrong with the log and how the audit read
 * it anyway.
 */

/**
 * Periods of one layer overlap: the doubly logged time is counted once.
 *
 * @param input - the trainee's data
 * @param from - start of the doubly logged stretch, epoch ms
 * @param to - its end, epoch ms
 * @param rows - the rows involved (the first one carries the finding's path)
 */
export function overlapFinding(input: TraineeAuditInput, from: number, to: number, rows: number[]): WorkHourFinding {
  const text = (ms: number): string => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(input.days.zone).toString();
  const first = rows[0] ?? 0;
  const indexes = [...new Set(rows)].sort((a, b) => a - b);
  return {
    code: WORK_HOUR_CODES.overlap,
    severity: 'error',
    path: ['periods', first],
    message: `periods[${first}] (trainee ${input.traineeId}) overlaps ${indexes.filter((r) => r !== first).map((r) => `periods[${r}]`).join(', ')} from ${text(from)} to ${text(to)}; the overlapping time was counted once and read in its most restrictive way.`,
    traineeId: input.traineeId,
    period: { start: text(from), end: text(to) },
    ...evidence(input.table, indexes),
  };
}

/**
 * Work logged on a leave day: counted, but the day stays out of the averages.
 *
 * @param traineeId - the trainee
 * @param row - the period that put work on the day
 * @param day - the epoch day
 */
export function workOnLeaveFinding(traineeId: string, row: number, day: number): WorkHourFinding {
  return {
    code: WORK_HOUR_CODES.workOnLeave,
    severity: 'warning',
    path: ['periods', row],
    message: `Trainee ${traineeId} logged work on ${formatIsoDate(day)}, a leave day; the hours were counted, but the day was left out of the averages.`,
    traineeId,
  };
}
