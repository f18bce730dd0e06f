import { Temporal } from 'temporal-polyfill';
import type { IcsCalendar, IcsEvent } from '@gmekit/calendar';
import type { BlockSchedule } from './types';

// A run of consecutive blocks on one rotation (or vacation), becoming one event.
interface Run {
  key: string;
  summary: string;
  first: number;
  start: string;
  end: string;
}

/** Options of {@link traineeCalendars}. */
export interface TraineeCalendarOptions {
  /** The program's rotations, so events carry rotation names instead of ids (default: ids). */
  readonly rotations?: readonly {
    /** Rotation id, as in the schedule. */
    readonly id: string;
    /** Name shown as the event's summary. */
    readonly name: string;
  }[];
  /** DTSTAMP of every event, an ISO instant in UTC (`2026-07-01T00:00:00Z`); required by RFC 5545. */
  readonly dtstamp: string;
  /** Domain part of the event UIDs (default `gmekit`). */
  readonly uidDomain?: string;
}

/** One trainee's schedule as a calendar. */
export interface TraineeCalendar {
  /** Trainee id. */
  readonly traineeId: string;
  /** All-day events, one per run of consecutive blocks on the same rotation or on vacation. */
  readonly calendar: IcsCalendar;
}

/**
 * One calendar per trainee of a schedule, ready for `toICS` of
 * `@gmekit/calendar`: an all-day event for each run of consecutive blocks on
 * the same rotation (or on vacation), from the run's first day to its last
 * (DTEND is the day after, as RFC 5545 §3.6.1 has it for dates). Blocks on
 * leave or outside training get no event. UIDs are made of the schedule's id,
 * the trainee and the run's first block, so a re-solve that keeps a run keeps
 * its UID.
 *
 * @param schedule - a schedule from `scheduleBlocks`
 * @param options - rotation names, DTSTAMP, UID domain
 * @returns the calendars, in the schedule's trainee order
 * @example
 * import { toICS } from '@gmekit/calendar';
 * for (const { traineeId, calendar } of traineeCalendars(schedule, { dtstamp: '2026-07-01T00:00:00Z' })) {
 *   console.log(traineeId, toICS(calendar).length);
 * }
 */
export function traineeCalendars(schedule: BlockSchedule, options: TraineeCalendarOptions): TraineeCalendar[] {
  const names = new Map((options.rotations ?? []).map((r) => [r.id, r.name]));
  const dates = new Map(schedule.blocks.map((b) => [b.number, b]));
  const domain = options.uidDomain ?? 'gmekit';
  return schedule.trainees.map((t) => {
    const events: IcsEvent[] = [];
    let run = null as Run | null;
    const close = (): void => {
      if (run === null) return;
      const after = Temporal.PlainDate.from(run.end).add({ days: 1 }).toString();
      events.push({
        uid: `${schedule.problemId}-${t.traineeId}-b${run.first}@${domain}`,
        dtstamp: options.dtstamp,
        summary: run.summary,
        categories: [run.key === 'vacation' ? 'vacation' : 'rotation'],
        series: { start: { type: 'date', date: run.start }, end: { type: 'date', date: after } },
      });
      run = null;
    };
    for (const b of t.blocks) {
      const when = dates.get(b.block);
      const key = b.kind === 'rotation' ? `rotation:${b.rotationId ?? ''}` : b.kind === 'vacation' ? 'vacation' : null;
      if (key === null || when === undefined) {
        close();
        continue;
      }
      if (run !== null && run.key === key) {
        run.end = when.end;
        continue;
      }
      close();
      const summary = b.kind === 'vacation' ? 'Vacation' : (names.get(b.rotationId ?? '') ?? b.rotationId ?? '');
      run = { key, summary, first: b.block, start: when.start, end: when.end };
    }
    close();
    return { traineeId: t.traineeId, calendar: { name: `${t.traineeId}: block schedule ${schedule.problemId}`, events } };
  });
}
