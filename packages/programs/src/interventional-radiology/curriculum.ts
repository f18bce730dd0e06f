import type { BlockPosition, Curriculum, Duration, RotationBlock, RotationId, Sources } from '@gmekit/model';
import { ambiguous, stated, unstated } from '../builders/open';
import { about, atLeast, between, exact, hours, months, noCount, remainder } from '../builders/quantity';
import { longitudinal } from './longitudinal';
import * as R from './rotations';
import {
  CICU_PGY5_6,
  ICU_TOTAL,
  INTERNSHIP,
  INTERNSHIP_MICU,
  NEURO_MINIMUM,
  PGY2_END,
  PGY2_MICU_AND_CALL,
  PGY2_MICU_HOURS,
  PGY3_BLOCK,
  PGY4_START,
  PGY5,
  PGY5_REMAINDER,
  PGY6,
  SEVEN_AND_A_HALF,
  ir,
} from './source';

const TWELVE = months(exact(12));
// Each year is counted, never measured.
const TWELVE_MONTH_YEAR = { length: 'The brochure counts years (“The PGY 3 year”, “The final year”) but never gives their length; twelve months is read, not stated.' };

function block(rotationId: RotationId, duration: Duration, sources: Sources, extra: Partial<Pick<RotationBlock, 'position' | 'group' | 'optional' | 'split'>> = {}): RotationBlock {
  return { rotationId, duration, position: unstated(), sources, ...extra };
}

const one = months(exact(1));
const two = months(exact(2));
const internship = ir(INTERNSHIP);

// "At the very beginning of PGY 4 … one month of interventional radiology and
// one month of neurointerventional radiology": the two months open the year
// together, but which comes first is not said.
const PGY4_GROUP = 'pgy4-start';
// "a 3 month block, which includes one month of … CCU and two months of
// interventional radiology": one block of three months, in no stated order.
const PGY3_GROUP = 'pgy3-three-month-block';

// "The PGY 5 year has … two additional months of intensive care medicine" and
// "The PGY 5 and 6 years will include 2 months of CICU experience": read as the
// same two months (the 4.5-month ICU total allows no more), listed under PGY5
// but placed by the ICU section in PGY5 and PGY6 without a split. Every
// reading keeps the two months, so the ICU total is 4.5 under each.
const CICU_SPLIT = ambiguous(
  '“The PGY 5 and 6 years will include 2 months of CICU experience”: how the two months divide between PGY5 and PGY6 is not said',
  { value: [{ year: 5, months: 2 }], reading: 'both in PGY5, as the PGY 5 paragraph lists “two additional months of intensive care medicine”' },
  { value: [{ year: 5, months: 1 }, { year: 6, months: 1 }], reading: 'one month in PGY5 and one in PGY6' },
  { value: [{ year: 6, months: 2 }], reading: 'both in PGY6' },
);
const atStart = stated<BlockPosition>({ anchor: 'start' });

/**
 * PGY1–PGY6 as the brochure lists them. Only what it states is encoded: the
 * internship's eleven listed months leave a twelfth unaccounted for, and most
 * of PGY2–PGY4 (diagnostic radiology, presumably, but the brochure does not
 * say) stays unaccounted so the gap report shows it.
 */
