import type { RequirementSet } from '@gmekit/model';
import { requirementId } from '../builders/ids';
import { atLeast, exact, months } from '../builders/quantity';
import { DEPARTMENT_TALK, PROJECT } from './expectations';
import { PROGRAM_ID, ro } from './source';

/**
 * What a Radiation Oncology resident's record and the program's plan are
 * checked against: the brochure's 48-month curriculum, the 36-month core
 * clinical floor, the research and electives time (provided, so only capped),
 * the investigative project and the annual department talk.
 */
export const requirementSet: RequirementSet = {
  id: 'kp-lamc-radiation-oncology-requirements',
  programId: PROGRAM_ID,
  title: 'Radiation Oncology residency requirements',
  requirements: [
    {
      id: requirementId('ro-training-length'),
      kind: 'training-length',
      title: 'Training length: 48 months',
      description: 'The 48-month curriculum over four years (PGY2–PGY5).',
      length: months(exact(48)),
      sources: ro('The 48-month curriculum is designed by intention to achieve the ACGME Core Competencies', 'These four years include progressively increasing responsibility in all phases of clinical oncology.'),
    },
    {
      id: requirementId('ro-core-clinical'),
      kind: 'rotation-time',
      title: 'Core clinical training: at least 36 months',
      categories: ['core-clinical'],
      min: months(atLeast(36)),
      sources: ro('During residency, a minimum of 36 months will be spent in core clinical training.'),
    },
    {
      id: requirementId('ro-research-and-electives'),
      kind: 'rotation-time',
      title: 'Research and clinical electives: at most 12 months',
      description:
        '“An additional 12 months are provided for research and clinical electives at the discretion of the resident”: the time is provided, not required, so there is no floor; with a minimum of 36 core clinical months in 48, the ceiling is the 12 provided. Core clinical training is a minimum, not pinned to 36.',
      categories: ['research', 'elective'],
      max: months(exact(12)),
      sources: ro(
        'An additional 12 months are provided for research and clinical electives at the discretion of the resident and the approval of the program directorship.',
      ),
    },
    {
      id: requirementId('ro-investigative-project'),
      kind: 'scholarly',
      title: 'At least one investigative project submitted and/or presented',
      description: 'Submission and/or presentation in a peer-reviewed journal or scientific meeting, based on ACGME requirements.',
      activityKinds: ['investigative-project'],
      statuses: ['submitted', 'accepted', 'presented', 'published'],
      min: 1,
      sources: ro(PROJECT),
    },
    {
      id: requirementId('ro-annual-department-talk'),
      kind: 'recurring-presentation',
      title: 'Annual department talk',
      presentationKind: 'department-talk',
      perAcademicYear: 1,
      sources: ro(DEPARTMENT_TALK),
    },
  ],
};
