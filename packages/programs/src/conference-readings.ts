/**
 * The readings gmekit's feed and `gmekit conferences` use by default where a
 * brochure is ambiguous. Each picks one of the source's own readings and is
 * reported as a `conference/reading-chosen` finding, so it is never passed
 * off as a fact; values a brochure does not state at all (clock times,
 * weekdays, phases) are not supplied here.
 *
 * @module
 */
import type { ConferenceReadings } from '@gmekit/calendar';

const WEEKDAYS_ONLY: ConferenceReadings = { frequency: 'weekdays', weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'] };

/**
 * Default readings per conference series id. Interventional Radiology's two
 * "daily" series are read as Monday to Friday: the brochure gives the AM
 * conference's topics for Monday to Friday only, and lists no weekend
 * sessions for either.
 *
 * @example
 * expandConferences(interventionalRadiology, academicYearRange(2026), { readingsBySeries: DEFAULT_CONFERENCE_READINGS });
 */
export const DEFAULT_CONFERENCE_READINGS: Readonly<Record<string, ConferenceReadings>> = {
  'ir-general-diagnostic-conferences': WEEKDAYS_ONLY,
  'ir-am-conference': WEEKDAYS_ONLY,
};
