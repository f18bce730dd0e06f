import { citerFor } from '../builders/sources';
import { programId } from '../builders/ids';
import { SEED_FILES } from '../seeds';

/** The brochure this program is encoded from. */
export const FILE = SEED_FILES.radiationOncology;

/** Cites sentences of the Radiation Oncology brochure. */
export const ro = citerFor(FILE);

/** Id of the Radiation Oncology residency. */
export const PROGRAM_ID = programId('kp-lamc-radiation-oncology');

/** Sentence that places every clinical rotation, pediatrics included. */
export const ALL_ROTATIONS_AT_CANCER_CENTER =
  'All clinical rotations are completed at the Kaiser Permanente Cancer Center at Los Angeles Medical Center including pediatrics.';
