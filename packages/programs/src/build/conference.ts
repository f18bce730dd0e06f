import type { ConferenceSeries } from '@gmekit/model';
import { unstated } from './open';

/**
 * Zone of every conference in the catalog. All three programs are at Kaiser
 * Permanente Los Angeles Medical Center ("our Los Angeles facility",
 * "Los Angeles is one of the most diverse and vibrant cities in the nation"),
 * and Los Angeles keeps Pacific time.
 */
export const LOS_ANGELES = 'America/Los_Angeles';

/** Fields of a conference series that the builder fills in. */
type Defaulted = 'timeZone' | 'startTime' | 'durationMinutes' | 'anchorDate' | 'weekdays' | 'frequency';

/**
 * A conference series with everything the source does not state left
 * unstated: override only what the brochure gives.
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
    ...series,
  };
}
