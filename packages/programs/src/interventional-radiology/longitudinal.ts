import type { LongitudinalExperience } from '@gmekit/model';
import { experienceId } from '../builders/ids';
import { stated, unstated } from '../builders/open';
import { days, exact } from '../builders/quantity';
import { CONTINUITY_CLINIC } from './clinics';
import { IR, NEURO_IR } from './rotations';
import { CONTINUITY, NEURO_MINIMUM, PGY2_MICU_AND_CALL, WOUND_CARE, ir } from './source';

/** The ICU lecture series sentence. */
export const ICU_LECTURES =
  'We also have an ICU lecture series built into the IR curriculum that is given by the Intensive Care faculty during the course of their integrated IR residency.';
/** The weekly clinical lecture series clause. */
export const WEEKLY_LECTURES = 'the dedicated weekly clinical lecture series throughout PGY 2 through PGY 6';

/** Experiences that run alongside the IR blocks. */
export const longitudinal: LongitudinalExperience[] = [
  {
    id: experienceId('ir-continuity-clinic'),
    title: 'IR Resident Continuity Clinic',
    kind: 'continuity-clinic',
    pgy: stated({ from: 2, to: 6 }),
    cadence: stated({ amount: days(exact(0.5)), per: 'week' }),
    clinicId: CONTINUITY_CLINIC,
    sources: ir(CONTINUITY, 'the unique resident driven continuity clinic that is throughout the PGY 2 through PGY 6 years'),
  },
  {
    id: experienceId('ir-weekend-call'),
    title: 'Weekend interventional radiology call',
    kind: 'call',
    pgy: stated({ from: 2, to: 2 }),
    cadence: unstated('“weekend interventional radiology call”; how many weekends is not stated'),
    rotationId: IR,
    sources: ir(PGY2_MICU_AND_CALL),
  },
  {
    id: experienceId('ir-stroke-call'),
    title: 'Stroke call (assisting)',
    kind: 'call',
    pgy: unstated('“during their residency”'),
    cadence: unstated(),
    rotationId: NEURO_IR,
    sources: ir(NEURO_MINIMUM),
  },
  {
    id: experienceId('ir-icu-lecture-series'),
    title: 'ICU lecture series',
    kind: 'lecture-series',
    pgy: unstated('“during the course of their integrated IR residency”'),
    cadence: unstated(),
    sources: ir(ICU_LECTURES),
  },
  {
    id: experienceId('ir-weekly-clinical-lecture-series'),
    title: 'Weekly clinical lecture series',
    kind: 'lecture-series',
    pgy: stated({ from: 2, to: 6 }),
    cadence: unstated('weekly; the length of a session is not stated'),
    sources: ir(WEEKLY_LECTURES),
  },
  {
    id: experienceId('ir-wound-care-training'),
    title: 'Wound care training',
    kind: 'training',
    pgy: unstated(),
    cadence: unstated('a minimum of 80 hours over the residency; no schedule is given'),
    sources: ir(WOUND_CARE),
  },
];
