import type { RequirementSet } from '@gmekit/model';
import { requirementId } from '../builders/ids';
import { days, exact, months } from '../builders/quantity';
import { CONTINUITY, ICU_TOTAL, PROGRAM_ID, NEURO_MINIMUM, PGY6, SEVEN_AND_A_HALF, TRAINEE_VOLUMES, WOUND_CARE, ir } from './source';

/**
 * What an integrated IR resident's record and the program's plan are checked
 * against. The length is the six PGY years the brochure lays out: a surgical
 * internship, then PGY2–PGY6.
 */
export const requirementSet: RequirementSet = {
  id: 'kp-lamc-interventional-radiology-requirements',
  programId: PROGRAM_ID,
  title: 'Integrated Interventional Radiology residency requirements',
  requirements: [
    {
      id: requirementId('ir-training-length'),
      kind: 'training-length',
      title: 'Training length: 72 months (PGY1–PGY6)',
      description: 'Six years, an internship and PGY 2 to PGY 6; the brochure gives no length in months, so 72 assumes twelve-month years (the program’s length is marked inferred).',
      length: months(exact(72)),
      sources: ir('Residents complete their internship in General Surgery.', PGY6),
    },
    {
      id: requirementId('ir-ir-and-clinical-pgy2-4'),
      kind: 'rotation-time',
      title: 'IR and clinical rotations in PGY2–PGY4: at least 7.5 months',
      categories: ['ir', 'clinical'],
      pgy: { from: 2, to: 4 },
      min: months(exact(7.5)),
      sources: ir(SEVEN_AND_A_HALF),
    },
    {
      id: requirementId('ir-icu'),
      kind: 'rotation-time',
      title: 'ICU experience: at least 4.5 months',
      categories: ['icu'],
      min: months(exact(4.5)),
      sources: ir(ICU_TOTAL),
    },
    {
      id: requirementId('ir-neuro-ir'),
      kind: 'rotation-time',
      title: 'Neuro-interventional radiology: at least 3 months',
      categories: ['neuro-ir'],
      min: months(exact(3)),
      sources: ir(NEURO_MINIMUM),
    },
    {
      id: requirementId('ir-aortic-repairs'),
      kind: 'procedure-count',
      title: 'Aortic repairs: more than 50',
      description: 'The brochure says “over 50”: more than 50, so at least 51 logged repairs (counts are whole numbers).',
      category: 'aortic-repair',
      min: 51,
      sources: ir(TRAINEE_VOLUMES),
    },
    {
      id: requirementId('ir-lower-extremity-revascularizations'),
      kind: 'procedure-count',
      title: 'Lower extremity revascularizations: at least 100',
      description:
        'Whether “over” in “over 50 aortic repairs, 100 lower extremity revascularizations” also governs the 100 is not said (the program’s volume keeps both readings); the requirement holds the weaker, 100, which both readings include.',
      category: 'lower-extremity-revascularization',
      min: 100,
      sources: ir(TRAINEE_VOLUMES),
    },
    {
      id: requirementId('ir-wound-care-hours'),
      kind: 'activity-hours',
      title: 'Wound care training: at least 80 hours',
      activity: 'wound-care',
      minHours: 80,
      sources: ir(WOUND_CARE),
    },
    {
      id: requirementId('ir-continuity-clinic'),
      kind: 'longitudinal',
      title: 'Continuity clinic: half a day a week, PGY2–PGY6',
      activity: 'continuity-clinic',
      pgy: { from: 2, to: 6 },
      cadence: { amount: days(exact(0.5)), per: 'week' },
      sources: ir(CONTINUITY),
    },
  ],
};
