/**
 * One program's conference sessions for a window, as the JSON document and as
 * an iCalendar file a calendar client subscribes to. Each session is its own
 * VEVENT (holidays and closures make sessions differ from the rule), with a
 * UID built from the series and the date the rule gave, so a client updates
 * a session in place when it moves and removes it when it is cancelled.
 *
 * Sessions are expanded one academic year at a time and kept (see
 * {@link SessionStore}): a window is cut from the years it overlaps, so the
 * many windows clients ask for cost one expansion per program and year.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import {
  conferencesToICS,
  expandConferences,
  toICS,
  type ConferenceOccurrence,
  type ConferenceReadings,
  type ClosureRules,
  type UnplacedSeries,
} from '@gmekit/calendar';
import type { Finding, Program } from '@gmekit/model';
import { FIRST_DATE, LAST_DATE, type FeedWindow } from './window';

/** What shapes a feed beyond the catalog. */
export interface FeedOptions {
  /** Readings the office picked for series the brochure leaves open. */
  readonly readingsBySeries?: Readonly<Record<string, ConferenceReadings>>;
  /** Holidays, closures and what they do to sessions (default: federal holidays cancel). */
  readonly rules?: ClosureRules;
  /** Most sessions a series may produce for one window. */
  readonly limitPerSeries: number;
  /** DTSTAMP of every event: when the feed's data was generated (ISO instant, UTC). */
  readonly generatedAt: string;
  /** REFRESH-INTERVAL suggested to clients (ISO 8601 duration). */
  readonly refreshInterval: string;
}

/** The JSON form of a feed. */
export interface FeedDocument {
  /** The program. */
  readonly program: { readonly id: string; readonly name: string };
  /** The window, inclusive local dates. */
  readonly window: FeedWindow;
  /** When the data was generated. */
  readonly generatedAt: string;
  /** Sessions in time order, cancelled and moved ones marked. */
  readonly occurrences: readonly ConferenceOccurrence[];
  /** Series left out (what the brochure does not state) and readings chosen. */
  readonly findings: readonly Finding[];
  /** Series not on the calendar until the office supplies the values the brochure leaves open. */
  readonly unplaced: readonly UnplacedSeries[];
}

interface YearSessions {
  readonly occurrences: readonly ConferenceOccurrence[];
  readonly findings: readonly Finding[];
  readonly unplaced: readonly UnplacedSeries[];
}

/**
 * The academic years (July 1 – June 30) a window overlaps, the first and last
 * cut to the dates a feed serves, so 0001-01-01 and 9999-12-31 have a year too.
 */
function yearsOf(window: FeedWindow): FeedWindow[] {
  const first = Temporal.PlainDate.from(window.start);
  const last = Temporal.PlainDate.from(window.end);
  const years: FeedWindow[] = [];
  for (let y = first.month >= 7 ? first.year : first.year - 1; y <= (last.month >= 7 ? last.year : last.year - 1); y += 1) {
    const start = y < 1 ? FIRST_DATE : new Temporal.PlainDate(y, 7, 1).toString();
    const end = y + 1 > 9999 ? LAST_DATE : new Temporal.PlainDate(y + 1, 6, 30).toString();
    years.push({ start, end });
  }
  return years;
}

/**
 * Expanded sessions per program and academic year, the most recently used
 * `capacity` years kept. `expandConferences` keeps a session in a window by
 * its final local date, so the union of whole years cut to the window is the
 * window's expansion.
 */
export class SessionStore {
  private readonly years = new Map<string, YearSessions>();

  /**
   * @param options - readings, closures and limits used for every expansion
   * @param capacity - program-years kept
   */
  constructor(
    private readonly options: Pick<FeedOptions, 'readingsBySeries' | 'rules' | 'limitPerSeries'>,
    private readonly capacity = 48,
  ) {}

  /**
   * Sessions of a program in a window.
   *
   * @param program - the program
   * @param window - inclusive local dates
   * @returns sessions in time order and the findings of the expansion
   */
  sessions(program: Program, window: FeedWindow): YearSessions {
    const occurrences: ConferenceOccurrence[] = [];
    const findings = new Map<string, Finding>();
    const unplaced = new Map<string, UnplacedSeries>();
    for (const year of yearsOf(window)) {
      const got = this.year(program, year.start, year.end);
      for (const o of got.occurrences) if (o.date >= window.start && o.date <= window.end) occurrences.push(o);
      for (const f of got.findings) findings.set(`${f.code}|${f.path.join('.')}|${f.message}`, f);
      for (const u of got.unplaced) unplaced.set(u.seriesId, u);
    }
    return { occurrences, findings: [...findings.values()], unplaced: [...unplaced.values()] };
  }

  private year(program: Program, start: string, end: string): YearSessions {
    const key = `${program.id}|${start}`;
    const hit = this.years.get(key);
    if (hit) {
      this.years.delete(key);
      this.years.set(key, hit);
      return hit;
    }
    const expansion = expandConferences(program, { start, end }, {
      limit: this.options.limitPerSeries,
      ...(this.options.readingsBySeries ? { readingsBySeries: this.options.readingsBySeries } : {}),
      ...(this.options.rules ? { rules: this.options.rules } : {}),
    });
    const value = { occurrences: expansion.occurrences, findings: expansion.findings, unplaced: expansion.unplaced };
    if (this.years.size >= this.capacity) {
      const oldest = this.years.keys().next();
      if (oldest.done !== true) this.years.delete(oldest.value);
    }
    this.years.set(key, value);
    return value;
  }
}

/**
 * A program's sessions for a window, as the JSON document.
 *
 * @param program - the program
 * @param window - inclusive local dates
 * @param options - DTSTAMP
 * @param store - where sessions are expanded and kept
 * @returns the JSON document
 */
export function feedDocument(program: Program, window: FeedWindow, options: Pick<FeedOptions, 'generatedAt'>, store: SessionStore): FeedDocument {
  const { occurrences, findings, unplaced } = store.sessions(program, window);
  return { program: { id: program.id, name: program.name }, window, generatedAt: options.generatedAt, occurrences, findings, unplaced };
}

/**
 * Writes a feed as iCalendar text.
 *
 * @param doc - the JSON document
 * @param options - refresh interval
 * @param program - the program's series, so an empty feed says why (no series, or none with a stated time)
 * @param siteNames - site names by id, written as LOCATION
 * @returns the `.ics` text (CRLF, folded)
 */
export function feedICS(doc: FeedDocument, options: Pick<FeedOptions, 'refreshInterval'>, program?: Pick<Program, 'conferences'>, siteNames?: Readonly<Record<string, string>>): string {
  return toICS(
    conferencesToICS(doc, {
      name: `${doc.program.name} conferences`,
      description: "Conference sessions generated by gmekit from the program's catalog entry.",
      window: doc.window,
      dtstamp: doc.generatedAt,
      uidDomain: `${doc.program.id}.gmekit`,
      refreshInterval: options.refreshInterval,
      ...(program === undefined ? {} : { series: program.conferences }),
      ...(siteNames === undefined ? {} : { siteNames }),
    }),
  );
}
