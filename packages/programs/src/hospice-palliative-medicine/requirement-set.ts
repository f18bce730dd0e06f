import type { RequirementSet } from '@gmekit/model';
import { requirementId } from '../build/ids';
import { exact, months } from '../build/quantity';
import { CHLA, CITY_OF_HOPE, LAMC, WEST_LA } from '../sites';
import { CARE_SETTINGS } from './settings';
import { CENTERS_BULLET, FOUR_CENTERS, ONE_YEAR, PROGRAM_ID, SETTINGS, hpm } from './source';

/**
 * What a Hospice & Palliative Medicine fellow's record and the program's plan
 * are checked against: one year, all four medical centers, and the four
 * settings fellows follow their patients across (inpatient consult, outpatient
 * clinic, home-based palliative care, hospice).
 */
export const requirementSet: RequirementSet = {
  id: 'kp-lamc-hospice-palliative-medicine-requirements',
  programId: PROGRAM_ID,
  title: 'Hospice & Palliative Medicine fellowship requirements',
  requirements: [
    {
      id: requirementId('hpm-training-length'),
      kind: 'training-length',
      title: 'Training length: 12 months',
      length: months(exact(12)),
      sources: hpm(ONE_YEAR),
    },
    {
      id: requirementId('hpm-four-medical-centers'),
      kind: 'distinct-sites',
      title: 'Rotate through all four medical centers',
      siteIds: [LAMC, WEST_LA, CHLA, CITY_OF_HOPE],
      sources: hpm(FOUR_CENTERS, CENTERS_BULLET),
    },
    {
      id: requirementId('hpm-care-settings'),
      kind: 'distinct-sites',
      title: 'Train in each setting fellows follow their patients across',
      settings: [...CARE_SETTINGS],
      sources: hpm(SETTINGS),
    },
  ],
};
