import type { Clinic } from '@gmekit/model';
import { clinicId } from '../builders/ids';
import { unstated } from '../builders/open';
import { SETTINGS, hpm } from './source';

const NO_SITE = unstated('the brochure does not say at which medical center');

function service(slug: string, name: string, kind: Clinic['kind']): Clinic {
  return { id: clinicId(`hpm-${slug}`), name, kind, site: NO_SITE, frequency: unstated(), sources: hpm(SETTINGS) };
}

/** The services fellows follow their patients across. */
export const clinics: Clinic[] = [
  service('inpatient-consult-service', 'Inpatient consult service', 'consult-service'),
  service('outpatient-clinic', 'Outpatient clinic', 'outpatient'),
  service('home-based-palliative-care', 'Integrated home-based palliative care program', 'home-based'),
  service('hospice', 'Integrated hospice program', 'hospice'),
];
