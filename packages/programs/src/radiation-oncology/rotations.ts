import type { Rotation } from '@gmekit/model';
import { rotationId } from '../builders/ids';
import { inferred, stated, unstated } from '../builders/open';
import { LAMC_CANCER_CENTER } from '../sites';
import { ALL_ROTATIONS_AT_CANCER_CENTER, ro } from './source';

/** Core clinical radiation oncology training. */
export const CORE_CLINICAL = rotationId('ro-core-clinical');
/** Pediatric radiation oncology, named as a clinical rotation. */
export const PEDIATRICS = rotationId('ro-pediatrics');
/** Research time. */
export const RESEARCH = rotationId('ro-research');
/** Clinical electives. */
export const CLINICAL_ELECTIVES = rotationId('ro-clinical-electives');

/**
 * The rotations the brochure names. It lists no rotation by disease site or
 * month; the mini-blocks are organised around the weekly multidisciplinary
 * clinics (see the clinics module), so the rotations here are the categories
 * the stated totals are made of.
 */
export const rotations: Rotation[] = [
  {
    id: CORE_CLINICAL,
    name: 'Core clinical training',
    categories: ['core-clinical', 'clinical'],
    site: stated(LAMC_CANCER_CENTER),
    description:
      'Mini-blocks of 1–2 months integrated around the multidisciplinary clinics the department hosts and leads weekly; residents work alongside the surgical specialists.',
    sources: ro(
      'During residency, a minimum of 36 months will be spent in core clinical training.',
      ALL_ROTATIONS_AT_CANCER_CENTER,
      'Our clinical curriculum is organized on a “mini-block” system (1-2 months) and integrated by design around each of the multi-disciplinary clinics that we host and lead on a weekly basis.',
    ),
  },
  {
    id: PEDIATRICS,
    name: 'Pediatrics',
    categories: ['core-clinical', 'clinical', 'pediatrics'],
    site: stated(LAMC_CANCER_CENTER),
    sources: ro(ALL_ROTATIONS_AT_CANCER_CENTER),
  },
  {
    id: RESEARCH,
    name: 'Research',
    categories: ['research'],
    site: unstated('research uses the on-site biochemistry laboratory and tumor registry; no rotation site is named'),
    description: 'Clinical, radiation physics, or radiation biology research under the guidance of a mentor.',
    sources: ro(
      'An additional 12 months are provided for research and clinical electives at the discretion of the resident and the approval of the program directorship.',
      'Residents may focus on clinical, radiation physics, or radiation biology research under the guidance of a mentor.',
    ),
  },
  {
    id: CLINICAL_ELECTIVES,
    name: 'Clinical electives',
    categories: ['elective', 'clinical'],
    site: inferred(
      LAMC_CANCER_CENTER,
      '“All clinical rotations are completed at the Kaiser Permanente Cancer Center at Los Angeles Medical Center” is read as covering the clinical electives too; the brochure does not say where electives are taken.',
    ),
    description: 'At the discretion of the resident and the approval of the program directorship.',
    sources: ro(
      'An additional 12 months are provided for research and clinical electives at the discretion of the resident and the approval of the program directorship.',
      ALL_ROTATIONS_AT_CANCER_CENTER,
    ),
  },
];
