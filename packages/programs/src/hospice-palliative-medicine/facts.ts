import type { ProgramFact } from '@gmekit/model';
import { SETTINGS, hpm } from './source';

/** Highlights and outcomes the brochure states. */
export const facts: ProgramFact[] = [
  {
    id: 'integrated-medical-record',
    kind: 'highlight',
    text: 'Kaiser Permanente’s fully integrated electronic medical records system lets fellows follow their patients across the inpatient consult service, the outpatient clinic and the integrated home-based palliative care and hospice programs: continuity of care rarely seen in other medical systems.',
    sources: hpm(SETTINGS, 'As a fellow you will have unparalleled continuity of care that is rarely seen in other medical systems.'),
  },
  {
    id: 'graduates-leaders',
    kind: 'outcome',
    text: 'Graduates have become fellowship directors, medical directors, and leaders in education and care delivery.',
    sources: hpm('Our graduates have become fellowship directors, medical directors, and leaders in education and care delivery.'),
  },
  {
    id: 'diversity',
    kind: 'highlight',
    text: 'Diversity is a cornerstone of the program: Los Angeles is one of the most diverse and vibrant cities in the nation, and fellows encounter patients with a wide range of cultural, ethnic, and religious backgrounds.',
    sources: hpm(
      'Diversity is another cornerstone of our program.',
      'Los Angeles is one of the most diverse and vibrant cities in the nation, which means that our fellows encounter patients with a wide range of cultural, ethnic, and religious backgrounds.',
    ),
  },
];
