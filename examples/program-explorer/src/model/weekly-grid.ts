/**
 * The weekly conference grid: which series meet on which weekday at which
 * local start time, worked out from what the catalog states and nothing else.
 * A series whose weekdays or start time the source leaves unstated cannot be
 * put on the grid; it is listed apart with the reason. When the weekdays are
 * ambiguous ("daily": every day, or Monday to Friday), the days every reading
 * shares are certain and the others are marked possible.
 *
 * @module
 */
import type { ConferenceSeries, Weekday } from '@gmekit/model';

/** Weekdays in grid column order. */
export const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** One series placed in one grid cell. */
export interface GridEntry {
  /** Series id. */
  readonly seriesId: string;
  /** Series title. */
  readonly title: string;
  /** Weekday column. */
  readonly weekday: Weekday;
  /** Local start time row, `HH:MM`. */
  readonly time: string;
  /** Length in minutes when stated. */
  readonly durationMinutes: number | null;
  /** `certain` when every reading of the source puts it here; `possible` when only some do. */
  readonly certainty: 'certain' | 'possible';
  /** How often on this weekday (every-other-week series meet on half of them). */
  readonly frequency: string | null;
  /** Topic of that weekday's session, when the series has topics by weekday. */
  readonly topic: string | null;
}

/** A series that cannot be put on the grid, and why. */
export interface UntimedSeries {
  /** Series id. */
  readonly seriesId: string;
  /** Series title. */
  readonly title: string;
  /** What the source leaves open. */
  readonly missing: readonly ('weekday' | 'time')[];
  /** Weekdays when stated (a day without a time). */
  readonly weekdays: readonly Weekday[];
  /** Time of day in words, when the source gives words ("evening"). */
  readonly dayPart: string | null;
  /** How often, when stated. */
  readonly frequency: string | null;
}

/** The grid of one program. */
export interface WeeklyGrid {
  /** Start times with at least one entry, ascending. */
  readonly times: readonly string[];
  /** All entries, by time then weekday. */
  readonly entries: readonly GridEntry[];
  /** Series listed apart. */
  readonly untimed: readonly UntimedSeries[];
}

function frequencyText(series: ConferenceSeries): string | null {
  const f = series.frequency;
  if (f.status === 'stated') return f.value;
  if (f.status === 'ambiguous') return f.candidates.map((c) => c.value).join(' or ');
  return null;
}

/**
 * Builds the weekly grid of a program's conference series.
 *
 * @param conferences - the program's series
 * @returns the timed entries and the series listed apart
 */
export function weeklyGrid(conferences: readonly ConferenceSeries[]): WeeklyGrid {
  const entries: GridEntry[] = [];
  const untimed: UntimedSeries[] = [];
  for (const series of conferences) {
    const days = series.weekdays;
    let certain: readonly Weekday[] = [];
    let possible: readonly Weekday[] = [];
    if (days.status === 'stated') certain = days.value;
    else if (days.status === 'ambiguous') {
      const readings = days.candidates.map((c) => c.value);
      certain = WEEKDAYS.filter((d) => readings.every((r) => r.includes(d)));
      possible = WEEKDAYS.filter((d) => !certain.includes(d) && readings.some((r) => r.includes(d)));
    }
    const time = series.startTime.status === 'stated' ? series.startTime.value : null;
    const missing: ('weekday' | 'time')[] = [];
    if (certain.length === 0 && possible.length === 0) missing.push('weekday');
    if (time === null) missing.push('time');
    if (time === null || missing.length > 0) {
      untimed.push({
        seriesId: series.id,
        title: series.title,
        missing,
        weekdays: [...certain, ...possible],
        dayPart: series.dayPart ?? null,
        frequency: frequencyText(series),
      });
      continue;
    }
    const duration = series.durationMinutes.status === 'stated' ? series.durationMinutes.value : null;
    const add = (weekday: Weekday, certainty: GridEntry['certainty']) => {
      entries.push({
        seriesId: series.id,
        title: series.title,
        weekday,
        time,
        durationMinutes: duration,
        certainty,
        frequency: frequencyText(series),
        topic: series.topicsByWeekday?.[weekday] ?? null,
      });
    };
    certain.forEach((d) => {
      add(d, 'certain');
    });
    possible.forEach((d) => {
      add(d, 'possible');
    });
  }
  const times = [...new Set(entries.map((e) => e.time))].sort();
  entries.sort((a, b) => a.time.localeCompare(b.time) || WEEKDAYS.indexOf(a.weekday) - WEEKDAYS.indexOf(b.weekday));
  return { times, entries, untimed };
}
