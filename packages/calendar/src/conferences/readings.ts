/**
 * Reading a conference series' open values. A stated value is used as is;
 * an ambiguous one only when the caller picks one of its readings; an
 * unstated one only when the caller supplies it. Every choice made for the
 * caller's sake is reported, so nothing is guessed silently.
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

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reads one open value of a series.
 *
 * @param open - the open value
 * @param chosen - the caller's pick or supplied value
 * @param field - the field's name, for codes and messages
 * @param series - the series, for messages
 * @param path - path of the field
 * @param findings - where to report
 * @param missing - severity when the value is unstated and not supplied
 * @returns the value, or no value
 */
export function readOpen<T>(
  open: Open<T>,
  chosen: T | undefined,
  field: string,
  series: Pick<ConferenceSeries, 'id' | 'title'>,
  path: readonly PathSegment[],
  findings: Finding[],
  missing: 'error' | 'warning' = 'error',
): Reading<T> {
  const name = `${series.title} (${series.id})`;
  if (open.status === 'stated') return { value: open.value };
  if (open.status === 'ambiguous') {
    const readings = open.candidates.map((c) => `${JSON.stringify(c.value)} (${c.reading})`).join('; ');
    if (chosen === undefined) {
      findings.push({
        code: `conference/${field}-ambiguous`,
        severity: 'error',
        path: [...path, field],
        message: `${name}: ${field} is ambiguous ("${open.note}"); choose one of ${readings} with readings.${field}`,
      });
      return {};
    }
    if (!open.candidates.some((c) => same(c.value, chosen))) {
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
      message: `${name}: ${field} read as ${JSON.stringify(chosen)}, chosen by the caller from the ambiguous "${open.note}"`,
    });
    return { value: chosen };
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
    severity: missing,
    path: [...path, field],
    message: `${name}: the source does not state ${field}${open.note ? ` ("${open.note}")` : ''}; supply it with readings.${field}`,
  });
  return {};
}
