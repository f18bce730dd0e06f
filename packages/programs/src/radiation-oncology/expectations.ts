import type { Expectation } from '@gmekit/model';
import { ro } from './source';

/** Sentence requiring an investigative project. */
export const PROJECT =
  'It is required that this effort culminates in the completion of at least one investigative project followed by submission and/or presentation in a peer-reviewed journals or scientific meeting based on ACGME requirements.';
/** Sentence on the annual department talk. */
export const DEPARTMENT_TALK = 'Additionally, each resident will give an annual department talk on a relevant clinical topic of their choice.';

/** Research, presentation and competency expectations of the residency. */
export const expectations: Expectation[] = [
  {
    id: 'investigative-project',
    kind: 'research',
    text: 'Complete at least one investigative project, followed by submission and/or presentation in a peer-reviewed journal or scientific meeting.',
    strength: 'required',
    sources: ro(PROJECT),
  },
  {
    id: 'research-focus',
    kind: 'research',
    text: 'Focus on clinical, radiation physics, or radiation biology research under the guidance of a mentor, with dedicated time for research and scholarly activities.',
    strength: 'optional',
    sources: ro(
      'Our curriculum offers ample and dedicated time to participate in research and scholarly activities.',
      'Residents may focus on clinical, radiation physics, or radiation biology research under the guidance of a mentor.',
    ),
  },
  {
    id: 'annual-department-talk',
    kind: 'presentation',
    text: 'Give an annual department talk on a relevant clinical topic of the resident’s choice.',
    strength: 'required',
    sources: ro(DEPARTMENT_TALK),
  },
  {
    id: 'procedures',
    kind: 'competency',
    text: 'Become proficient in procedures including nasopharyngoscopy and rigid proctoscopy.',
    strength: 'required',
    sources: ro(
      'Residents function as a critical part of the multidisciplinary care team working alongside our surgical specialists and become proficient in procedures including nasopharyngoscopy and rigid proctoscopy.',
    ),
  },
  {
    id: 'acgme-core-competencies',
    kind: 'competency',
    text: 'Achieve the ACGME Core Competencies: professionalism; patient care and procedural skills; medical knowledge; practice-based learning and improvement; interpersonal and communication skills; systems-based practice.',
    strength: 'required',
    sources: ro(
      'The 48-month curriculum is designed by intention to achieve the ACGME Core Competencies of 1) professionalism, 2) patient care and procedural skills, 3) medical knowledge, 4) practice-based learning and improvement, 5) interpersonal and communication skills, and 6) systems-based practice.',
    ),
  },
  {
    id: 'board-preparation',
    kind: 'other',
    text: 'Formal instruction in radiation physics and radiation biology in a Friday lecture series, in preparation for written board examinations.',
    // "Residents will also receive formal instruction…" says what the program provides.
    strength: 'provided',
    sources: ro(
      'Residents will also receive formal instruction in radiation physics and radiation biology in a Friday lecture series to establish foundational understanding of our field and in preparation for written board examinations.',
    ),
  },
];
