/**
 * Conversions between value forms that the writer needs to follow RFC 5545:
 * UNTIL in UTC when DTSTART has a TZID (§3.3.10), and EXDATE/RDATE in the
 * same form as DTSTART.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { parseWall } from '../recurrence/civil';
import { isCustomZone, zoneTable } from '../recurrence/zone-table';
import type { DateTimeValue } from '../recurrence/index';

function plainIso(dt: Temporal.PlainDateTime): string {
  return dt.toString({ smallestUnit: 'second' });
}

/**
 * The exact instant of a timed value, or `undefined` for a floating or date
 * value without a zone to place it in.
 *
 * @param value - the value
 * @param zone - zone for floating and date values (a date means its start)
 * @returns the instant
 */
export function instantOf(value: DateTimeValue, zone?: string): Temporal.Instant | undefined {
  switch (value.type) {
    case 'utc':
      return Temporal.Instant.from(`${value.dateTime}Z`);
    case 'zoned':
      if (isCustomZone(value.timeZone)) {
        const wall = parseWall(value.dateTime);
        return wall === undefined ? undefined : Temporal.Instant.fromEpochMilliseconds(zoneTable(value.timeZone, []).toInstant(wall, 'forward') * 1000);
      }
      return Temporal.PlainDateTime.from(value.dateTime).toZonedDateTime(value.timeZone).toInstant();
    case 'floating':
      return zone === undefined ? undefined : Temporal.PlainDateTime.from(value.dateTime).toZonedDateTime(zone).toInstant();
    case 'date':
      return zone === undefined ? undefined : Temporal.PlainDate.from(value.date).toZonedDateTime(zone).toInstant();
  }
}

/**
 * An UNTIL value as RFC 5545 wants it next to a zoned DTSTART: UTC. A date
 * or floating UNTIL is read in DTSTART's zone, and a date means the whole day
 * (its last second), which is how the recurrence engine reads it too.
 *
 * @param until - the UNTIL value
 * @param zone - DTSTART's zone
 * @returns the UTC value
 */
export function untilToUtc(until: DateTimeValue, zone: string): DateTimeValue {
  let instant: Temporal.Instant | undefined;
  if (until.type === 'date') {
    instant = Temporal.PlainDate.from(until.date).toPlainDateTime({ hour: 23, minute: 59, second: 59 }).toZonedDateTime(zone).toInstant();
  } else instant = instantOf(until, zone);
  if (instant === undefined) return until;
  return { type: 'utc', dateTime: plainIso(instant.toZonedDateTimeISO('UTC').toPlainDateTime()) };
}

/** Local time of an instant in a file's own VTIMEZONE. */
function customLocal(instant: Temporal.Instant, zone: string): string {
  const sec = instant.epochMilliseconds / 1000;
  return plainIso(Temporal.Instant.fromEpochMilliseconds((sec + zoneTable(zone, []).offsetAt(sec)) * 1000).toZonedDateTimeISO('UTC').toPlainDateTime());
}

/**
 * Brings an EXDATE/RDATE/RECURRENCE-ID value into DTSTART's form where that
 * is a pure change of notation (the same instant): UTC or zoned values become
 * zoned in DTSTART's zone, or UTC next to a UTC DTSTART. Anything else is
 * returned unchanged and written with its own type.
 *
 * @param value - the value
 * @param start - the series' DTSTART
 * @returns the value in DTSTART's form when possible
 */
export function likeStart(value: DateTimeValue, start: DateTimeValue): DateTimeValue {
  if (value.type === start.type && (value.type !== 'zoned' || start.type !== 'zoned' || value.timeZone === start.timeZone)) return value;
  if (value.type !== 'utc' && value.type !== 'zoned') return value;
  if (start.type !== 'utc' && start.type !== 'zoned') return value;
  const instant = instantOf(value);
  if (instant === undefined) return value;
  const zone = start.type === 'zoned' ? start.timeZone : 'UTC';
  const local = isCustomZone(zone) ? customLocal(instant, zone) : plainIso(instant.toZonedDateTimeISO(zone).toPlainDateTime());
  return start.type === 'zoned' ? { type: 'zoned', dateTime: local, timeZone: zone } : { type: 'utc', dateTime: local };
}
