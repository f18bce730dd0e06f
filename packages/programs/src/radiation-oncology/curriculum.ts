import type { Curriculum, CurriculumYear } from '@gmekit/model';
import { experienceId } from '../builders/ids';
import { stated, unstated } from '../builders/open';
import { atLeast, between, exact, months } from '../builders/quantity';
import { SENIOR_RESIDENT_CLINIC } from './clinics';
import { ro } from './source';

/** "Our senior residents (PGY-4, PGY-5)": with "these four years", PGY2–PGY5. */
export const SENIOR_RESIDENTS = 'Our senior residents (PGY-4, PGY-5) participate in a Senior Resident Clinic';
/** The sentence that makes the 48 months four years. */
export const FOUR_YEARS = 'These four years include progressively increasing responsibility in all phases of clinical oncology.';

// The brochure states no block for any single year: every year is 12 months
// with nothing sequenced, so each shows up as unaccounted time in the gaps.
function year(n: number): CurriculumYear {
  return {
    year: n,
    pgy: n + 1,
    length: months(exact(12)),
    blocks: [],
    note: 'The brochure sequences no rotations within the year; only four-year totals are stated.',
    sources: ro(FOUR_YEARS, 'The 48-month curriculum is designed by intention to achieve the ACGME Core Competencies'),
  };
}

/** Four years (PGY2–PGY5) of mini-blocks; only the four-year totals are stated. */
export const curriculum: Curriculum = {
  blockSystem: stated({ kind: 'custom', length: months(between(1, 2)), name: 'mini-block' }),
  years: [year(1), year(2), year(3), year(4)],
  longitudinal: [
    {
      id: experienceId('ro-senior-resident-clinic'),
      title: 'Senior Resident Clinic',
      kind: 'clinic',
      pgy: stated({ from: 4, to: 5 }),
      cadence: unstated('how often senior residents staff the clinic is not stated'),
      clinicId: SENIOR_RESIDENT_CLINIC,
      sources: ro(SENIOR_RESIDENTS),
    },
  ],
  totals: [
    {
      id: 'core-clinical',
      label: 'Core clinical training',
      categories: ['core-clinical'],
      duration: months(atLeast(36)),
      basis: 'unsequenced',
      sources: ro('During residency, a minimum of 36 months will be spent in core clinical training.'),
    },
    {
      id: 'research-and-electives',
      label: 'Research and clinical electives',
      categories: ['research', 'elective'],
      duration: months(exact(12)),
      basis: 'unsequenced',
      sources: ro(
        'An additional 12 months are provided for research and clinical electives at the discretion of the resident and the approval of the program directorship.',
      ),
    },
  ],
};
