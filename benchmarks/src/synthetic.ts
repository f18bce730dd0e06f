// A synthetic institution for the model benchmark: the three seed programs
// cloned under new ids to 25 programs, and 1,000 trainees with one academic
// year of assignments, work periods and procedure logs. Deterministic (a
// seeded generator) so every run measures the same document.
import type { Catalog, Program, TraineeRecord } from '@gmekit/model';
import { catalog } from '@gmekit/programs';
import { rng } from './rng';

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO date `days` after 2026-07-01 (UTC arithmetic on a date, no host zone). */
function dayAfterStart(days: number): string {
  const ms = Date.UTC(2026, 6, 1) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

export interface SyntheticInstitution {
  readonly catalog: Catalog;
  readonly records: TraineeRecord[];
}

export function syntheticInstitution(options: { programs?: number; trainees?: number; seed?: number } = {}): SyntheticInstitution {
  const programCount = options.programs ?? 25;
  const traineeCount = options.trainees ?? 1000;
  const random = rng(options.seed ?? 42);
  const programs: Program[] = [];
  for (let i = 0; i < programCount; i++) {
    const template = catalog.programs[i % catalog.programs.length];
    if (!template) throw new Error('the embedded catalog has no programs');
    const copy = JSON.parse(JSON.stringify(template).replaceAll(`"${template.id}"`, `"${template.id}-${i}"`)) as Program;
    programs.push(copy);
  }
  const records: TraineeRecord[] = [];
  for (let t = 0; t < traineeCount; t++) {
    const program = programs[t % programs.length];
    if (!program) continue;
    const traineeId = `t${t}` as TraineeRecord['trainee']['id'];
    const rotations = program.rotations;
    const record: TraineeRecord = {
      trainee: { id: traineeId, name: `Trainee ${t}`, programId: program.id, startDate: '2026-07-01', pgyAtStart: 1 + (t % 5) },
      assignments: [],
      leave: [],
      workPeriods: [],
      procedures: [],
      scholarly: [],
      activities: [],
      attendance: [],
    };
    for (let m = 0; m < 12; m++) {
      const rotation = rotations[(t + m) % Math.max(1, rotations.length)];
      if (!rotation) continue;
      const year = m < 6 ? 2026 : 2027;
      const month = ((m + 6) % 12) + 1;
      const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
      record.assignments.push({ id: `a${t}-${m}` as never, traineeId, rotationId: rotation.id, start: `${year}-${pad(month)}-01`, end: last });
    }
    // About six shifts a week: 300 periods over the year.
    for (let d = 0, n = 0; d < 364 && n < 300; d++) {
      if (d % 7 === 6) continue;
      const date = dayAfterStart(d);
      const startHour = 6 + Math.floor(random() * 3);
      const hours = 10 + Math.floor(random() * 3);
      const endHour = startHour + hours;
      record.workPeriods.push({
        traineeId,
        start: `${date}T${pad(startHour)}:00:00-07:00`,
        end: `${date}T${pad(endHour)}:00:00-07:00`,
        kind: 'clinical',
      });
      n++;
      if (random() < 0.15) {
        record.procedures.push({ id: `p${t}-${d}` as never, traineeId, date, category: random() < 0.5 ? 'aortic-repair' : 'lower-extremity-revascularization', role: 'primary', count: 1 });
      }
    }
    records.push(record);
  }
  return { catalog: { ...catalog, programs }, records };
}
