/**
 * Time-zone resolution on read. A TZID is resolved, in order, through the
 * file's VTIMEZONE (matched against IANA zones by its offsets and transition
 * instants in the years the file uses), then as an IANA name, then as a
 * Windows zone name (Outlook/Exchange) or display name (Outlook Web Access:
 * `(UTC-05:00) Eastern Time (US & Canada)`), then as an IANA name embedded in a
 * longer TZID (`/mozilla.org/20050126_1/America/New_York`). A TZID that
 * resolves nowhere is reported by the caller as an error, never floated.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { registerVTimezone } from './custom-zone';
import { evaluateOnsets, type VTimezoneDef } from './vtimezone-eval';
import { windowsDisplayNameToIana } from './windows-display-names';
import { WINDOWS_ZONES, windowsToIana } from './windows-zones';

const ianaCache = new Map<string, string | null>();

/**
 * Returns the canonical spelling of an IANA zone (or UTC offset zone) name,
 * or `undefined` when Temporal does not know it.
 *
 * @param name - a candidate zone name
 * @returns the zone id as Temporal spells it, or `undefined`
 * @example
 * ianaZone('america/los_angeles'); // 'America/Los_Angeles'
 */
export function ianaZone(name: string): string | undefined {
  if (name.length === 0 || name.length > 64) return undefined;
  const hit = ianaCache.get(name);
  if (hit !== undefined) return hit ?? undefined;
  let id: string | null = null;
  try {
    id = Temporal.PlainDate.from('2000-01-01').toZonedDateTime(name).timeZoneId;
  } catch {
    id = null;
  }
  if (ianaCache.size > 1000) ianaCache.clear();
  ianaCache.set(name, id);
  return id ?? undefined;
}

/** Zones a TZID names directly: IANA, Windows, or IANA embedded in a path. */
function namedCandidates(tzid: string): string[] {
  const out: string[] = [];
  const direct = ianaZone(tzid.trim());
  if (direct !== undefined) out.push(direct);
  const windows = windowsToIana(tzid) ?? windowsDisplayNameToIana(tzid);
  if (windows !== undefined) out.push(windows);
  const embedded = /([A-Z][A-Za-z_-]+(?:\/[A-Za-z0-9_+-]+){1,2})\s*$/.exec(tzid);
  if (embedded?.[1] !== undefined) {
    const zone = ianaZone(embedded[1]);
    if (zone !== undefined) out.push(zone);
  }
  return out;
}

let allZones: readonly string[] | undefined;

function candidateZones(): readonly string[] {
  if (allZones === undefined) {
    const seen = new Set<string>(Object.values(WINDOWS_ZONES));
    for (const z of Intl.supportedValuesOf('timeZone')) seen.add(z);
    allZones = [...seen];
  }
  return allZones;
}

const DAY_MS = 86_400_000;
const MAX_ONSETS = 24;

function offsetNsAt(ms: number, zone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds;
}

interface Probe {
  readonly ms: number;
  readonly offsetNs: number;
}

/** Instants and the offsets the VTIMEZONE gives them, for the given years. */
function probes(def: VTimezoneDef, years: readonly number[]): Probe[] | undefined {
  const out: Probe[] = [];
  for (const year of years) {
    let onsets = evaluateOnsets(def, year - 1, year);
    // Real zones change offset a few times a year at most; a definition with
    // dozens of onsets is not worth matching (and must not cost a probe each).
    if (onsets.length > MAX_ONSETS) return undefined;
    if (onsets.length === 0) {
      // No change near the year (Exchange writes one STANDARD from 1601 for a
      // zone without daylight time): the last onset before it holds. Only
      // rule-less definitions get here, so the look back is a short list.
      const firstYear = Math.max(1000, Math.min(...def.observances.map((o) => Number(o.start.slice(0, 4)))));
      const last = evaluateOnsets(def, firstYear, year - 2).at(-1);
      if (last === undefined) return undefined;
      onsets = [{ ms: -8.64e15, fromNs: last.toNs, toNs: last.toNs }];
    }
    const offsetAt = (ms: number): number => {
      let current = onsets[0]?.fromNs ?? 0;
      for (const o of onsets) {
        if (o.ms <= ms) current = o.toNs;
        else break;
      }
      return current;
    };
    for (let month = 0; month < 12; month++) {
      const ms = Date.UTC(year, month, 15, 12);
      out.push({ ms, offsetNs: offsetAt(ms) });
    }
    for (const o of onsets) {
      if (new Date(o.ms).getUTCFullYear() !== year) continue;
      out.push({ ms: o.ms - 1000, offsetNs: o.fromNs }, { ms: o.ms + 1000, offsetNs: o.toNs });
      out.push({ ms: o.ms + DAY_MS, offsetNs: o.toNs });
    }
  }
  return out;
}

