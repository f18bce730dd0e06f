import type { Program } from '@gmekit/model';
import type { ProgramFactSources } from '../fact-sources';
import { unstated } from '../builders/open';
import { exact, months, noCount } from '../builders/quantity';
import { INSTITUTION_ID } from '../institution';
import { CHLA, CITY_OF_HOPE, LAMC, WEST_LA } from '../sites';
import { clinics } from './clinics';
import { curriculum } from './curriculum';
import { facts } from './facts';
import { requirementSet } from './requirement-set';
import { rotations } from './rotations';
import { CARE_SETTINGS } from './settings';
import { CENTERS_BULLET, CENTERS_IDENTIFIED, FILE, FOUR_CENTERS, MULTI_SETTING, ONE_YEAR, PRACTICE_SETTINGS, PROGRAM_ID, SETTINGS, hpm } from './source';

const FACULTY =
  'Our fellows benefit from a large and diverse faculty of 22 physicians, many of whom with dual certifications in Palliative Medicine and Geriatrics, who have a passion for teaching and mentorship.';
const AFFILIATIONS =
  'Our fellowship program has close affiliations and collaborations with the Geriatric Medicine Fellowship Program, the Kaiser Permanente Bernard J. Tyson School of Medicine and Kaiser Permanente Research.';

/** The missions, verbatim: the department's, then the fellowship's four. */
const MISSIONS = [
  'The mission of our academic department is to serve and support those with serious illness across the care continuum through multi-setting, interdisciplinary, team-based care.',
  'To train proficient clinician leaders and educators in providing specialized, evidence-based, whole-person care in all palliative care settings.',
  'To provide a robust educational experience across the continuum of serious illness.',
  CENTERS_BULLET,
  'To promote personal wellness and character development through an innovative wellness curriculum and strong mentorship',
];

/** Sentences behind the HPM program-level facts, by field. */
export const hospicePalliativeMedicineFactSources: ProgramFactSources = {
  name: hpm(ONE_YEAR),
  length: hpm(ONE_YEAR),
  missions: hpm(
    'The mission of our academic department is to serve and support those with serious illness across the care continuum through multi-setting, interdisciplinary, team-based care.',
    'To train proficient clinician leaders and educators in providing specialized, evidence-based, whole- person care in all palliative care settings.',
    'To provide a robust educational experience across the continuum of serious illness.',
    CENTERS_BULLET,
    'To promote personal wellness and character development through an innovative wellness curriculum and strong mentorship',
  ),
  siteIds: hpm(FOUR_CENTERS, CENTERS_BULLET),
  careSettings: hpm(MULTI_SETTING, SETTINGS),
  affiliations: hpm(AFFILIATIONS),
};

/**
 * The Hospice & Palliative Medicine fellowship at Kaiser Permanente Los
 * Angeles Medical Center, from brochure `002_95986a87ca44b523.txt`. The
 * brochure states no founding year, PGY level, positions, leadership or
 * conferences; those stay open or empty.
 */
export const hospicePalliativeMedicine: Program = {
  id: PROGRAM_ID,
  name: 'Hospice and Palliative Medicine Fellowship',
  institutionId: INSTITUTION_ID,
  type: 'fellowship',
  specialty: {
    name: 'Hospice and Palliative Medicine',
    acgmeCode: unstated('the brochure gives no specialty code'),
    board: unstated('the brochure names no certifying board'),
  },
  accreditor: unstated('the brochure does not name an accreditor'),
  founded: unstated('the brochure gives no founding year'),
  pgyLevels: unstated('fellows come “from a variety of medical specialties”; the PGY level is not stated'),
  length: months(exact(12)),
  positions: {
    perYear: noCount('the brochure does not say how many fellows are taken'),
    total: noCount('the brochure does not say how many fellows are taken'),
    sources: [],
  },
  faculty: {
    total: exact(22),
    description: 'physicians',
    groups: [
      {
        id: 'dual-certified',
        label: 'Dual-certified in Palliative Medicine and Geriatrics',
        count: noCount('“many of whom”'),
        sources: hpm(FACULTY),
      },
    ],
    sources: hpm(FACULTY),
  },
  leadership: [],
  missions: MISSIONS,
  siteIds: [LAMC, WEST_LA, CHLA, CITY_OF_HOPE],
  careSettings: ['multi-setting', ...CARE_SETTINGS],
  affiliations: [
    { name: 'Geriatric Medicine Fellowship Program', sources: hpm(AFFILIATIONS) },
    { name: 'Kaiser Permanente Bernard J. Tyson School of Medicine', sources: hpm(AFFILIATIONS) },
    { name: 'Kaiser Permanente Research', sources: hpm(AFFILIATIONS) },
  ],
  clinics,
  equipment: [],
  rotations,
  curriculum,
  conferences: [],
  volumes: [],
  expectations: [
    {
      id: 'practice-any-setting',
      kind: 'competency',
      text: 'Be equipped to practice palliative medicine in any palliative setting: inpatient, home-based palliative, hospice, clinic and post-acute.',
      strength: 'required',
      sources: hpm(PRACTICE_SETTINGS),
    },
    {
      id: 'follow-patients-across-settings',
      kind: 'other',
      text: 'Follow patients across the inpatient consult service, the outpatient clinic, and the integrated home-based palliative care and hospice programs, through the integrated electronic medical records system.',
      // "allows our fellows the unique opportunity": offered, not required.
      strength: 'optional',
      sources: hpm(SETTINGS),
    },
  ],
  requirementSet,
  sourceFile: FILE,
  factSources: hospicePalliativeMedicineFactSources,
  facts,
  inferred: { siteIds: CENTERS_IDENTIFIED },
};
