import { citerFor } from '../builders/sources';
import { programId } from '../builders/ids';
import { SEED_FILES } from '../seeds';

/** The brochure this program is encoded from. */
export const FILE = SEED_FILES.interventionalRadiology;

/** Cites sentences of the Interventional Radiology brochure. */
export const ir = citerFor(FILE);

/** Id of the Integrated Interventional Radiology residency. */
export const PROGRAM_ID = programId('kp-lamc-interventional-radiology');

/**
 * Why a place the IR brochure speaks of as “our” or “we” is read as Kaiser
 * Permanente Los Angeles Medical Center.
 */
export const OUR_DIVISION_AT_LAMC =
  'The brochure is the IR division of Kaiser Permanente Los Angeles Medical Center speaking of itself (“we”, “our”); it does not name where this takes place, so it is read as that medical center.';

// Sentences several modules cite. They are verbatim, typos included
// ("onemonth", "unit( CCU)"), so the quote check can find them.

/** The internship months. */
export const INTERNSHIP =
  'During the year, trainees have one month of interventional radiology, one month of vascular surgery, two months of surgical oncology, onemonth of thoracic surgery, one month of pediatric surgery, onemonth of colorectal surgery, two months of acute care surgery, a month of minimally invasive surgery and one month of medical intensive care unit (MICU).';
/** PGY2's MICU time and weekend call. */
export const PGY2_MICU_AND_CALL =
  'During the PGY 2 year trainees rotate in the medical intensive care unit as well as doing weekend interventional radiology call to continue to expand their clinical and technical experience.';
/** PGY2's MICU time in hours. */
export const PGY2_MICU_HOURS = 'During PGY 2 you will spend about 80 hours in the medical intensive care unit (MICU).';
/** PGY2's closing IR months. */
export const PGY2_END = 'At the end of PGY 2, trainees do two months of back to back interventional radiology.';
/** PGY3's three-month block. */
export const PGY3_BLOCK =
  'The PGY 3 year has a 3 month block, which includes one month of intensive care in the cardiac care unit( CCU) and two months of interventional radiology.';
/** PGY4's opening months. */
export const PGY4_START =
  'At the very beginning of PGY 4, the IR integrated residents do one month of interventional radiology and one month of neurointerventional radiology residency.';
/** The brochure's PGY2–PGY4 sum. */
export const SEVEN_AND_A_HALF =
  'Thus trainees complete a total of 7.5 months of interventional radiology and clinical rotations during PGY2 through PGY4.';
/** PGY5's months. */
export const PGY5 =
  'The PGY 5 year has two additional months of neurointerventional radiology, one to two months of vascular surgery and two additional months of intensive care medicine.';
/** PGY5's remainder. */
export const PGY5_REMAINDER =
  'The remainder of the year will be interventional radiology intermixed with one month of mammography and one month of nuclear medicine.';
/** PGY6. */
export const PGY6 = 'The final year will be primarily on the interventional radiology service with some options for elective time on clinical rotations.';
/** The ICU total. */
export const ICU_TOTAL = 'the extensive ICU experience integrated throughout (4.5 months)';
/** The CICU months of PGY5–PGY6. */
export const CICU_PGY5_6 = 'The PGY 5 and 6 years will include 2 months of CICU experience.';
/** The internship's MICU month. */
export const INTERNSHIP_MICU = 'During the surgical internship you spend one month in a very busy medical intensive care unit.';
/** The neuro-interventional minimum and stroke call. */
export const NEURO_MINIMUM =
  'Our integrated IR residents do a minimum of three months of neuro-interventional during their residency and assist in stroke call, resulting in extensive hands on experience in cerebral circulation.';
/** The continuity clinic. */
export const CONTINUITY =
  'The integrated IR residents will have a half day of clinic a week throughout the PGY 2 through PGY 6 years.';
/** The wound care hours. */
export const WOUND_CARE = 'Our residents receive a minimum of 80 hours of wound care training and have the option of getting wound care';
/** What each trainee takes part in. */
export const TRAINEE_VOLUMES =
  'Our trainees each get to participate in over 50 aortic repairs, 100 lower extremity revascularizations and numerous DVT/PE/varicose vein interventions.';
