/**
 * Readings the example feed picks where the brochures are ambiguous: the
 * catalog's documented defaults, the same ones `gmekit conferences` uses, so
 * the feed and the CLI's `.ics` agree. Each is an office's choice, not a fact
 * of the brochure, and the feed's JSON reports it as a
 * `conference/reading-chosen` finding. Everything else the brochures leave
 * unstated (times, weekdays, phases) stays out of the feed rather than being
 * invented.
 *
 * @module
 */
import type { ConferenceReadings } from '@gmekit/calendar';
import { DEFAULT_CONFERENCE_READINGS } from '@gmekit/programs';

/** Interventional Radiology's two "daily" series read as Monday to Friday (see `DEFAULT_CONFERENCE_READINGS`). */
export const DEFAULT_READINGS: Readonly<Record<string, ConferenceReadings>> = DEFAULT_CONFERENCE_READINGS;
