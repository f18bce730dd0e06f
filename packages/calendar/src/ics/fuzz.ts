/**
 * A seeded fuzzer for {@link parseICS}: well-formed seed files in every
 * client style, mutated (truncated, lines dropped/duplicated/swapped, bytes
 * flipped, nesting broken, absurd rules and zones spliced in). The test suite
 * runs a small sample; the benchmarks call it with ≥ 100,000 files.
 *
 * @module
 */
import { expandCalendar } from './expand-calendar';
import { parseICS } from './read';

/** Options of {@link fuzzICS}. */
export interface FuzzOptions {
  /** How many files to generate and parse. */
  readonly count: number;
  /** PRNG seed; the same seed gives the same files. */
  readonly seed: number;
  /**
   * Also expand every parsed calendar over one year (limit 5,000 per event),
   * so the reader and the recurrence engine are fuzzed together; an error
   * other than a `RecurrenceError` counts as a throw.
   */
  readonly expand?: boolean;
  /** Called with the text of a file whose parse threw (for reproduction). */
  readonly onThrow?: (text: string, error: unknown) => void;
}

/** What {@link fuzzICS} measured. */
export interface FuzzReport {
  /** Files parsed. */
  readonly files: number;
  /** Parses that threw or stopped with an `ics/internal` finding (must be 0). */
  readonly throws: number;
  /** Slowest single file (parse, and expansion when asked), milliseconds. */
  readonly maxMs: number;
  /** The slowest file, to reproduce a slow case. */
  readonly slowest: string;
}

