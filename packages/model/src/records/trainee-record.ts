import type { z } from 'zod';
import { type TraineeRecord, TraineeRecordSchema } from './records';

/**
 * Builds a {@link TraineeRecord} from plain data: ids may be plain strings
 * (they are checked and branded), and lists the trainee has nothing in
 * (leave, work periods, procedures, …) may be left out. Use it for records
 * written in code; parse untrusted input with `parseWith(TraineeRecordSchema, …)`
 * to get findings instead of an exception.
 *
 * @param input - the trainee and any of their records
 * @returns the validated record, with empty lists for what was left out
 * @throws ZodError when the input does not match {@link TraineeRecordSchema}
 * @example
 * const record = traineeRecord({
 *   trainee: { id: 'lee', name: 'Dr. Lee', programId: 'kp-lamc-interventional-radiology', startDate: '2026-07-01', pgyAtStart: 1 },
 *   procedures: [{ id: 'p1', traineeId: 'lee', date: '2027-01-15', category: 'aortic-repair', role: 'assistant' }],
 * });
 */
export function traineeRecord(input: z.input<typeof TraineeRecordSchema>): TraineeRecord {
  return TraineeRecordSchema.parse(input);
}
