import { z } from 'zod';
import { ConferenceSeriesIdSchema, SiteIdSchema } from '../ids';
import { inferredFields, openValue } from '../open';
import { IsoDateSchema, LocalTimeSchema, PgyRangeSchema, TimeZoneSchema, WeekdaySchema } from '../primitives';
import { SourcesSchema } from '../source';

/** What kind of conference a series is. */
export const ConferenceKindSchema = z.enum([
  'tumor-board',
  'journal-club',
  'lecture',
  'case-conference',
  'chart-rounds',
  'mock-oral-exam',
  'didactics',
  'visiting-professor',
  'multidisciplinary-conference',
  'grand-rounds',
  'other',
]);
/** What kind of conference a series is. */
export type ConferenceKind = z.infer<typeof ConferenceKindSchema>;

/**
 * How often a series meets, in the words sources use. `every-other-week`
 * needs an anchor date to fix its phase; "bimonthly" is ambiguous between
 * `twice-monthly` and `every-two-months` and is encoded as such.
 */
export const ConferenceFrequencySchema = z.enum([
  'daily',
  'weekdays',
  'weekly',
  'every-other-week',
  'twice-monthly',
  'monthly',
  'every-two-months',
  'annual',
]);
/** How often a series meets. */
export type ConferenceFrequency = z.infer<typeof ConferenceFrequencySchema>;

/** A time of day named in words ("Tuesday evening didactics") when no clock time is given. */
export const DayPartSchema = z.enum(['morning', 'noon', 'afternoon', 'evening']);
/** A time of day named in words. */
export type DayPart = z.infer<typeof DayPartSchema>;

/** Topic of each weekday's session, for series that rotate topics by day. */
export const TopicsByWeekdaySchema = z.partialRecord(WeekdaySchema, z.string().min(1));
/** Topic of each weekday's session. */
export type TopicsByWeekday = z.infer<typeof TopicsByWeekdaySchema>;

/**
 * A recurring conference: when it meets as far as the source says, in an IANA
 * time zone. Anything the source does not state (a time, a weekday, the phase
 * of an every-other-week series) stays open rather than guessed.
 */
export const ConferenceSeriesSchema = z.object({
  /** Stable identifier. */
  id: ConferenceSeriesIdSchema,
  /** Title as the source writes it. */
  title: z.string().min(1),
  /** What kind of conference. */
  kind: ConferenceKindSchema,
  /** Who is expected (e.g. `residents`, `ir-residents`, `fellows`). */
  audience: z.array(z.string().min(1)).min(1),
  /** How often it meets. */
  frequency: openValue(ConferenceFrequencySchema),
  /** Days it meets on. */
  weekdays: openValue(z.array(WeekdaySchema).min(1)),
  /** Local start time. */
  startTime: openValue(LocalTimeSchema),
  /** Length in minutes. */
  durationMinutes: openValue(z.number().int().positive().max(24 * 60)),
  /** Time of day in words, where the source gives words instead of a time. */
  dayPart: DayPartSchema.exactOptional(),
  /** Zone the local times are in. */
  timeZone: TimeZoneSchema,
  /** A date the series met (or meets), fixing the phase of every-other-week or annual series. */
  anchorDate: openValue(IsoDateSchema),
  /**
   * An exact RFC 5545 RRULE when the schedule is more precise than
   * `frequency` + `weekdays` can say (e.g. `FREQ=MONTHLY;BYDAY=2TU,4TU`).
   * When present it governs the dates.
   */
  rrule: z.string().regex(/^FREQ=/, 'an RRULE starts with FREQ=').exactOptional(),
  /** Topic of each weekday's session. */
  topicsByWeekday: TopicsByWeekdaySchema.exactOptional(),
  /** Site it is held at, if stated. */
  siteId: SiteIdSchema.exactOptional(),
  /** PGY levels it is part of, if limited. */
  pgy: PgyRangeSchema.exactOptional(),
  /**
   * Plain fields whose value the source implies but does not state, with the
   * reasoning: a brochure gives clock times without a zone, so the zone is
   * inferred from where the program is.
   */
  inferred: inferredFields(['timeZone']).exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A recurring conference series. */
export type ConferenceSeries = z.infer<typeof ConferenceSeriesSchema>;
