import type { ProgramFact } from '@gmekit/model';
import { ir } from './source';

/** The residency's web address, as the brochure prints it (no scheme). */
export const IR_WEBSITE = 'residency-scal-kaiserpermanente.org';

const SUB_INTERNS =
  'They are acting sub-interns and see initial consultations, actively participate in clinic and are also heavily involved in the procedural areas.';

/** Highlights, history, outcomes and the web address the brochure states. */
export const facts: ProgramFact[] = [
  {
    id: 'graduates-practices',
    kind: 'outcome',
    text: 'Graduates go on to develop robust clinical IR practices.',
    sources: ir('We established a pathway for training in 2008 and our graduates go on to develop robust clinical IR practices.'),
  },
  {
    id: 'early-student-rotation',
    kind: 'history',
    text: 'Started one of the earliest medical student rotations for IR in southern California.',
    sources: ir('We started one of the earliest medical student rotations for IR in southern California.'),
  },
  {
    id: 'competence-before-complex-procedures',
    kind: 'highlight',
    text: 'Once clinical competence is gained in the ICU, outpatient clinic and inpatient consults, trainees have the opportunity to perform complex procedures.',
    sources: ir('Once clinical competence is gained in the ICU, outpatient clinic and inpatient consults, trainees have the opportunity to perform complex procedures.'),
  },
  {
    id: 'general-surgery-division',
    kind: 'highlight',
    text: 'The general surgery division of the internship is vigorous and busy with tertiary cases; trainees receive hands-on training, often directly with the surgical attending.',
    sources: ir(
      'The general surgery division is vigorous and busy with tertiary cases.',
      'Trainees receive hands-on training, often directly with the surgical attending in the surgical division.',
    ),
  },
  {
    id: 'cancer-patients-for-life',
    kind: 'highlight',
    text: 'Cancer patients are followed for life, with a deep understanding of the various oncologic options including immunotherapy.',
    sources: ir('We follow our cancer patients for life and have a deep understanding of the various oncologic options including immunotherapy.'),
  },
  {
    id: 'medical-students-sub-interns',
    kind: 'highlight',
    text: '3rd and 4th year medical students are acting sub-interns on the IR service: they see initial consultations, actively participate in clinic and are heavily involved in the procedural areas.',
    sources: ir('We have 3rd and 4th year students.', 'Our medical students are an integral part of our training program on the IR service.', SUB_INTERNS),
  },
  {
    // "nationally" is this sentence's, about the residents; not the students'.
    id: 'residents-work-with-students',
    kind: 'highlight',
    text: 'The integrated IR residents work closely with medical students both at the institution and nationally.',
    sources: ir('Our IR integrated residents will work closely with medical students both at our institution and also nationally.'),
  },
  {
    id: 'website',
    kind: 'link',
    text: 'How to apply, faculty and residents, available clerkships and electives, and benefits and salary.',
    url: IR_WEBSITE,
    sources: ir(
      'Visit residency-scal-kaiserpermanente.org to learn more about how to apply, our faculty & residents, available clerkships & electives, and benefits & salary',
    ),
  },
];
