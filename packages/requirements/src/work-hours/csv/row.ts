import { InstantSchema, type WorkPeriod, WorkPeriodKindSchema, WorkPeriodSchema } from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';

/** A local time read without a zone: reported once for the whole text, not once per row. */
export class LocalTimeWithoutZone extends Error {
  /**
   * @param text - the local time as written
   */
  constructor(readonly text: string) {
    super(`"${text}" has no UTC offset and no zone was given`);
    this.name = 'LocalTimeWithoutZone';
  }
}

const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ]((?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)$/;

// A local time is pinned to the zone only when it names exactly one instant:
// a time skipped by a DST change, or one that happens twice, is refused
// rather than silently moved.
function toInstant(text: string, zone: string | undefined): string {
  if (InstantSchema.safeParse(text).success) return text;
  const m = LOCAL.exec(text);
  if (!m) throw new Error(`"${text}" is not a date-time (expected 2026-07-01T07:00-07:00, or a local 2026-07-01T07:00 with a zone)`);
  if (zone === undefined) throw new LocalTimeWithoutZone(text);
  let local: Temporal.PlainDateTime;
  try {
    local = Temporal.PlainDateTime.from(`${m[1] ?? ''}T${m[2] ?? ''}`, { overflow: 'reject' });
  } catch {
    throw new Error(`"${text}" is not a real date and time`);
  }
  const earlier = local.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = local.toZonedDateTime(zone, { disambiguation: 'later' });
  if (!earlier.toPlainDateTime().equals(local)) throw new Error(`"${text}" does not exist in ${zone} (skipped by a daylight-saving change); write it with an offset`);
  if (!earlier.equals(later)) throw new Error(`"${text}" happens twice in ${zone} (daylight-saving change); write it with an offset`);
  return earlier.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/**
 * Reads one CSV row into a work period.
 *
 * @param get - the trimmed field of a column, `undefined` when the header lacks it
 * @param zone - IANA zone of local times, if any
 * @returns the period
 * @throws Error with a one-line message when the row is not a valid period
 * @throws LocalTimeWithoutZone when a time has no offset and no zone is given
 */
export function readWorkPeriodRow(get: (column: string) => string | undefined, zone: string | undefined): WorkPeriod {
  const start = toInstant(get('start') ?? '', zone);
  const end = toInstant(get('end') ?? '', zone);
  const kind = get('kind') ?? '';
  if (!WorkPeriodKindSchema.safeParse(kind).success) throw new Error(`kind "${kind}" is not one of ${WorkPeriodKindSchema.options.join(', ')}`);
  if (Temporal.Instant.compare(Temporal.Instant.from(end), Temporal.Instant.from(start)) <= 0) throw new Error(`end ${end} is not after start ${start}`);
  const raw: Record<string, unknown> = { traineeId: get('trainee_id'), start, end, kind };
  const id = get('id');
  if (id !== undefined && id !== '') raw.id = id;
  const active = get('active_minutes');
  if (active !== undefined && active !== '') {
    if (!/^\d+$/.test(active)) throw new Error(`active_minutes "${active}" is not a whole number of minutes`);
    raw.activeMinutes = Number(active);
  }
  const npc = get('new_patient_care');
  if (npc !== undefined && npc !== '') {
    if (npc !== 'true' && npc !== 'false') throw new Error(`new_patient_care "${npc}" is not true or false`);
    raw.newPatientCare = npc === 'true';
  }
  const rotation = get('rotation_id');
  if (rotation !== undefined && rotation !== '') raw.rotationId = rotation;
  const parsed = WorkPeriodSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? 'row'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
