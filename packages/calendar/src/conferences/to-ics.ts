/**
 * Conference sessions as an {@link IcsCalendar}: the one conversion the feed
 * server, `gmekit conferences --ics` and apps share, so their files cannot
 * drift apart. Every session is its own VEVENT (holidays and closures make
 * sessions differ from the rule) with a UID from the series and the date the
 * rule gave, so a client updates a moved session in place. A cancelled
 * session stays in the file as `STATUS:CANCELLED` — a client that already
 * holds it then removes it, which leaving it out would not do. A session whose
 * length the source does not state has no DTEND (it ends as it starts,
 * RFC 5545 §3.6.1).
 *
 * An empty calendar says why in its description: no series at all, or series
 * the source gives no clock time, weekday or frequency for.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import type { ConferenceSeries } from '@gmekit/model';
import type { IcsCalendar, IcsEvent } from '../ics/types';
import type { ZonedDateTimeValue } from '../recurrence/index';
import type { ConferenceExpansion, DateWindow } from './expand-conferences';
import type { ConferenceOccurrence } from './occurrence';

/** Options of {@link conferencesToICS}. */
export interface ConferencesToIcsOptions {
  /** Calendar name (NAME and X-WR-CALNAME). */
  readonly name: string;
  /** DTSTAMP of every event: when the data was generated (ISO instant in UTC). */
  readonly dtstamp: string;
  /** Right-hand side of every UID, e.g. `kp-lamc-interventional-radiology.gmekit` (default `gmekit`). */
  readonly uidDomain?: string;
  /** First sentence of the calendar's description; the window and any gaps are added to it. */
  readonly description?: string;
  /** The window expanded, said in the description. */
  readonly window?: DateWindow;
  /** The series expanded, so the description can name the ones not on the calendar and say when there are none. */
  readonly series?: readonly Pick<ConferenceSeries, 'id' | 'title'>[];
  /** Site names by site id, written as LOCATION. */
  readonly siteNames?: Readonly<Record<string, string>>;
  /** REFRESH-INTERVAL suggested to subscribers (ISO 8601 duration, e.g. `PT12H`). */
  readonly refreshInterval?: string;
}

function zoned(text: string): ZonedDateTimeValue {
  const z = Temporal.ZonedDateTime.from(text);
  return { type: 'zoned', dateTime: z.toPlainDateTime().toString({ smallestUnit: 'second' }), timeZone: z.timeZoneId };
}

function eventOf(o: ConferenceOccurrence, options: ConferencesToIcsOptions): IcsEvent {
  const why = o.reason === undefined ? undefined : o.status === 'moved' ? `Moved from ${o.originalDate ?? o.date}: ${o.reason.name}` : `Cancelled: ${o.reason.name}`;
  const description = [o.topic === undefined ? undefined : `Topic: ${o.topic}`, `Audience: ${o.audience.join(', ')}`, why, o.note].filter((line) => line !== undefined);
  const site = o.siteId === undefined ? undefined : (options.siteNames?.[o.siteId] ?? o.siteId);
  return {
    uid: `${o.seriesId}-${o.originalDate ?? o.date}@${options.uidDomain ?? 'gmekit'}`,
    dtstamp: options.dtstamp,
    summary: o.topic === undefined ? o.title : `${o.title}: ${o.topic}`,
    description: description.join('\n'),
    ...(site === undefined ? {} : { location: site }),
    categories: [o.kind],
    series: o.end === o.start ? { start: zoned(o.start) } : { start: zoned(o.start), end: zoned(o.end) },
    ...(o.status === 'cancelled' ? { extra: [{ name: 'STATUS', params: [], value: 'CANCELLED' }] } : {}),
  };
}

function describe(expansion: Pick<ConferenceExpansion, 'occurrences' | 'unplaced'>, options: ConferencesToIcsOptions): string | undefined {
  const parts: string[] = [];
  if (options.description !== undefined) parts.push(options.description);
  if (options.window !== undefined) parts.push(`Sessions from ${options.window.start} to ${options.window.end}.`);
  if (options.series?.length === 0) parts.push('The source states no conference series for this program, so there are no sessions.');
  const { unplaced } = expansion;
  if (unplaced.length > 0) {
    const title = (id: string) => options.series?.find((s) => s.id === id)?.title ?? id;
    const names = unplaced.map((u) => title(u.seriesId));
    const total = options.series === undefined ? '' : ` of ${options.series.length}`;
    parts.push(
      `${unplaced.length}${total} series ${unplaced.length === 1 ? 'is' : 'are'} not on this calendar because the source does not state when ${unplaced.length === 1 ? 'it meets' : 'they meet'} (clock time, weekday or frequency): ${names.join('; ')}.`,
    );
  }
  if (expansion.occurrences.length === 0 && options.series?.length !== 0 && unplaced.length === 0) parts.push('No sessions fall in this window.');
  return parts.length === 0 ? undefined : parts.join(' ');
}

/**
 * Turns expanded conference sessions into a calendar for {@link toICS}.
 *
 * @param expansion - what {@link expandConferences} returned (its sessions and unplaced series)
 * @param options - name, DTSTAMP, UID domain, and what the description says
 * @returns the calendar, one VEVENT per session, cancelled sessions as `STATUS:CANCELLED`
 * @throws RangeError when a session's `start` or `end` is not a zoned date-time string
 * @example
 * const expansion = expandConferences(program, { start: '2026-09-01', end: '2026-09-30' });
 * const text = toICS(conferencesToICS(expansion, { name: `${program.name} conferences`, dtstamp: '2026-08-01T00:00:00Z', series: program.conferences }));
 */
export function conferencesToICS(expansion: Pick<ConferenceExpansion, 'occurrences' | 'unplaced'>, options: ConferencesToIcsOptions): IcsCalendar {
  const description = describe(expansion, options);
  return {
    name: options.name,
    ...(description === undefined ? {} : { description }),
    ...(options.refreshInterval === undefined ? {} : { refreshInterval: options.refreshInterval }),
    events: expansion.occurrences.map((o) => eventOf(o, options)),
  };
}
