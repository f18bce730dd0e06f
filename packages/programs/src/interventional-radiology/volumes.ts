import type { Volume } from '@gmekit/model';
import { ambiguous, inferred, stated, unstated } from '../builders/open';
import { about, between, exact, moreThan } from '../builders/quantity';
import { TRAINEE_VOLUMES, ir } from './source';

const ANNUAL =
  'From a purely clinical non-procedural standpoint our IR division averages 2,000 inpatient consultations, 500 hospital admissions and we see approximately 5,000 patients in our outpatient clinic annually.';
const CLINIC = 'Each IR attending has between 1 to 2 days of clinic a week, and our IR clinic sees between 100 to 150 patients a week.';
const NEURO =
  'The three neuro-interventionalists in our group have a very robust practice treating over 100 cerebral aneurysms a year and perform a fair number of carotid stents, intracranial stents as well as AVM treatments.';

// "Our trainees each get to participate in …" gives no period; over the whole
// residency is the only one that fits, but it is read, not said.
const OVER_TRAINING = inferred(
  'training' as const,
  'The sentence gives what each trainee gets (“Our trainees each get to participate in …”, “The trainees are able to get …”) with no period; the whole residency is read as the period.',
);

/**
 * Volumes of the IR division and what each trainee gets. "Averages" counts as
 * approximate. In "over 50 aortic repairs, 100 lower extremity
 * revascularizations" whether "over" also governs the 100 is not said, so
 * that count is ambiguous between the two readings. Counts given only in
 * words ("a large number") are unstated. "A large number of pediatric
 * interventions" and "a high volume of acute stroke thrombectomy cases" give
 * no period, so none is encoded.
 */
export const volumes: Volume[] = [
  { id: 'clinic-days-per-attending', label: 'Clinic days per IR attending', scope: 'service', quantity: stated(between(1, 2)), per: stated('week'), sources: ir(CLINIC) },
  { id: 'clinic-patients-weekly', label: 'IR clinic patients', scope: 'service', quantity: stated(between(100, 150)), per: stated('week'), sources: ir(CLINIC) },
  {
    id: 'direct-admissions-weekly',
    label: 'Direct admissions to the vascular and interventional radiology service',
    scope: 'service',
    quantity: stated(about(10)),
    per: stated('week'),
    sources: ir('We have our own admitting service and admit approximately 10 patients a week to the hospital directly to the vascular and interventional radiology service.'),
  },
  { id: 'inpatient-consultations', label: 'Inpatient consultations', scope: 'service', quantity: stated(about(2000)), per: stated('year'), sources: ir(ANNUAL) },
  { id: 'hospital-admissions', label: 'Hospital admissions', scope: 'service', quantity: stated(about(500)), per: stated('year'), sources: ir(ANNUAL) },
  { id: 'outpatient-clinic-patients', label: 'Outpatient clinic patients', scope: 'service', quantity: stated(about(5000)), per: stated('year'), sources: ir(ANNUAL) },
  { id: 'cerebral-aneurysms', label: 'Cerebral aneurysms treated', scope: 'service', procedureCategory: 'cerebral-aneurysm', quantity: stated(moreThan(100)), per: stated('year'), sources: ir(NEURO) },
  {
    id: 'carotid-intracranial-stents-avm',
    label: 'Carotid stents, intracranial stents and AVM treatments',
    scope: 'service',
    quantity: unstated('“a fair number”'),
    per: unstated('“… treating over 100 cerebral aneurysms a year and perform a fair number of carotid stents …”: “a year” is attached to the aneurysms; whether it also governs the stents and AVM treatments is not clear'),
    sources: ir(NEURO),
  },
  {
    id: 'stroke-thrombectomy',
    label: 'Acute stroke thrombectomy cases',
    scope: 'service',
    procedureCategory: 'stroke-thrombectomy',
    quantity: unstated('“a high volume”'),
    per: unstated('“a high volume of acute stroke thrombectomy cases”: no period is given'),
    sources: ir('We are also a comprehensive stroke center and perform a high volume of acute stroke thrombectomy cases.'),
  },
  {
    id: 'tace',
    label: 'Transarterial chemoembolization procedures',
    scope: 'service',
    procedureCategory: 'tace',
    quantity: stated(about(500)),
    per: stated('year'),
    sources: ir('Kaiser Los Angeles Medical Center has a very busy interventional oncology program, performing approximately 500 transarterial chemoembolization procedures a year.'),
  },
  {
    id: 'ablations',
    label: 'Ablations (liver, lung, kidney and bone tumors)',
    scope: 'service',
    procedureCategory: 'ablation',
    quantity: stated(moreThan(100)),
    per: stated('year'),
    sources: ir('We also perform over a 100 ablations a years including liver, lung, kidney and bone tumors.'),
  },
  {
    id: 'pediatric-interventions',
    label: 'Pediatric interventions',
    scope: 'service',
    quantity: unstated('“a large number”'),
    per: unstated('“a large number of pediatric interventions”: no period is given'),
    sources: ir('We also perform a large number of pediatric interventions'),
  },
  {
    id: 'trainee-aortic-repairs',
    label: 'Aortic repairs each trainee participates in',
    scope: 'trainee',
    procedureCategory: 'aortic-repair',
    quantity: stated(moreThan(50)),
    per: OVER_TRAINING,
    sources: ir(TRAINEE_VOLUMES),
  },
  {
    id: 'trainee-lower-extremity-revascularizations',
    label: 'Lower extremity revascularizations each trainee participates in',
    scope: 'trainee',
    procedureCategory: 'lower-extremity-revascularization',
    quantity: ambiguous(
      '“over 50 aortic repairs, 100 lower extremity revascularizations”: whether “over” also governs the 100 is not said',
      { value: moreThan(100), reading: 'over 100: “over” governs both numbers' },
      { value: exact(100), reading: '100: “over” governs only the 50' },
    ),
    per: OVER_TRAINING,
    sources: ir(TRAINEE_VOLUMES),
  },
  {
    id: 'trainee-venous-interventions',
    label: 'DVT/PE/varicose vein interventions each trainee participates in',
    scope: 'trainee',
    procedureCategory: 'venous-intervention',
    quantity: unstated('“numerous”'),
    per: OVER_TRAINING,
    sources: ir(TRAINEE_VOLUMES),
  },
  {
    id: 'trainee-neuro-interventional-cases',
    label: 'Neuro-interventional cases (stroke interventions, carotid stenting, intracranial aneurysms and AVMs)',
    scope: 'trainee',
    quantity: unstated('“a fair volume”'),
    per: OVER_TRAINING,
    sources: ir(
      'The trainees are able to get a fair volume of neuro-interventional cases as well, which include stroke interventions, carotid stenting, and the treatment of intracranial aneurysms and AVMs.',
    ),
  },
];
