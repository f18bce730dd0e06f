/**
 * US federal holidays with observed dates.
 *
 * @module
 */
export { observedFederalHolidaysBetween, usFederalHolidays } from './federal';
export type { FederalHoliday, FederalHolidayId, FederalHolidayOptions } from './federal';
