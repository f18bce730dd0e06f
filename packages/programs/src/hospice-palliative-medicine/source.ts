import { citerFor } from '../builders/sources';
import { programId } from '../builders/ids';
import { SEED_FILES } from '../seeds';

/** The brochure this program is encoded from. */
export const FILE = SEED_FILES.hospicePalliativeMedicine;

/** Cites sentences of the Hospice & Palliative Medicine brochure. */
export const hpm = citerFor(FILE);

/** Id of the Hospice & Palliative Medicine fellowship. */
export const PROGRAM_ID = programId('kp-lamc-hospice-palliative-medicine');

/** The one-year program sentence. */
export const ONE_YEAR =
  'The Kaiser Permanente Los Angeles Hospice and Palliative Medicine Fellowship program is a one-year clinical program aimed at training physicians from a variety of medical specialties in the care of seriously ill patients and their families.';
/** The settings fellows follow patients across. */
export const SETTINGS =
  'Kaiser Permanente’s fully integrated electronic medical records system allows our fellows the unique opportunity to follow their patients across these multiple clinical settings, from the inpatient consult service to the outpatient clinic to our integrated home-based palliative care and hospice programs.';
/** The settings fellows are equipped to practice in. */
export const PRACTICE_SETTINGS =
  'Our fellows are equipped to practice palliative medicine in any palliative setting of their choice, including inpatient, home-based palliative, hospice, clinic and post-acute.';
/** The four medical centers. */
export const FOUR_CENTERS = 'Our fellows rotate through four different medical centers, each with a unique culture and patient population.';
/** The mission bullet that names the four centers. */
export const CENTERS_BULLET =
  'To familiarize our learners with a diverse range of illnesses and healthcare systems, including a tertiary, academic hospital (Kaiser Permanente Los Angeles Medical Center), a community-based hospital (Kaiser Permanente West Los Angeles Medical Center), a children’s hospital (Children’s Hospital of Los Angeles) and a comprehensive cancer center (City of Hope Cancer Hospital).';
/**
 * Why the four medical centers fellows rotate through are read as the four
 * institutions a mission bullet names.
 */
export const CENTERS_IDENTIFIED =
  'The brochure says “Our fellows rotate through four different medical centers” and, in a mission bullet, names four institutions (“a tertiary, academic hospital (Kaiser Permanente Los Angeles Medical Center), a community-based hospital (Kaiser Permanente West Los Angeles Medical Center), a children’s hospital (Children’s Hospital of Los Angeles) and a comprehensive cancer center (City of Hope Cancer Hospital)”); it never says these are the four centers, the count and the list are read together.';

/** The multi-setting care sentence. */
export const MULTI_SETTING = 'Our fellows care for patients across the care continuum through multi-setting, interdisciplinary, team-based care.';