export const curriculum: Curriculum = {
  // Rotations are counted in months ("one month of …", "a 3 month block"), but
  // whether these are calendar months or four-week blocks is never said.
  blockSystem: unstated('rotations are counted in months (“one month of …”, “a 3 month block”); calendar months or four-week blocks is not stated'),
  years: [
    {
      year: 1,
      pgy: 1,
      length: TWELVE,
      inferred: TWELVE_MONTH_YEAR,
      note: 'Internship in General Surgery. The listed months add up to 11; the twelfth is not stated.',
      blocks: [
        block(R.IR, one, internship),
        block(R.VASCULAR_SURGERY, one, internship),
        block(R.SURGICAL_ONCOLOGY, two, internship),
        block(R.THORACIC_SURGERY, one, internship),
        block(R.PEDIATRIC_SURGERY, one, internship),
        block(R.COLORECTAL_SURGERY, one, internship),
        block(R.ACUTE_CARE_SURGERY, two, internship),
        block(R.MIS, one, internship),
        block(R.MICU, one, ir(INTERNSHIP, INTERNSHIP_MICU)),
      ],
      sources: ir('Residents complete their internship in General Surgery.', INTERNSHIP),
    },
    {
      year: 2,
      pgy: 2,
      length: TWELVE,
      inferred: TWELVE_MONTH_YEAR,
      note: 'Weekend interventional radiology call runs through the year (a longitudinal experience). The brochure contrasts this early IR with most integrated programs, which have only 3 months of IR in the first 3 years after internship.',
      blocks: [
        block(R.MICU, hours(about(80)), ir(PGY2_MICU_AND_CALL, PGY2_MICU_HOURS)),
        block(R.IR, two, ir(PGY2_END), { position: stated({ anchor: 'end' }) }),
      ],
      sources: ir(
        'Unlike most integrated programs which have a 3-year hiatus after internship in which they will only have 3 months of IR during the first 3 years of residency, our Integrated IR residents do their internship in Surgery at Kaiser, as mentioned above.',
        PGY2_MICU_AND_CALL,
        PGY2_END,
      ),
    },
    {
      year: 3,
      pgy: 3,
      length: TWELVE,
      inferred: TWELVE_MONTH_YEAR,
      blocks: [
        block(R.CCU, one, ir(PGY3_BLOCK), { group: PGY3_GROUP }),
        block(R.IR, two, ir(PGY3_BLOCK), { group: PGY3_GROUP }),
      ],
      groups: [
        {
          id: PGY3_GROUP,
          order: unstated('“a 3 month block, which includes one month of intensive care in the cardiac care unit( CCU) and two months of interventional radiology”: which comes first is not said'),
          sources: ir(PGY3_BLOCK),
        },
      ],
      sources: ir(PGY3_BLOCK),
    },
    {
      year: 4,
      pgy: 4,
      length: TWELVE,
      inferred: TWELVE_MONTH_YEAR,
      blocks: [
        block(R.IR, one, ir(PGY4_START), { position: atStart, group: PGY4_GROUP }),
        block(R.NEURO_IR, one, ir(PGY4_START), { position: atStart, group: PGY4_GROUP }),
      ],
      groups: [
        {
          id: PGY4_GROUP,
          order: unstated('“At the very beginning of PGY 4 … one month of interventional radiology and one month of neurointerventional radiology”: which comes first is not said'),
          sources: ir(PGY4_START),
        },
      ],
      sources: ir(PGY4_START),
    },
    {
      year: 5,
      pgy: 5,
      length: TWELVE,
      inferred: TWELVE_MONTH_YEAR,
      blocks: [
        block(R.NEURO_IR, two, ir(PGY5)),
        block(R.VASCULAR_SURGERY, months(between(1, 2)), ir(PGY5)),
        block(R.INTENSIVE_CARE, two, ir(PGY5, CICU_PGY5_6), { split: CICU_SPLIT }),
        block(R.MAMMOGRAPHY, one, ir(PGY5_REMAINDER)),
        block(R.NUCLEAR_MEDICINE, one, ir(PGY5_REMAINDER)),
        block(R.IR, months(remainder()), ir(PGY5_REMAINDER)),
      ],
      sources: ir(PGY5, PGY5_REMAINDER),
    },
    {
      year: 6,
      pgy: 6,
      length: TWELVE,
      inferred: TWELVE_MONTH_YEAR,
      blocks: [
        block(R.IR, months(remainder()), ir(PGY6)),
        block(R.CLINICAL_ELECTIVES, months(noCount('“some options for elective time”')), ir(PGY6), { optional: true }),
      ],
      sources: ir(PGY6),
    },
  ],
  longitudinal,
  totals: [
    {
      id: 'ir-and-clinical-pgy2-4',
      label: 'Interventional radiology and clinical rotations during PGY2 through PGY4',
      categories: ['ir', 'clinical'],
      pgy: { from: 2, to: 4 },
      duration: months(exact(7.5)),
      basis: 'scheduled',
      note: 'Reproduced from the blocks only through the 160-hour month, which is itself worked back from this total: the match follows from that conversion and is no independent check.',
      sources: ir(SEVEN_AND_A_HALF),
    },
    {
      id: 'icu',
      label: 'ICU experience integrated throughout',
      categories: ['icu'],
      duration: months(exact(4.5)),
      basis: 'scheduled',
      note: 'Reproduced under every reading of how the 2 months of CICU divide between PGY5 and PGY6 (the split moves months between years, not out of the total), and only through the inferred 160-hour month for the ~80 PGY2 MICU hours.',
      sources: ir(ICU_TOTAL, INTERNSHIP_MICU, PGY2_MICU_HOURS, 'During PGY 3 you will rotate on the Cardiac Intensive Care Unit (CICU).', CICU_PGY5_6),
    },
    {
      id: 'neuro-ir',
      label: 'Neuro-interventional radiology',
      categories: ['neuro-ir'],
      duration: months(atLeast(3)),
      basis: 'scheduled',
      sources: ir(NEURO_MINIMUM),
    },
  ],
};
