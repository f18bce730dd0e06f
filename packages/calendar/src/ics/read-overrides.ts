/**
 * RECURRENCE-ID overrides: attached to their master series once, with what
 * the override VEVENT says beyond new times kept as instance details.
 *
 * @module
 */
import { likeStart } from './convert';
import { formatDateTimeText } from './datetime';
import type { FindingSink } from './findings';
import type { IcsParameter } from './params';
import type { ReadEvent } from './read-event';
import type { DateTimeValue, RecurrenceOverride } from '../recurrence/index';
import type { IcsEvent, IcsInstanceDetails } from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function sameValue(a: DateTimeValue, b: DateTimeValue): boolean {
  return a.type === b.type && formatDateTimeText(a) === formatDateTimeText(b) && (a.type !== 'zoned' || b.type !== 'zoned' || a.timeZone === b.timeZone);
}

const TEXT_NAMES = ['SUMMARY', 'DESCRIPTION', 'LOCATION'] as const;

/**
 * Attaches override VEVENTs (RECURRENCE-ID) to their master series, once
 * each: a repeated RECURRENCE-ID keeps the higher SEQUENCE (or the later
 * one), and an override without a master is handed to `orphans`.
 *
 * @param masters - master events by UID
 * @param overrides - the override VEVENTs in file order
 * @param sink - findings
 * @param orphans - receives overrides that have no master
 */
export function attachOverrides(masters: Map<string, { read: ReadEvent; event: Mutable<IcsEvent> }>, overrides: readonly ReadEvent[], sink: FindingSink, orphans: (e: ReadEvent) => void): void {
  const chosen = new Map<string, Map<string, ReadEvent>>();
  for (const o of overrides) {
    const master = o.uid === undefined ? undefined : masters.get(o.uid);
    if (master === undefined || o.recurrenceId === undefined) {
      sink.add('warning', 'ics/orphan-override', o.line, 'VEVENT with RECURRENCE-ID has no master event with its UID; read as a single event');
      orphans(o);
      continue;
    }
    const rid = likeStart(o.recurrenceId, master.read.start);
    const key = `${rid.type} ${formatDateTimeText(rid)}`;
    const byId = chosen.get(o.uid ?? '') ?? new Map<string, ReadEvent>();
    chosen.set(o.uid ?? '', byId);
    const previous = byId.get(key);
    if (previous) {
      sink.add('warning', 'ics/duplicate-override', o.line, `RECURRENCE-ID ${formatDateTimeText(rid)} was already overridden on line ${previous.line}; the higher SEQUENCE (or the later one) is used`);
      if (previous.sequence > o.sequence) continue;
    }
    byId.set(key, { ...o, recurrenceId: rid });
  }
  for (const [uid, byId] of chosen) {
    const master = masters.get(uid);
    if (!master) continue;
    const list: RecurrenceOverride[] = [];
    const details: IcsInstanceDetails[] = [];
    for (const o of byId.values()) {
      const rid = o.recurrenceId;
      if (rid === undefined) continue;
      const ov: Mutable<RecurrenceOverride> = { recurrenceId: rid };
      if (!sameValue(o.start, rid)) ov.start = o.start;
      if (o.end !== undefined) ov.end = o.end;
      if (o.cancelled) ov.cancelled = true;
      list.push(ov);
      const d: Mutable<IcsInstanceDetails> = { recurrenceId: rid };
      if (o.summary !== master.event.summary && o.summary !== '') d.summary = o.summary;
      if (o.description !== undefined && o.description !== master.event.description) d.description = o.description;
      if (o.location !== undefined && o.location !== master.event.location) d.location = o.location;
      const extra = o.extra.filter((p) => !(o.cancelled && p.name === 'STATUS'));
      if (extra.length > 0) d.extra = extra;
      const params: Record<string, IcsParameter[]> = {};
      for (const name of TEXT_NAMES) {
        const list = o.extraParams[name];
        if (list !== undefined) params[name] = list;
      }
      if (Object.keys(params).length > 0) d.extraParams = params;
      if (Object.keys(d).length > 1) details.push(d);
    }
    master.event.series = { ...master.event.series, overrides: list };
    if (details.length > 0) master.event.instances = details;
  }
}

