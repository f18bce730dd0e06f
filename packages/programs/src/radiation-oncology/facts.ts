import type { ProgramFact } from '@gmekit/model';
import { ro } from './source';

/** The residency's web address, as the brochure prints it. */
export const RO_WEBSITE = 'http://residency-scal-kaiserpermanente.org';

const GROWTH =
  'Over the course of thirty plus years, the department has grown rapidly in size from a small group of founding physicians in one location to twenty-five full-time clinical faculty across three locations.';

/** Highlights, history and the web address the brochure states. */
export const facts: ProgramFact[] = [
  {
    id: 'largest-department',
    kind: 'highlight',
    text: 'The Radiation Oncology Department is the largest in California and one of the largest in the nation.',
    sources: ro('The Radiation Oncology Department is the largest in California and one of the largest in the nation.'),
  },
  {
    id: 'integrated-system',
    kind: 'highlight',
    text: 'A unique training experience within a fully integrated healthcare system and managed care organization.',
    sources: ro('We offer a unique training experience within a fully integrated healthcare system and managed care organization!'),
  },
  {
    id: 'thirty-plus-years',
    kind: 'history',
    text: 'Over thirty plus years the department grew from a small group of founding physicians in one location to twenty-five full-time clinical faculty across three locations.',
    sources: ro(GROWTH),
  },
  {
    id: 'website',
    kind: 'link',
    text: 'The residency’s web address.',
    url: RO_WEBSITE,
    sources: ro(RO_WEBSITE),
  },
];
