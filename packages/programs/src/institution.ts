import type { Institution } from '@gmekit/model';
import { institutionId } from './builders/ids';
import { moreThan } from './builders/quantity';
import { cite } from './builders/sources';
import { SEED_FILES } from './seeds';
import { LAMC } from './sites';

/** Id of the sponsoring institution. */
export const INSTITUTION_ID = institutionId('kp-lamc-gme');

/** The sponsoring institution: Kaiser Permanente Los Angeles Medical Center. */
export const institution: Institution = {
  id: INSTITUTION_ID,
  name: 'Kaiser Permanente Los Angeles Medical Center',
  mainSiteId: LAMC,
  // "other" is relative to the Hospice & Palliative Medicine fellowship, whose
  // brochure says it; the count is a floor, not a total.
  otherProgramCount: moreThan(20),
  sources: cite(
    SEED_FILES.hospicePalliativeMedicine,
    'In addition, Kaiser Permanente LAMC offers over 20 other residency and fellowship programs that provide stimulating interaction and exchange among fellow residents and faculty physicians.',
  ),
};
