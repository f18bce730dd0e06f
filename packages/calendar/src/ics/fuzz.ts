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

/** The adversarial files of {@link fuzzICS} (see {@link FuzzOptions.adversarial}). */
export interface FuzzAdversarial {
  /** Every `every`-th file is adversarial instead of mutated. */
  readonly every: number;
  /** RECURRENCE-ID overrides in the many-overrides file (default 100,000). */
  readonly overrides?: number;
  /** Custom VTIMEZONEs in the many-zones file (default 300). */
  readonly zones?: number;
}

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
  /**
   * Also feed adversarial files built to cost as much as possible: every
   * `every`-th file is one (cycling through huge COUNT/INTERVAL, a YEARLY rule
   * with every BYMONTH/BYHOUR/BYMINUTE/BYSECOND value with and without
   * BYSETPOS, a series with `overrides` RECURRENCE-ID overrides (default
   * 100,000) and `zones` custom VTIMEZONEs that match no IANA zone (default
   * 300)). The gate uses small sizes; benchmarks/ the full ones.
   */
  readonly adversarial?: FuzzAdversarial;
  /** Wall-clock bound per file in ms (parse, and expansion when asked); files over it are counted in `overBound`. */
  readonly maxFileMs?: number;
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
  /** Files over `options.maxFileMs` (0 without a bound). */
  readonly overBound: number;
  /** Adversarial files among `files`. */
  readonly adversarialFiles: number;
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

const pad2 = (n: number): string => String(n).padStart(2, '0');
const calendar = (lines: readonly string[]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//gmekit//fuzz//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const vevent = (uid: string, ...lines: string[]): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'SUMMARY:adversarial', 'END:VEVENT'];
const every = (from: number, to: number): string => Array.from({ length: to - from + 1 }, (_, i) => i + from).join(',');

/** The adversarial file number `n` (see {@link FuzzOptions.adversarial}). */
function adversarialFile(n: number, random: () => number, overrides: number, zones: number): string {
  switch (n % 5) {
    case 0: {
      const count = 1_000_000 + Math.floor(random() * 2_146_000_000);
      const freq = ['SECONDLY', 'MINUTELY', 'DAILY'][Math.floor(random() * 3)] ?? 'DAILY';
      return calendar([
        ...vevent('count', 'DTSTART:20260701T000000Z', `RRULE:FREQ=${freq};COUNT=${count}`),
        ...vevent('interval', 'DTSTART:20260701T000000Z', `RRULE:FREQ=SECONDLY;INTERVAL=${count}`),
      ]);
    }
    case 1:
    case 2: {
      const setPos = n % 5 === 1 ? `;BYSETPOS=${random() < 0.5 ? -1 : 1 + Math.floor(random() * 366)}` : '';
      return calendar(vevent('all-by', 'DTSTART:19000101T000000Z', `RRULE:FREQ=YEARLY;BYMONTH=${every(1, 12)};BYHOUR=${every(0, 23)};BYMINUTE=${every(0, 59)};BYSECOND=${every(0, 59)}${setPos}`));
    }
    case 3: {
      const lines = vevent('many', 'DTSTART:20260701T090000Z', 'DURATION:PT1H', `RRULE:FREQ=DAILY;COUNT=${overrides}`);
      for (let i = 0; i < overrides; i++) {
        const day = new Date(Date.UTC(2026, 6, 1 + i));
        const text = `${day.getUTCFullYear()}${pad2(day.getUTCMonth() + 1)}${pad2(day.getUTCDate())}`;
        lines.push('BEGIN:VEVENT', 'UID:many', 'DTSTAMP:20260101T000000Z', `RECURRENCE-ID:${text}T090000Z`, `DTSTART:${text}T1${i % 10}0000Z`, `SUMMARY:moved ${i}`, 'END:VEVENT');
      }
      return calendar(lines);
    }
    default: {
      const lines: string[] = [];
      for (let i = 0; i < zones; i++) {
        // Invented offsets and rules (a quarter-hour standard offset, a
        // daylight shift of 20-80 minutes from an odd month): no IANA zone has them.
        const std = -720 + 15 * Math.floor(random() * 97) + 7;
        const dst = std + 20 + Math.floor(random() * 61);
        const off = (m: number): string => `${m < 0 ? '-' : '+'}${pad2(Math.floor(Math.abs(m) / 60))}${pad2(Math.abs(m) % 60)}`;
        const month = 1 + Math.floor(random() * 5);
        lines.push(
          'BEGIN:VTIMEZONE', `TZID:Fuzz Zone ${i}`,
          'BEGIN:DAYLIGHT', `DTSTART:2000${pad2(month)}01T020000`, `RRULE:FREQ=YEARLY;BYMONTH=${month};BYDAY=${1 + (i % 4)}SU`, `TZOFFSETFROM:${off(std)}`, `TZOFFSETTO:${off(dst)}`, 'END:DAYLIGHT',
          'BEGIN:STANDARD', `DTSTART:2000${pad2(month + 6)}01T020000`, `RRULE:FREQ=YEARLY;BYMONTH=${month + 6};BYDAY=-1SU`, `TZOFFSETFROM:${off(dst)}`, `TZOFFSETTO:${off(std)}`, 'END:STANDARD',
          'END:VTIMEZONE',
          ...vevent(`zone-${i}`, `DTSTART;TZID=Fuzz Zone ${i}:20260701T090000`, 'RRULE:FREQ=WEEKLY'),
        );
      }
      return calendar(lines);
    }
  }
}

/**
 * Parses `count` mutated files (and adversarial ones when asked) and
 * reports how many threw, the slowest file and how many went over the
 * per-file bound. `parseICS` must never throw, so `throws` should always be 0.
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
  let overBound = 0;
  let adversarialFiles = 0;
  const adv = options.adversarial;
  for (let n = 0; n < options.count; n++) {
    let text: string;
    if (adv !== undefined && adv.every > 0 && n % adv.every === adv.every - 1) {
      text = adversarialFile(adversarialFiles++, random, adv.overrides ?? 100_000, adv.zones ?? 300);
    } else text = mutate(SEEDS[n % SEEDS.length] ?? '', random);
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
    if (options.maxFileMs !== undefined && ms > options.maxFileMs) overBound++;
    if (ms > maxMs) {
      maxMs = ms;
      slowest = text;
    }
  }
  return { files: options.count, throws, maxMs, slowest, overBound, adversarialFiles };
}
