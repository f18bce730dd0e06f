import type { Finding, TraineeRecord } from '@gmekit/model';

const LISTS = ['assignments', 'leave', 'workPeriods', 'procedures', 'scholarly', 'activities', 'attendance'] as const;

/**
 * Keeps only the entries of a record that belong to its trainee. An entry
 * with another `traineeId` is a data error (a merged export, a wrong file):
 * it is reported as a warning at its path and left out, never counted.
 *
 * @param record - a parsed trainee record
 * @param findings - where to report foreign entries
 * @returns the record itself when every entry is the trainee's, else a filtered copy
 */
export function ownEntries(record: TraineeRecord, findings: Finding[]): TraineeRecord {
  const id = record.trainee.id;
  let foreign = false;
  for (const list of LISTS) {
    const entries: readonly { traineeId: string }[] = record[list];
    for (let index = 0; index < entries.length; index++) {
      const entry = entries[index];
      if (entry === undefined || entry.traineeId === id) continue;
      foreign = true;
      findings.push({
        code: 'requirement/foreign-entry',
        severity: 'warning',
        path: ['subject', 'record', list, index, 'traineeId'],
        message: `subject.record.${list}[${index}].traineeId: belongs to ${entry.traineeId}, not ${id}; left out.`,
      });
    }
  }
  if (!foreign) return record;
  return {
    ...record,
    assignments: record.assignments.filter((e) => e.traineeId === id),
    leave: record.leave.filter((e) => e.traineeId === id),
    workPeriods: record.workPeriods.filter((e) => e.traineeId === id),
    procedures: record.procedures.filter((e) => e.traineeId === id),
    scholarly: record.scholarly.filter((e) => e.traineeId === id),
    activities: record.activities.filter((e) => e.traineeId === id),
    attendance: record.attendance.filter((e) => e.traineeId === id),
  };
}