const WINDOW = { start: '2026-07-01T00:00:00Z', end: '2027-07-01T00:00:00Z' };

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEEDS: readonly string[] = [
  [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Google Inc//Google Calendar 70.9054//EN', 'X-WR-TIMEZONE:America/Los_Angeles',
    'BEGIN:VTIMEZONE', 'TZID:America/Los_Angeles', 'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'DTSTART:19700308T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT', 'BEGIN:STANDARD', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800',
    'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD', 'END:VTIMEZONE',
    'BEGIN:VEVENT', 'DTSTART;TZID=America/Los_Angeles:20260707T070000', 'DTEND;TZID=America/Los_Angeles:20260707T080000',
    'RRULE:FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630', 'EXDATE;TZID=America/Los_Angeles:20261229T070000', 'DTSTAMP:20260601T000000Z',
    'UID:g1@google.com', 'SUMMARY:Tumor board', 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n'),
  [
    'BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0', 'METHOD:PUBLISH',
    'BEGIN:VTIMEZONE', 'TZID:Pacific Standard Time', 'BEGIN:STANDARD', 'DTSTART:16011104T020000',
    'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'END:STANDARD', 'BEGIN:DAYLIGHT',
    'DTSTART:16010311T020000', 'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'END:DAYLIGHT',
    'END:VTIMEZONE', 'BEGIN:VEVENT', 'UID:040000008200E00074C5B7101A82E008', 'DTSTAMP:20260601T000000Z',
    'DTSTART;TZID="Pacific Standard Time":20260702T120000', 'DTEND;TZID="Pacific Standard Time":20260702T130000',
    'RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH;COUNT=20', 'SUMMARY;LANGUAGE=en-us:Journal club', 'X-MICROSOFT-CDO-BUSYSTATUS:BUSY',
    'END:VEVENT', 'BEGIN:VEVENT', 'UID:040000008200E00074C5B7101A82E008', 'RECURRENCE-ID;TZID="Pacific Standard Time":20260716T120000',
    'DTSTART;TZID="Pacific Standard Time":20260717T120000', 'DTEND;TZID="Pacific Standard Time":20260717T130000',
    'DTSTAMP:20260601T000000Z', 'SUMMARY:Journal club (moved)', 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n'),
  [
    'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Apple Inc.//macOS 15.0//EN', 'CALSCALE:GREGORIAN', 'BEGIN:VEVENT',
    'UID:6A1C-APPLE', 'DTSTAMP:20260601T000000Z', 'DTSTART;TZID=America/Los_Angeles:20260714T070000', 'DURATION:PT1H',
    'RRULE:FREQ=MONTHLY;BYDAY=2TU,4TU', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC', 'LOCATION:Los Angeles Medical Center\\, ',
    '\tRoom 4', 'X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE="LAMC, Room 4":geo:34.09,-118.29',
    'BEGIN:VALARM', 'ACTION:DISPLAY', 'TRIGGER:-PT15M', 'DESCRIPTION:Reminder', 'END:VALARM', 'END:VEVENT',
    'BEGIN:VEVENT', 'UID:holiday', 'DTSTAMP:20260601T000000Z', 'DTSTART;VALUE=DATE:20260704', 'DTEND;VALUE=DATE:20260705',
    'SUMMARY:Independence Day', 'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n'),
];

const SPLICES: readonly string[] = [
  'BEGIN:VEVENT', 'END:VEVENT', 'END:VCALENDAR', 'BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', 'END:VTIMEZONE',
  'RRULE:FREQ=SECONDLY', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'RRULE:FREQ=DAILY;COUNT=999999999',
  'RRULE:FREQ=MINUTELY;INTERVAL=0', 'RRULE:FREQ=WEEKLY;BYDAY=XX', 'RRULE:FREQ=YEARLY;BYSETPOS=-366;BYDAY=MO',
  'DTSTART;TZID=Mars/Olympus:20260101T000000', 'DTSTART;TZID="Eastern Standard Time":20260230T250000',
  'DTSTART:20261301T000000', 'DTSTART;VALUE=DATE:99999999', 'EXDATE:' + '20260101T000000Z,'.repeat(50),
  'RECURRENCE-ID;RANGE=THISANDFUTURE:20260707T070000', 'DURATION:-PT1H', 'DURATION:PTXH', 'TZOFFSETFROM:+9999',
  'X-LONG:' + 'é😀'.repeat(300), 'DESCRIPTION:a\\', ';;;', ':', '\t continuation', 'SUMMARY;X="unterminated:value',
  'BEGIN:' + 'X'.repeat(80), 'UID:' + 'u'.repeat(5000),
];

function mutate(text: string, random: () => number): string {
  const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];
  let lines = text.split('\r\n');
  const steps = 1 + Math.floor(random() * 4);
  for (let s = 0; s < steps; s++) {
    const i = Math.floor(random() * lines.length);
    switch (Math.floor(random() * 9)) {
      case 0:
        return lines.join('\r\n').slice(0, Math.floor(random() * text.length));
      case 1:
        lines.splice(i, 1);
        break;
      case 2:
        lines.splice(i, 0, lines[i] ?? '');
        break;
      case 3: {
        const j = Math.floor(random() * lines.length);
        [lines[i], lines[j]] = [lines[j] ?? '', lines[i] ?? ''];
        break;
      }
      case 4:
        lines.splice(i, 0, pick(SPLICES) ?? '');
        break;
      case 5: {
        const line = lines[i] ?? '';
        const at = Math.floor(random() * (line.length + 1));
        lines[i] = line.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + line.slice(at + 1);
        break;
      }
      case 6:
        lines[i] = (lines[i] ?? '').replace(/\d/g, () => String(Math.floor(random() * 10)));
        break;
      case 7: {
        const depth = 1 + Math.floor(random() * 40);
        lines.splice(i, 0, ...Array.from({ length: depth }, () => 'BEGIN:VEVENT'));
        break;
      }
      default:
        lines = lines.join('\n').replace(/\n/g, random() < 0.5 ? '\r' : '\n').split('\r\n');
    }
  }
  return lines.join('\r\n');
}

/**
 * Parses `count` mutated files and reports how many threw and the slowest
 * parse. `parseICS` must never throw, so `throws` should always be 0.
 *
 * @param options - count and seed (and an optional hook for throwing inputs)
 * @returns files parsed, throws, the slowest file and its time in ms
 * @example
 * const { throws, maxMs } = fuzzICS({ count: 100_000, seed: 1 });
 */
export function fuzzICS(options: FuzzOptions): FuzzReport {
  const random = rng(options.seed);
  let throws = 0;
  let maxMs = 0;
  let slowest = '';
  for (let n = 0; n < options.count; n++) {
    const base = SEEDS[n % SEEDS.length] ?? '';
    const text = mutate(base, random);
    const t0 = performance.now();
    try {
      // parseICS catches its own failures as an `ics/internal` finding;
      // the fuzzer counts those as throws, since they are bugs all the same.
      const { calendar, findings } = parseICS(text);
      let internal: { message: string } | undefined = findings.find((f) => f.code === 'ics/internal');
      if (options.expand === true) {
        const expanded = expandCalendar(calendar, WINDOW, { limit: 5000 });
        internal ??= expanded.findings.find((f) => f.code === 'ics/expand/failed');
      }
      if (internal !== undefined) {
        throws++;
        options.onThrow?.(text, new Error(internal.message));
      }
    } catch (error) {
      throws++;
      options.onThrow?.(text, error);
    }
    const ms = performance.now() - t0;
    if (ms > maxMs) {
      maxMs = ms;
      slowest = text;
    }
  }
  return { files: options.count, throws, maxMs, slowest };
}
