/**
 * US federal holidays with observed dates.
 *
 * @module
 */
export { observedFederalHolidaysBetween, usFederalHolidays } from './federal';
export { FEDERAL_HOLIDAYS_FIRST_YEAR } from './federal';
export type { FederalHoliday, FederalHolidayId, FederalHolidayOptions } from './federal';
