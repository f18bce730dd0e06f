import type { RequirementSet } from '@gmekit/model';
import { requirementId } from '../builders/ids';
import { exact, months } from '../builders/quantity';
import { CHLA, CITY_OF_HOPE, LAMC, WEST_LA } from '../sites';
import { CENTERS_BULLET, FOUR_CENTERS, ONE_YEAR, PROGRAM_ID, hpm } from './source';

/**
 * What a Hospice & Palliative Medicine fellow's record and the program's plan
 * are checked against: one year and all four medical centers. The settings
 * fellows may follow their patients across are “the unique opportunity”, not
 * an obligation, so no requirement is made of them.
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
      description:
        '“Our fellows rotate through four different medical centers”. Which four is inferred: the brochure names four institutions in a mission bullet without saying they are the centers fellows rotate through.',
      siteIds: [LAMC, WEST_LA, CHLA, CITY_OF_HOPE],
      sources: hpm(FOUR_CENTERS, CENTERS_BULLET),
    },
  ],
};
