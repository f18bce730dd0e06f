import { instantEpochMs, packedCivilFromDays } from '@gmekit/model';

const SLOT_MS = 15 * 60_000;

interface Zone {
  readonly format: Intl.DateTimeFormat;
  /** Offset (ms) by 15-minute UTC slot, for slots with one offset throughout. */
  readonly offsets: Map<number, number>;
}

// One formatter per zone, and the zone's offset per 15-minute slot: building
// a formatter and formatting both cost microseconds, and an import carries
// hundreds of thousands of periods, most of them in a few slots per day.
const zones = new Map<string, Zone | null>();

function zoneOf(name: string): Zone | null {
  let zone = zones.get(name);
  if (zone === undefined) {
    try {
      const format = new Intl.DateTimeFormat('en-US', {
        timeZone: name,
        calendar: 'iso8601',
        numberingSystem: 'latn',
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      zone = { format, offsets: new Map() };
    } catch {
      // A zone this runtime does not know: the caller keeps the written date, as the audit falls back to the offset.
      zone = null;
    }
    zones.set(name, zone);
  }
  return zone;
}

function offsetAt(format: Intl.DateTimeFormat, ms: number): number {
  const n: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of format.formatToParts(ms)) if (part.type !== 'literal') n[part.type] = Number(part.value);
  const local = Date.UTC(n.year ?? 0, (n.month ?? 1) - 1, n.day ?? 1, n.hour ?? 0, n.minute ?? 0, n.second ?? 0);
  return local - Math.floor(ms / 1000) * 1000;
}

function offset(zone: Zone, ms: number): number {
  const slot = Math.floor(ms / SLOT_MS);
  const cached = zone.offsets.get(slot);
  if (cached !== undefined) return cached;
  const first = offsetAt(zone.format, slot * SLOT_MS);
  // Offsets change at most once in a slot; a slot with a change is not cached.
  if (first !== offsetAt(zone.format, slot * SLOT_MS + SLOT_MS - 1)) return offsetAt(zone.format, ms);
  if (zone.offsets.size > 100_000) zone.offsets.clear();
  zone.offsets.set(slot, first);
  return first;
}

/**
 * The local calendar day a work period's start falls on, the day the
 * work-hour audit counts it on: the date in the instant's bracketed IANA zone
 * when it has one (`2026-09-02T03:00:00Z[America/Los_Angeles]` is 20:00 on
 * 1 September in Los Angeles), otherwise the date written before the offset
 * (the local date at that offset). Never the UTC date.
 *
 * @param instant - a valid `InstantSchema` string
 * @returns the local date as `YYYY-MM-DD`
 */
export function localDay(instant: string): string {
  const written = instant.slice(0, 10);
  if (!instant.endsWith(']')) return written;
  const open = instant.lastIndexOf('[');
  const zone = zoneOf(instant.slice(open + 1, -1));
  const ms = instantEpochMs(instant);
  if (zone === null || Number.isNaN(ms)) return written;
  const local = ms + offset(zone, ms);
  // Outside years 0–9999 `Date` writes the year its own way (`-000001`, `+010000`): keep that.
  return local >= YEAR_0 && local < YEAR_10000 ? civilDate(Math.floor(local / DAY_MS)) : new Date(local).toISOString().slice(0, 10);
}

// 0000-01-01T00:00Z and 10000-01-01T00:00Z in epoch ms.
const YEAR_0 = -62_167_219_200_000;
const YEAR_10000 = 253_402_300_800_000;

const DAY_MS = 86_400_000;
const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * `YYYY-MM-DD` of a day counted from 1970-01-01 (proleptic Gregorian, years
 * 0–9999): the model's allocation-free `packedCivilFromDays` instead of a
 * `Date` and `toISOString` per row.
 */
function civilDate(days: number): string {
  const packed = packedCivilFromDays(days);
  return `${String(Math.floor(packed / 10_000)).padStart(4, '0')}-${pad2(Math.floor(packed / 100) % 100)}-${pad2(packed % 100)}`;
}
