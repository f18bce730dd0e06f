import type { Rotation, SiteId } from '@gmekit/model';
import { rotationId } from '../builders/ids';
import { inferred, unstated } from '../builders/open';
import { CHLA, CITY_OF_HOPE, LAMC, WEST_LA } from '../sites';
import { CENTERS_BULLET, CENTERS_IDENTIFIED, FOUR_CENTERS, PRACTICE_SETTINGS, SETTINGS, hpm } from './source';

/**
 * Settings fellows have “the unique opportunity to follow their patients
 * across”, as rotation ids: an opportunity the brochure describes, not time
 * it requires in each. Post-acute
 * care, which the mission names only as a setting graduates are equipped to
 * practice in, is an expectation of the program, not a rotation.
 */
export const SETTING_ROTATIONS = {
  inpatientConsult: rotationId('hpm-inpatient-consult'),
  outpatientClinic: rotationId('hpm-outpatient-clinic'),
  homeBasedPalliativeCare: rotationId('hpm-home-based-palliative-care'),
  hospice: rotationId('hpm-hospice'),
} as const;

/** The four medical centers, as rotation ids. */
export const CENTER_ROTATIONS = {
  lamc: rotationId('hpm-lamc'),
  westLosAngeles: rotationId('hpm-west-los-angeles'),
  childrensHospital: rotationId('hpm-childrens-hospital-los-angeles'),
  cityOfHope: rotationId('hpm-city-of-hope'),
} as const;

const NO_SITE = unstated('the brochure does not say at which medical center this setting is taught');

function setting(id: Rotation['id'], name: string, tag: string, quotes: string[]): Rotation {
  return { id, name, categories: ['palliative-care', tag], site: NO_SITE, sources: hpm(...quotes) };
}

function center(id: Rotation['id'], name: string, site: SiteId, tag: string, quote: string): Rotation {
  return { id, name, categories: ['palliative-care', 'medical-center', tag], site: inferred(site, CENTERS_IDENTIFIED), sources: hpm(FOUR_CENTERS, quote) };
}

/**
 * Settings and medical centers of the fellowship. The brochure names both but
 * not how the year is divided among them, nor which setting is at which center.
 */
export const rotations: Rotation[] = [
  setting(SETTING_ROTATIONS.inpatientConsult, 'Inpatient consult service', 'inpatient-consult', [SETTINGS, PRACTICE_SETTINGS]),
  setting(SETTING_ROTATIONS.outpatientClinic, 'Outpatient clinic', 'outpatient-clinic', [SETTINGS, PRACTICE_SETTINGS]),
  setting(SETTING_ROTATIONS.homeBasedPalliativeCare, 'Home-based palliative care', 'home-based-palliative-care', [SETTINGS, PRACTICE_SETTINGS]),
  setting(SETTING_ROTATIONS.hospice, 'Hospice', 'hospice', [SETTINGS, PRACTICE_SETTINGS]),
  center(CENTER_ROTATIONS.lamc, 'Kaiser Permanente Los Angeles Medical Center', LAMC, 'tertiary-academic-hospital', CENTERS_BULLET),
  center(CENTER_ROTATIONS.westLosAngeles, 'Kaiser Permanente West Los Angeles Medical Center', WEST_LA, 'community-hospital', CENTERS_BULLET),
  center(CENTER_ROTATIONS.childrensHospital, 'Children’s Hospital of Los Angeles', CHLA, 'childrens-hospital', CENTERS_BULLET),
  center(CENTER_ROTATIONS.cityOfHope, 'City of Hope Cancer Hospital', CITY_OF_HOPE, 'cancer-center', CENTERS_BULLET),
];
