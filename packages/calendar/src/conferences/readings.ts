/**
 * Reading a conference series' open values. A stated value is used as is;
 * an ambiguous one only when the caller picks one of its readings; an
 * unstated one only when the caller supplies it. Every choice made for the
 * caller's sake is reported, so nothing is guessed silently.
 *
 * A value the source leaves open is a warning, not an error: it is a
 * property of the data, and the caller can still place every other series.
 * Errors are kept for values that are wrong (a pick that is not one of the
 * source's readings).
 *
 * @module
 */
import type { ConferenceFrequency, ConferenceSeries, Finding, Open, PathSegment, Weekday } from '@gmekit/model';

/** Values a caller picks or supplies for a series' open values. */
export interface ConferenceReadings {
  /** Frequency: one of the candidates of an ambiguous frequency, or one supplied when unstated. */
  readonly frequency?: ConferenceFrequency;
  /** Weekdays the series meets on. */
  readonly weekdays?: readonly Weekday[];
  /** Local start time `HH:MM`. */
  readonly startTime?: string;
  /** Length in minutes. */
  readonly durationMinutes?: number;
  /** A date the series meets on, fixing its phase. */
  readonly anchorDate?: string;
}

/** The outcome of reading one open value. */
export type Reading<T> = { readonly value: T } | { readonly value?: undefined };

// Weekday lists are sets: a reading given as WE,MO is the reading MO,WE.
const canonical = (v: unknown): string => JSON.stringify(Array.isArray(v) ? v.map(String).sort() : v);
const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * Reads one open value of a series.
 *
 * @param open - the open value
 * @param chosen - the caller's pick or supplied value
 * @param field - the field's name, for codes and messages
 * @param series - the series, for messages
 * @param path - path of the field
 * @param findings - where to report
 * @param blocks - whether the series cannot be placed without the value (said in the message)
 * @returns the value, or no value
 */
export function readOpen<T>(
  open: Open<T>,
  chosen: T | undefined,
  field: string,
  series: Pick<ConferenceSeries, 'id' | 'title'>,
  path: readonly PathSegment[],
  findings: Finding[],
  blocks = true,
): Reading<T> {
  const name = `${series.title} (${series.id})`;
  const until = blocks ? '; the series is not placed until then' : '';
  // An inferred value is the catalog's reasoned reading; it places the series like a stated one.
  if (open.status === 'stated' || open.status === 'inferred') return { value: open.value };
  if (open.status === 'ambiguous') {
    const readings = open.candidates.map((c) => `${JSON.stringify(c.value)} (${c.reading})`).join('; ');
    if (chosen === undefined) {
      findings.push({
        code: `conference/${field}-ambiguous`,
        severity: 'warning',
        path: [...path, field],
        message: `${name}: ${field} is ambiguous ("${open.note}"); choose one of ${readings} with readings.${field}${until}`,
      });
      return {};
    }
    const match = open.candidates.find((c) => same(c.value, chosen));
    if (match === undefined) {
      findings.push({
        code: 'conference/reading-not-a-candidate',
        severity: 'error',
        path: [...path, field],
        message: `${name}: readings.${field} ${JSON.stringify(chosen)} is not one of the source's readings: ${readings}`,
      });
      return {};
    }
    findings.push({
      code: 'conference/reading-chosen',
      severity: 'info',
      path: [...path, field],
      message: `${name}: ${field} read as ${JSON.stringify(match.value)}, chosen by the caller from the ambiguous "${open.note}"`,
    });
    return { value: match.value };
  }
  if (chosen !== undefined) {
    findings.push({
      code: 'conference/value-supplied',
      severity: 'info',
      path: [...path, field],
      message: `${name}: the source does not state ${field}; using ${JSON.stringify(chosen)} supplied by the caller`,
    });
    return { value: chosen };
  }
  findings.push({
    code: `conference/${field}-unstated`,
    severity: 'warning',
    path: [...path, field],
    message: `${name}: the source does not state ${field}${open.note ? ` ("${open.note}")` : ''}; supply it with readings.${field}${until}`,
  });
  return {};
}

/** The open fields of a series that {@link ConferenceReadings} can settle. */
const READABLE = ['frequency', 'weekdays', 'startTime', 'durationMinutes', 'anchorDate'] as const;

/**
 * Extends the caller's readings to linked fields. The source words behind
 * two ambiguous fields are often one statement ("daily" gives both the
 * frequency and the weekdays), so their candidates share reading labels:
 * picking a field's candidate picks, in every other ambiguous field the
 * caller left alone, the one candidate with the same label. Each such pick
 * is reported as an `info` finding.
 *
 * @param series - the series
 * @param readings - the caller's readings
 * @param path - path of the series, for findings
 * @param findings - where to report
 * @returns the readings with linked picks added
 */
export function linkReadings(series: ConferenceSeries, readings: ConferenceReadings, path: readonly PathSegment[], findings: Finding[]): ConferenceReadings {
  const open = (field: (typeof READABLE)[number]): Open<unknown> => series[field];
  const out: Record<string, unknown> = { ...readings };
  for (const field of READABLE) {
    const field_ = open(field);
    const chosen = readings[field];
    if (chosen === undefined || field_.status !== 'ambiguous') continue;
    const label = field_.candidates.find((c) => same(c.value, chosen))?.reading;
    if (label === undefined) continue;
    for (const other of READABLE) {
      const target = open(other);
      if (other === field || out[other] !== undefined || target.status !== 'ambiguous') continue;
      const matches = target.candidates.filter((c) => c.reading === label);
      const [match] = matches;
      if (matches.length !== 1 || match === undefined) continue;
      out[other] = match.value;
      findings.push({
        code: 'conference/reading-linked',
        severity: 'info',
        path: [...path, other],
        message: `${series.title} (${series.id}): ${other} read as ${JSON.stringify(match.value)} ("${label}"), the same reading as the chosen ${field}`,
      });
    }
  }
  return out;
}
