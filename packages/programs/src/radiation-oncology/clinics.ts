import type { Clinic } from '@gmekit/model';
import { clinicId } from '../builders/ids';
import { inferred, stated, unstated } from '../builders/open';
import { LAMC_CANCER_CENTER } from '../sites';
import { ALL_ROTATIONS_AT_CANCER_CENTER, ro } from './source';

/** The Senior Resident Clinic (PGY-4 and PGY-5). */
export const SENIOR_RESIDENT_CLINIC = clinicId('ro-senior-resident-clinic');

const WEEKLY_CLINICS =
  'Our clinical curriculum is organized on a “mini-block” system (1-2 months) and integrated by design around each of the multi-disciplinary clinics that we host and lead on a weekly basis.';
const CLINIC_LIST = 'These clinics include head and neck, central nervous system, gynecologic, genitourinary, and anorectal malignancies.';

// The brochure says where the clinical rotations are, not where the clinics
// meet; the clinics' site is inferred from the rotations built around them.
const CLINIC_SITE = inferred(
  LAMC_CANCER_CENTER,
  'The brochure places “All clinical rotations” at the Kaiser Permanente Cancer Center at Los Angeles Medical Center, and the mini-blocks are “integrated by design around” these clinics, “that we host”; where the clinics themselves meet is not said.',
);

function multidisciplinary(slug: string, name: string): Clinic {
  return {
    id: clinicId(`ro-${slug}-clinic`),
    name,
    kind: 'multidisciplinary',
    site: CLINIC_SITE,
    frequency: stated('weekly'),
    description: 'Hosted and led by the department; residents work alongside the surgical specialists.',
    sources: ro(WEEKLY_CLINICS, CLINIC_LIST, ALL_ROTATIONS_AT_CANCER_CENTER),
  };
}

/** The weekly multidisciplinary clinics and the Senior Resident Clinic. */
export const clinics: Clinic[] = [
  multidisciplinary('head-and-neck', 'Head and neck multidisciplinary clinic'),
  multidisciplinary('cns', 'Central nervous system multidisciplinary clinic'),
  multidisciplinary('gynecologic', 'Gynecologic multidisciplinary clinic'),
  multidisciplinary('genitourinary', 'Genitourinary multidisciplinary clinic'),
  multidisciplinary('anorectal', 'Anorectal multidisciplinary clinic'),
  {
    id: SENIOR_RESIDENT_CLINIC,
    name: 'Senior Resident Clinic',
    kind: 'senior-resident',
    site: unstated('the brochure does not say where the Senior Resident Clinic meets'),
    frequency: unstated(),
    pgy: { from: 4, to: 5 },
    description:
      'A graded transition towards independent practice; clinical faculty mentors oversee treatment decision-making, planning, and implementation. Rated by current residents and alumni as one of the biggest strengths of the program.',
    sources: ro(
      'Our senior residents (PGY-4, PGY-5) participate in a Senior Resident Clinic, reflective of our philosophy of fostering a graded transition towards independent practice.',
      'Clinical faculty members serve as mentors and are assigned to oversee treatment decision-making, planning, and implementation.',
      'The Senior Resident Clinic has been consistently rated by current residents and alumni as one of the biggest strengths of our program.',
    ),
  },
];
