import type { ConferenceFrequency, ConferenceSeries, Weekday } from '@gmekit/model';
import { conference } from '../builders/conference';
import { seriesId } from '../builders/ids';
import { ambiguous, stated, unstated } from '../builders/open';
import { ICU_LECTURES, WEEKLY_LECTURES } from './longitudinal';
import { ir } from './source';

const MULTIDISCIPLINARY =
  'We have numerous multi-disciplinary conferences that the interventional radiology resident is an active participant in, including a weekly hepatobiliary/liver tumor board, multidisciplinary vascular conference, and lung tumor board every Tuesday.';
const DAILY =
  'In addition to our general diagnostic conferences, which are between 12:00 pm and 1:30 pm daily, we also have a specific 7 am to 8 am daily conference schedule for the IR trainee.';
const TOPICS =
  'Monday mornings are a core radiology topic (focused on general radiology boards), Tuesdays are multi-disciplinary vascular conference, Wednesdays are dedicated clinical topics (atrial fibrillation, diabetes management, diabetic foot, shock etc), Thursdays are general IR concepts, and Fridays are best IR case conference/Journal clubs.';
const TRAINEES = ['ir-residents'];

const WORKWEEK: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR'];
const WHOLE_WEEK: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

// "daily" does not say whether weekends are included; both readings are kept.
function dailyReadings(note: string) {
  return {
    frequency: ambiguous<ConferenceFrequency>(
      note,
      { value: 'daily', reading: 'every day, weekends included' },
      { value: 'weekdays', reading: 'Monday to Friday' },
    ),
    weekdays: ambiguous(note, { value: WHOLE_WEEK, reading: 'every day, weekends included' }, { value: WORKWEEK, reading: 'Monday to Friday' }),
  };
}

// "a weekly hepatobiliary/liver tumor board, multidisciplinary vascular
// conference, and lung tumor board every Tuesday": "weekly" surely belongs to
// the tumor board and "every Tuesday" to the lung tumor board; whether either
// reaches across the list is open, so the two unsure items are treated alike.
// The AM schedule's "Tuesdays are multi-disciplinary vascular conference" is
// kept as that schedule's Tuesday topic; the brochure does not say it is the
// listed vascular conference, so it fixes neither that one's day nor its time.
// The model's ambiguous values need a value for every reading, and one reading
// here gives none, so these stay unstated with both readings in the note.
const EVERY_TUESDAY_SCOPE =
  '“… hepatobiliary/liver tumor board, multidisciplinary vascular conference, and lung tumor board every Tuesday”: “every Tuesday” may cover the whole list (Tuesday) or only the lung tumor board (day not stated)';
const NOT_THE_AM_SLOT =
  'the AM conference schedule makes Tuesday 7–8 am a multi-disciplinary vascular conference, but the brochure does not say that this is the same meeting';
const WEEKLY_SCOPE =
  '“a weekly hepatobiliary/liver tumor board, multidisciplinary vascular conference, and lung tumor board every Tuesday”: “weekly” and “every Tuesday” may each cover the whole list (weekly, on Tuesdays) or only the item next to it (frequency not stated)';

/** Every conference series the IR brochure names, in Los Angeles time. */
export const conferences: ConferenceSeries[] = [
  conference({
    id: seriesId('ir-hepatobiliary-liver-tumor-board'),
    title: 'Hepatobiliary/liver tumor board',
    kind: 'tumor-board',
    audience: TRAINEES,
    frequency: stated('weekly'),
    weekdays: unstated(EVERY_TUESDAY_SCOPE),
    sources: ir(MULTIDISCIPLINARY),
  }),
  conference({
    id: seriesId('ir-multidisciplinary-vascular-conference'),
    title: 'Multidisciplinary vascular conference',
    kind: 'multidisciplinary-conference',
    audience: TRAINEES,
    frequency: unstated(`${WEEKLY_SCOPE}; ${NOT_THE_AM_SLOT}`),
    weekdays: unstated(`${EVERY_TUESDAY_SCOPE}; ${NOT_THE_AM_SLOT}`),
    startTime: unstated(NOT_THE_AM_SLOT),
    sources: ir(MULTIDISCIPLINARY, TOPICS),
  }),
  conference({
    id: seriesId('ir-lung-tumor-board'),
    title: 'Lung tumor board',
    kind: 'tumor-board',
    audience: TRAINEES,
    frequency: stated('weekly'),
    weekdays: stated(['TU']),
    sources: ir(MULTIDISCIPLINARY),
  }),
  conference({
    id: seriesId('ir-pulmonary-critical-care-conference'),
    title: 'Pulmonary/critical care conference',
    kind: 'multidisciplinary-conference',
    audience: TRAINEES,
    frequency: stated('weekly'),
    weekdays: stated(['WE']),
    startTime: stated('12:00'),
    durationMinutes: unstated('“at noon”; no end time is given'),
    sources: ir('We also have a pulmonary/critical care conference every Wednesday at noon.'),
  }),
  conference({
    id: seriesId('ir-neurointerventional-conference'),
    title: 'Neurointerventional radiology conference',
    // Listed under the brochure's "Multi-disciplinary Conferences" heading.
    kind: 'multidisciplinary-conference',
    audience: TRAINEES,
    frequency: stated('every-other-week'),
    weekdays: stated(['TH']),
    startTime: stated('12:00'),
    durationMinutes: unstated('“at noon”; no end time is given'),
    anchorDate: unstated('“every other Thursday”: which Thursdays is not stated'),
    sources: ir('Additionally, we have a neurointerventional radiology conference every other Thursday at noon.'),
  }),
  conference({
    id: seriesId('ir-general-diagnostic-conferences'),
    title: 'General diagnostic conferences',
    kind: 'lecture',
    audience: TRAINEES,
    ...dailyReadings('“between 12:00 pm and 1:30 pm daily”'),
    startTime: stated('12:00'),
    durationMinutes: stated(90),
    sources: ir(DAILY),
  }),
  conference({
    id: seriesId('ir-am-conference'),
    title: 'IR AM conference',
    // Topics range from core radiology to case conference and journal club.
    kind: 'didactics',
    audience: TRAINEES,
    ...dailyReadings('“a specific 7 am to 8 am daily conference schedule”; topics are given for Monday to Friday only'),
    startTime: stated('07:00'),
    durationMinutes: stated(60),
    topicsByWeekday: {
      MO: 'Core radiology topic (focused on general radiology boards)',
      TU: 'Multi-disciplinary vascular conference',
      WE: 'Dedicated clinical topics (atrial fibrillation, diabetes management, diabetic foot, shock etc)',
      TH: 'General IR concepts',
      FR: 'Best IR case conference/Journal clubs',
    },
    sources: ir(DAILY, TOPICS),
  }),
  conference({
    id: seriesId('ir-weekly-clinical-lecture-series'),
    title: 'Weekly clinical lecture series',
    kind: 'lecture',
    audience: TRAINEES,
    frequency: stated('weekly'),
    pgy: { from: 2, to: 6 },
    sources: ir(WEEKLY_LECTURES),
  }),
  conference({
    id: seriesId('ir-icu-lecture-series'),
    title: 'ICU lecture series',
    kind: 'lecture',
    audience: TRAINEES,
    sources: ir(ICU_LECTURES),
  }),
];
