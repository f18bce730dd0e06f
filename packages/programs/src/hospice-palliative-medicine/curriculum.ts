import type { Curriculum, RotationBlock, RotationId, Sources } from '@gmekit/model';
import { unstated } from '../builders/open';
import { exact, months, noCount } from '../builders/quantity';
import { CENTER_ROTATIONS, SETTING_ROTATIONS } from './rotations';
import { CENTERS_BULLET, FOUR_CENTERS, ONE_YEAR, SETTINGS, hpm } from './source';

function block(rotationId: RotationId, sources: Sources, optional = false): RotationBlock {
  return {
    rotationId,
    duration: months(noCount('the brochure does not say how the year is divided')),
    position: unstated(),
    ...(optional ? { optional } : {}),
    sources,
  };
}

const settings = hpm(SETTINGS);
const centers = hpm(FOUR_CENTERS, CENTERS_BULLET);

/**
 * One twelve-month year through all four medical centers, with the four
 * settings fellows have “the unique opportunity” to follow their patients
 * across as optional blocks (an opportunity, not an obligation), with no
 * durations or order stated. The PGY level of the year is not
 * stated either (fellows come "from a variety of medical specialties").
 */
export const curriculum: Curriculum = {
  blockSystem: unstated('the brochure does not describe blocks'),
  years: [
    {
      year: 1,
      length: months(exact(12)),
      blocks: [
        block(SETTING_ROTATIONS.inpatientConsult, settings, true),
        block(SETTING_ROTATIONS.outpatientClinic, settings, true),
        block(SETTING_ROTATIONS.homeBasedPalliativeCare, settings, true),
        block(SETTING_ROTATIONS.hospice, settings, true),
        block(CENTER_ROTATIONS.lamc, centers),
        block(CENTER_ROTATIONS.westLosAngeles, centers),
        block(CENTER_ROTATIONS.childrensHospital, centers),
        block(CENTER_ROTATIONS.cityOfHope, centers),
      ],
      note: 'Settings and medical centers overlap (a setting is taught at some center); the brochure does not say which, or for how long.',
      sources: hpm(ONE_YEAR),
    },
  ],
  longitudinal: [],
  totals: [],
};
