import type { Clinic } from '@gmekit/model';
import { clinicId } from '../builders/ids';
import { ambiguous, inferred, stated, unstated } from '../builders/open';
import { LAMC } from '../sites';
import { CONTINUITY, OUR_DIVISION_AT_LAMC, ir } from './source';

/** The IR Resident Continuity Clinic. */
export const CONTINUITY_CLINIC = clinicId('ir-continuity-clinic');

/** Clinics and services of the IR division. */
export const clinics: Clinic[] = [
  {
    id: clinicId('ir-outpatient-clinic'),
    name: 'Outpatient Interventional Radiology clinic',
    kind: 'outpatient',
    site: inferred(LAMC, OUR_DIVISION_AT_LAMC),
    frequency: ambiguous(
      '“every day of the week”',
      { value: 'daily', reading: 'all seven days' },
      { value: 'weekdays', reading: 'Monday to Friday, the working days of the week' },
    ),
    description: 'Each IR attending has 1 to 2 days of clinic a week; the clinic sees 100 to 150 patients a week.',
    sources: ir(
      'We have developed a robust outpatient Interventional Radiology clinic every day of the week.',
      'Each IR attending has between 1 to 2 days of clinic a week, and our IR clinic sees between 100 to 150 patients a week.',
    ),
  },
  {
    id: CONTINUITY_CLINIC,
    name: 'IR Resident Continuity Clinic',
    kind: 'continuity',
    site: unstated(),
    frequency: stated('weekly'),
    pgy: { from: 2, to: 6 },
    description: 'Half a day a week; residents keep long-term relationships with their patients and manage their comorbid conditions.',
    sources: ir(CONTINUITY),
  },
  {
    id: clinicId('ir-vein-clinic'),
    name: 'Outpatient vein clinic',
    kind: 'specialty',
    site: unstated(),
    frequency: unstated(),
    description: 'Run by two VIR attendings.',
    sources: ir('We have two VIR attendings who run an outpatient vein clinic.'),
  },
  {
    id: clinicId('ir-vascular-malformation-center'),
    name: 'Multidisciplinary vascular malformation center',
    kind: 'multidisciplinary',
    site: unstated(),
    frequency: unstated(),
    description: 'Treats numerous complex venous malformations and AVMs.',
    sources: ir('Our department is directly involved in a busy multidisciplinary vascular malformation center and treat numerous complex venous malformations and AVMs.'),
  },
  {
    id: clinicId('ir-inpatient-consult-service'),
    name: 'Inpatient consult service',
    kind: 'consult-service',
    site: inferred(LAMC, OUR_DIVISION_AT_LAMC),
    frequency: unstated(),
    description: 'All inpatients are seen in formal consultation, whether or not a procedure is performed; the service also admits its own patients.',
    sources: ir(
      'We have established a purely consultative practice for the hospital setting where all inpatients are seen in formal consultation, regardless of if a procedure is going to be performed or not.',
      'We have our own admitting service and admit approximately 10 patients a week to the hospital directly to the vascular and interventional radiology service.',
    ),
  },
];
