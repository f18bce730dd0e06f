import type { Program } from '@gmekit/model';
import { inferred, stated, unstated } from '../builders/open';
import { exact, months } from '../builders/quantity';
import { INSTITUTION_ID } from '../institution';
import { ANAHEIM_SATELLITE, LAMC, LAMC_CANCER_CENTER, ONTARIO_SATELLITE } from '../sites';
import { clinics } from './clinics';
import { conferences } from './conferences';
import { curriculum, FOUR_YEARS, SENIOR_RESIDENTS } from './curriculum';
import { equipment } from './equipment';
import { expectations } from './expectations';
import { facts } from './facts';
import { requirementSet } from './requirement-set';
import { rotations } from './rotations';
import { ALL_ROTATIONS_AT_CANCER_CENTER, FILE, PROGRAM_ID, ro } from './source';
import type { ProgramFactSources } from '../fact-sources';

const FOUNDING =
  'Our residency program was founded in 1986 under the leadership of the late Dr. A. Robert Kagan as Chief of Service and Dr. Aroor Rao as Program Director.';

/** Sentences behind the Radiation Oncology program-level facts, by field. */
export const radiationOncologyFactSources: ProgramFactSources = {
  name: ro('Welcome to the Radiation Oncology Residency Program at the Kaiser Permanente Cancer Center at Los Angeles Medical Center!'),
  accreditor: ro(
    'The 48-month curriculum is designed by intention to achieve the ACGME Core Competencies',
    'followed by submission and/or presentation in a peer-reviewed journals or scientific meeting based on ACGME requirements.',
  ),
  founded: ro(FOUNDING),
  pgyLevels: ro(SENIOR_RESIDENTS, FOUR_YEARS),
  length: ro('The 48-month curriculum is designed by intention to achieve the ACGME Core Competencies', FOUR_YEARS),
  missions: ro(
    'Our core missions are: 1) to train competent and compassionate radiation oncologists who will deliver high-quality, evidence-based care within a variety of practice settings and 2) to help our graduating residents secure ideal job placements in competitive markets.',
  ),
  siteIds: ro(
    'The Radiation Oncology Department is the largest in California and one of the largest in the nation.',
    ALL_ROTATIONS_AT_CANCER_CENTER,
    'We also perform LDR brachytherapy implants at our main hospital.',
    'Our satellite facilities in Anaheim and Ontario host several additional linear accelerators',
  ),
};

/**
 * The Radiation Oncology residency at the Kaiser Permanente Cancer Center at
 * Los Angeles Medical Center, from brochure `000_151de7602a9d0946.txt`.
 */
export const radiationOncology: Program = {
  id: PROGRAM_ID,
  name: 'Radiation Oncology Residency Program',
  institutionId: INSTITUTION_ID,
  type: 'residency',
  specialty: {
    name: 'Radiation Oncology',
    acgmeCode: unstated('the brochure gives no specialty code'),
    board: unstated('the brochure mentions “written board examinations” without naming the board'),
  },
  accreditor: inferred(
    'ACGME',
    'The brochure never says who accredits the program; it designs the curriculum “to achieve the ACGME Core Competencies” and requires research “based on ACGME requirements”, which implies ACGME accreditation.',
  ),
  founded: stated(1986),
  pgyLevels: inferred(
    { from: 2, to: 5 },
    'The brochure names only “Our senior residents (PGY-4, PGY-5)” and “These four years”; four years ending at PGY-5 start at PGY-2.',
  ),
  length: months(exact(48)),
  positions: {
    perYear: exact(2),
    total: exact(8),
    initialTotal: exact(3),
    sources: ro('The program initially began with a total of three residents and has since increased to a total of eight residents (two per year).'),
  },
  faculty: {
    total: exact(25),
    description: 'full-time clinical faculty',
    locations: exact(3),
    groups: [],
    sources: ro(
      'Over the course of thirty plus years, the department has grown rapidly in size from a small group of founding physicians in one location to twenty-five full-time clinical faculty across three locations.',
    ),
  },
  // The brochure names only the founding leadership; who leads the program
  // now is not stated anywhere, so no current leader is listed.
  leadership: [
    { role: 'chief-of-service', name: 'Dr. A. Robert Kagan', period: 'founding', since: stated(1986), note: 'the late', sources: ro(FOUNDING) },
    { role: 'program-director', name: 'Dr. Aroor Rao', period: 'founding', since: stated(1986), sources: ro(FOUNDING) },
  ],
  missions: [
    'to train competent and compassionate radiation oncologists who will deliver high-quality, evidence-based care within a variety of practice settings',
    'to help our graduating residents secure ideal job placements in competitive markets',
  ],
  siteIds: [LAMC, LAMC_CANCER_CENTER, ANAHEIM_SATELLITE, ONTARIO_SATELLITE],
  careSettings: [],
  affiliations: [],
  clinics,
  equipment,
  rotations,
  curriculum,
  conferences,
  volumes: [],
  expectations,
  requirementSet,
  sourceFile: FILE,
  factSources: radiationOncologyFactSources,
  facts,
};