function matches(zone: string, list: readonly Probe[]): boolean {
  for (const p of list) if (offsetNsAt(p.ms, zone) !== p.offsetNs) return false;
  return true;
}

/**
 * A VTIMEZONE that never changes offset and matches no IANA zone (e.g. a
 * custom `+0537`) is that offset: Temporal's `+05:37` zone, evaluated exactly.
 */
function fixedOffsetZone(def: VTimezoneDef): ZoneResolution | undefined {
  const first = def.observances[0]?.toNs;
  if (first === undefined || def.observances.some((o) => o.fromNs !== first || o.toNs !== first) || first % 60e9 !== 0) return undefined;
  const minutes = Math.abs(first / 60e9);
  const zone = `${first < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return ianaZone(zone) === undefined ? undefined : { zone, via: 'vtimezone' };
}

/** How a TZID was resolved. */
export interface ZoneResolution {
  /** The IANA zone the TZID stands for. */
  readonly zone: string;
  /**
   * What decided it: the VTIMEZONE's transitions matched an IANA zone
   * (`vtimezone`), the name did (`name`), or nothing matched and the
   * VTIMEZONE's own observances define the zone (`definition`).
   */
  readonly via: 'vtimezone' | 'name' | 'definition';
  /** Set when the file's VTIMEZONE disagreed with every IANA zone and the name won. */
  readonly mismatch?: true;
}

const resolveCache = new Map<string, ZoneResolution | null>();

/**
 * Resolves a TZID to an IANA zone.
 *
 * @param tzid - the TZID parameter value as written
 * @param def - the file's VTIMEZONE with that TZID, if any
 * @param years - the years the file's values with this TZID fall in
 * @returns the zone and how it was found, or `undefined` when nothing fits
 * @example
 * resolveTimeZone('Pacific Standard Time', undefined, [2026]); // { zone: 'America/Los_Angeles', via: 'name' }
 */
export function resolveTimeZone(tzid: string, def: VTimezoneDef | undefined, years: readonly number[]): ZoneResolution | undefined {
  const named = namedCandidates(tzid);
  if (def === undefined) {
    const zone = named[0];
    return zone === undefined ? undefined : { zone, via: 'name' };
  }
  const usedYears = [...new Set(years)].filter((y) => y >= 1900 && y <= 2200).slice(0, 3);
  if (usedYears.length === 0) {
    // No value uses the zone in a plausible year: compare in the latest year
    // the definition itself names, kept where Temporal's offsets are cheap.
    const latest = def.observances.reduce((max, o) => Math.max(max, Number(o.start.slice(0, 4))), 1970);
    usedYears.push(Math.min(latest, 2100));
  }
  const key = `${tzid}\n${def.signature}\n${usedYears.join(',')}`;
  const hit = resolveCache.get(key);
  if (hit !== undefined) return hit ?? (def.observances.length > 0 ? { zone: registerVTimezone(def), via: 'definition' } : undefined);
  const list = probes(def, usedYears);
  let result: ZoneResolution | undefined;
  if (list !== undefined) {
    for (const zone of [...named, ...candidateZones()]) {
      if (matches(zone, list)) {
        result = { zone, via: 'vtimezone' };
        break;
      }
    }
  }
  if (result === undefined && named[0] !== undefined) result = { zone: named[0], via: 'name', mismatch: true };
  result ??= fixedOffsetZone(def);
  if (resolveCache.size > 500) resolveCache.clear();
  resolveCache.set(key, result ?? null);
  // RFC 5545 §3.6.5: the file's VTIMEZONE is authoritative for its TZID.
  // Registered on every call: the engine's registry of such zones is capped.
  if (result === undefined && def.observances.length > 0) return { zone: registerVTimezone(def), via: 'definition' };
  return result;
}
