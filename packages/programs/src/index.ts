/**
 * `@gmekit/programs`: the embedded reference catalog. Three Kaiser Permanente
 * Los Angeles Medical Center programs encoded from their brochures, with the
 * sentence each fact came from and every gap the brochures leave open.
 *
 * @packageDocumentation
 */
export {
  catalog,
  hospicePalliativeMedicine,
  institution,
  interventionalRadiology,
  programById,
  programFactSources,
  radiationOncology,
  sites,
} from './catalog';
export { programGaps } from '@gmekit/model';
export type { ProgramFactSources } from './fact-sources';
export { SEED_FILES } from './seeds';
export type { SeedFile } from './seeds';
export { DEFAULT_CONFERENCE_READINGS } from './conference-readings';
export { ANAHEIM_SATELLITE, CHLA, CITY_OF_HOPE, LAMC, LAMC_CANCER_CENTER, ONTARIO_SATELLITE, WEST_LA } from './sites';

