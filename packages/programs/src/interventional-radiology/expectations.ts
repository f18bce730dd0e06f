import type { Expectation } from '@gmekit/model';
import { CONTINUITY, WOUND_CARE, ir } from './source';

/** What the IR brochure expects of or offers its residents beyond rotations. */
export const expectations: Expectation[] = [
  { id: 'wound-care-training', kind: 'competency', text: 'A minimum of 80 hours of wound care training.', strength: 'required', sources: ir(WOUND_CARE) },
  {
    id: 'wound-care-certification',
    kind: 'certification',
    text: 'The option of getting wound care certified.',
    strength: 'optional',
    // The brochure's columns split this sentence: "… getting wound care" ends
    // one block and "certified." opens a later one.
    sources: ir(WOUND_CARE),
  },
  {
    id: 'vascular-clinic',
    kind: 'competency',
    text: 'By the end of training, be able to set up a vascular outpatient clinic and be comfortable prescribing statins, antiplatelets, antibiotics and doing basic wound care.',
    strength: 'required',
    sources: ir(
      'By the end of training trainees should be able to set up a vascular outpatient clinic and be comfortable prescribing statins, antiplatelets, antibiotics and doing basic wound care.',
    ),
  },
  {
    id: 'continuity-patients',
    kind: 'competency',
    text: 'In continuity clinic, act as the patient’s advocate: relay lab and imaging results, keep screening up to date, manage comorbid conditions, guide smoking cessation and aid diabetic control.',
    strength: 'required',
    sources: ir(
      CONTINUITY,
      'The IR resident will be responsible for monitoring and managing their patient’s comorbid conditions, guiding them on smoking cessation and aiding with diabetic control.',
    ),
  },
  {
    id: 'icu-skills',
    kind: 'competency',
    text: 'During the intensive care months, become comfortable running codes and caring for higher acuity cardiac patients on ventilator support, intra-aortic balloon pumps, or pulmonary artery invasive monitoring.',
    strength: 'required',
    sources: ir(
      'the IR resident will get more comfortable with the running of codes and dealing with higher acuity cardiac patients who require ventilator support, intra-aortic balloon pumps, or pulmonary artery invasive monitoring.',
    ),
  },
  {
    id: 'angio-clubs-and-meetings',
    kind: 'presentation',
    text: 'Attend and present at local angio clubs and at regional and national interventional meetings.',
    strength: 'encouraged',
    sources: ir('We also highly encourage the IR resident to attend and present at local angio clubs as well as regional and national interventional meetings.'),
  },
  {
    id: 'medical-students',
    kind: 'teaching',
    text: 'Work closely with 3rd and 4th year medical students, at the institution and nationally.',
    strength: 'required',
    sources: ir('Our IR integrated residents will work closely with medical students both at our institution and also nationally.', 'We have 3rd and 4th year students.'),
  },
];
