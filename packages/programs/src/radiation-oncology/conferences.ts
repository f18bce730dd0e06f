import type { ConferenceSeries } from '@gmekit/model';
import { conference } from '../builders/conference';
import { seriesId } from '../builders/ids';
import { ambiguous, stated, unstated } from '../builders/open';
import { ro } from './source';

const FORMATS =
  'Formal didactics are provided in a multitude of formats including but not limited to bimonthly faculty lectures, annual mock oral examinations and our visiting professor A. Robert Kagan Memorial Lecture Series.';
const WEEKLY =
  'On a weekly basis, residents participate in case conferences, Tuesday evening didactics, chart rounds, and resident-led journal club.';
const MULTIDISCIPLINARY =
  'In addition, residents attend multidisciplinary conferences for pediatric, thoracic, soft tissue, hepatobiliary, and hematologic malignancies.';
const RESIDENTS = ['residents'];

function multidisciplinary(slug: string, title: string): ConferenceSeries {
  return conference({
    id: seriesId(`ro-${slug}-multidisciplinary-conference`),
    title,
    kind: 'multidisciplinary-conference',
    audience: RESIDENTS,
    frequency: unstated('the brochure names the conference but not how often it meets'),
    sources: ro(MULTIDISCIPLINARY),
  });
}

/** Every conference series the Radiation Oncology brochure names. */
export const conferences: ConferenceSeries[] = [
  conference({
    id: seriesId('ro-faculty-lectures'),
    title: 'Faculty lectures',
    kind: 'lecture',
    audience: RESIDENTS,
    frequency: ambiguous(
      '“bimonthly faculty lectures”',
      { value: 'twice-monthly', reading: 'twice a month' },
      { value: 'every-two-months', reading: 'once every two months' },
    ),
    sources: ro(FORMATS),
  }),
  conference({
    id: seriesId('ro-mock-oral-examinations'),
    title: 'Mock oral examinations',
    kind: 'mock-oral-exam',
    audience: RESIDENTS,
    frequency: stated('annual'),
    sources: ro(FORMATS),
  }),
  conference({
    id: seriesId('ro-kagan-memorial-lecture-series'),
    title: 'A. Robert Kagan Memorial Lecture Series',
    kind: 'visiting-professor',
    audience: RESIDENTS,
    frequency: unstated('a visiting professor lecture series; how often is not stated'),
    sources: ro(FORMATS),
  }),
  conference({
    id: seriesId('ro-case-conferences'),
    title: 'Case conferences',
    kind: 'case-conference',
    audience: RESIDENTS,
    frequency: stated('weekly'),
    sources: ro(WEEKLY),
  }),
  conference({
    id: seriesId('ro-tuesday-evening-didactics'),
    title: 'Tuesday evening didactics',
    kind: 'didactics',
    audience: RESIDENTS,
    frequency: stated('weekly'),
    weekdays: stated(['TU']),
    startTime: unstated('“Tuesday evening”; no clock time is given'),
    dayPart: 'evening',
    sources: ro(WEEKLY),
  }),
  conference({
    id: seriesId('ro-chart-rounds'),
    title: 'Chart rounds',
    kind: 'chart-rounds',
    audience: RESIDENTS,
    frequency: stated('weekly'),
    sources: ro(WEEKLY),
  }),
  conference({
    id: seriesId('ro-journal-club'),
    title: 'Resident-led journal club',
    kind: 'journal-club',
    audience: RESIDENTS,
    frequency: stated('weekly'),
    sources: ro(WEEKLY),
  }),
  conference({
    id: seriesId('ro-physics-and-biology-lectures'),
    title: 'Radiation physics and radiation biology lecture series',
    kind: 'lecture',
    audience: RESIDENTS,
    // "a Friday lecture series" gives the day, not that it meets every Friday.
    frequency: unstated('“a Friday lecture series”: the day is stated, how often is not'),
    weekdays: stated(['FR']),
    sources: ro(
      'Residents will also receive formal instruction in radiation physics and radiation biology in a Friday lecture series to establish foundational understanding of our field and in preparation for written board examinations.',
    ),
  }),
  multidisciplinary('pediatric', 'Pediatric malignancies multidisciplinary conference'),
  multidisciplinary('thoracic', 'Thoracic malignancies multidisciplinary conference'),
  multidisciplinary('soft-tissue', 'Soft tissue malignancies multidisciplinary conference'),
  multidisciplinary('hepatobiliary', 'Hepatobiliary malignancies multidisciplinary conference'),
  multidisciplinary('hematologic', 'Hematologic malignancies multidisciplinary conference'),
];
