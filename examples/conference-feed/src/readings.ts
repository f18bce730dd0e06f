/**
 * Readings the example feed picks for the embedded catalog where the
 * brochures are ambiguous. Each is an office's choice, not a fact of the
 * brochure, and the feed's JSON reports it as a `conference/reading-chosen`
 * finding. Everything else the brochures leave unstated (times, weekdays,
 * phases) stays out of the feed rather than being invented.
 *
 * @module
 */
import type { ConferenceReadings } from '@gmekit/calendar';

const WEEKDAYS_ONLY: ConferenceReadings = { frequency: 'weekdays', weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'] };

/**
 * Interventional Radiology's two "daily" series read as Monday to Friday: the
 * brochure gives topics for Monday to Friday only.
 */
export const DEFAULT_READINGS: Readonly<Record<string, ConferenceReadings>> = {
  'ir-general-diagnostic-conferences': WEEKDAYS_ONLY,
  'ir-am-conference': WEEKDAYS_ONLY,
};
