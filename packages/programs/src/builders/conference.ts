import type { ConferenceSeries } from '@gmekit/model';
import { unstated } from './open';

/**
 * Zone of every conference in the catalog. No brochure names a zone: the
 * zone is inferred (see {@link LOS_ANGELES_REASONING}).
 */
export const LOS_ANGELES = 'America/Los_Angeles';

/** Why every conference's zone is America/Los_Angeles although no brochure says so. */
export const LOS_ANGELES_REASONING =
  'No brochure names a time zone. The programs are at Kaiser Permanente Los Angeles Medical Center, so their clock times are read as Los Angeles local time, which the IANA database names America/Los_Angeles.';

/** Fields of a conference series that the builder fills in. */
type Defaulted = 'timeZone' | 'startTime' | 'durationMinutes' | 'anchorDate' | 'weekdays' | 'frequency' | 'inferred';

/**
 * A conference series with everything the source does not state left
 * unstated, and its Los Angeles zone marked as inferred: override only what
 * the brochure gives.
 *
 * @param series - the stated parts of the series
 * @returns the full series
 */
export function conference(series: Omit<ConferenceSeries, Defaulted> & Partial<Pick<ConferenceSeries, Defaulted>>): ConferenceSeries {
  return {
    frequency: unstated(),
    weekdays: unstated(),
    startTime: unstated(),
    durationMinutes: unstated(),
    anchorDate: unstated(),
    timeZone: LOS_ANGELES,
    inferred: { timeZone: LOS_ANGELES_REASONING },
    ...series,
  };
}
