/**
 * A file's own VTIMEZONE as a zone of its own, for a TZID that matches no
 * IANA or Windows zone (Lotus Notes' `Western/Central Europe`, a multi-era
 * definition, a zone with invented rules). RFC 5545 §3.6.5 makes the
 * VTIMEZONE authoritative for its TZID, so its observances (DTSTART, yearly
 * RRULE, RDATE) are evaluated directly rather than the values floated.
 *
 * The zone gets an id `vtimezone:<TZID>#<hash of the definition>` that the
 * recurrence engine resolves in the process that read the file; two files
 * with different definitions under one TZID get different ids.
 *
 * @module
 */
import { registerCustomZone, type ZoneSource } from '../recurrence/zone-table';
import { hash64 } from './uid';
import { evaluateOnsets, type VTimezoneDef } from './vtimezone-eval';

/** Prefix of the ids of zones defined by a file's VTIMEZONE. */
export const CUSTOM_ZONE_PREFIX = 'vtimezone:';

const YEAR_SECONDS = 31_556_952;
/** Years the observances are evaluated in; outside, the nearest offset holds (Date.UTC reads years 0-99 as 1900-1999). */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;
/** How far back to look for the offset in force when the block itself has no onset. */
const LOOKBACK_YEARS = 500;

function yearOf(sec: number): number {
  return Math.floor(sec / YEAR_SECONDS) + 1970;
}

function source(def: VTimezoneDef): ZoneSource {
  const startYears = def.observances.map((o) => Number(o.start.slice(0, 4)));
  const firstYear = Math.max(FIRST_YEAR, Math.min(...startYears));
  // Before the first onset the zone keeps the offset that onset changes from.
  const earliest = evaluateOnsets(def, firstYear, firstYear + 1)[0];
  const before = (earliest?.fromNs ?? def.observances[0]?.fromNs ?? 0) / 1e9;
  return (start, end) => {
    const y0 = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, yearOf(start) - 1));
    const y1 = Math.min(LAST_YEAR, Math.max(FIRST_YEAR, yearOf(end) + 1));
    const onsets = evaluateOnsets(def, y0, y1);
    let initial: number | undefined;
    const trans: number[] = [];
    const offs: number[] = [];
    for (const o of onsets) {
      const sec = o.ms / 1000;
      if (sec <= start) initial = o.toNs / 1e9;
      else if (sec < end) {
        trans.push(sec);
        offs.push(o.toNs / 1e9);
      }
    }
    if (initial === undefined && y0 > firstYear) {
      const earlier = evaluateOnsets(def, Math.max(firstYear, y0 - LOOKBACK_YEARS), y0 - 1);
      const last = earlier[earlier.length - 1];
      if (last !== undefined) initial = last.toNs / 1e9;
    }
    return { trans, offs: [initial ?? before, ...offs] };
  };
}

/**
 * Registers a VTIMEZONE as a zone of its own and returns its id.
 *
 * @param def - the VTIMEZONE
 * @returns the id zoned values in that zone carry, e.g. `vtimezone:Western/Central Europe#1a2b3c4d`
 */
export function registerVTimezone(def: VTimezoneDef): string {
  const id = `${CUSTOM_ZONE_PREFIX}${def.tzid}#${hash64(def.signature).slice(0, 8)}`;
  registerCustomZone(id, source(def));
  return id;
}
