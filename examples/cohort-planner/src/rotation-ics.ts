/**
 * One trainee's rotation calendar: all-day events (`VALUE=DATE`, exclusive
 * DTEND) for each training year, each dated block, each block whose dates a
 * stated range moves (from its earliest start to its latest end, said so in
 * the title), each leave, and the extension when there is one. Blocks the
 * brochure gives no position have no dates and are not in the calendar; the
 * summary lists them.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import type { Program } from '@gmekit/model';
import { toICS, type IcsEvent } from '@gmekit/calendar';
import type { TraineePlan } from './plan';

function allDay(uid: string, summary: string, first: string, last: string, dtstamp: string, description?: string): IcsEvent {
  return {
    uid,
    dtstamp,
    summary,
    ...(description === undefined ? {} : { description }),
    series: {
      start: { type: 'date', date: first },
      end: { type: 'date', date: Temporal.PlainDate.from(last).add({ days: 1 }).toString() },
    },
  };
}

/**
 * Writes one trainee's rotation calendar.
 *
 * @param plan - the trainee's plan
 * @param program - the program
 * @param dtstamp - when the plan was made (ISO instant, UTC), so output is reproducible
 * @returns the `.ics` text
 */
export function rotationICS(plan: TraineePlan, program: Program, dtstamp: string): string {
  const id = plan.trainee.id;
  const name = (rotationId: string) => program.rotations.find((r) => r.id === rotationId)?.name ?? rotationId;
  const events: IcsEvent[] = [];
  for (const year of plan.timeline.years) {
    events.push(allDay(`${id}-pgy${year.pgy}@gmekit.cohort`, `PGY${year.pgy} (${year.academicYear})`, year.start, year.end, dtstamp));
  }
  for (const year of plan.layout.years) {
    for (const slot of year.slots) {
      if (slot.kind !== 'block') continue;
      const uid = `${id}-y${year.year}-b${slot.blockIndex}@gmekit.cohort`;
      if (slot.status === 'dated') {
        events.push(allDay(uid, name(slot.rotationId), slot.start, slot.end, dtstamp));
      } else {
        // A range comes from a duration stated as a range, or from a group of
        // blocks whose order the program leaves open; say which.
        const why = slot.orderOpen ? 'the program does not state the order of the blocks it shares its dates with' : 'the program states a range';
        events.push(
          allDay(uid, `${name(slot.rotationId)} (dates vary)`, slot.minStart, slot.maxEnd, dtstamp, `Starts between ${slot.minStart} and ${slot.maxStart}; ends between ${slot.minEnd} and ${slot.maxEnd}, because ${why}.`),
        );
      }
    }
  }
  plan.trainee.leave.forEach((l, i) => {
    events.push(allDay(`${id}-leave-${i + 1}@gmekit.cohort`, `Leave (${l.kind})`, l.start, l.end, dtstamp));
  });
  const ext = plan.timeline.extension;
  if (ext) {
    events.push(allDay(`${id}-extension@gmekit.cohort`, 'Training extension (leave beyond the allowance)', ext.start, ext.end, dtstamp, `${ext.workdays} workdays`));
  }
  return toICS({ name: `${plan.trainee.name}: ${program.name} rotations`, events });
}
