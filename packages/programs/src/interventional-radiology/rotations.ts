import type { Rotation } from '@gmekit/model';
import { rotationId } from '../builders/ids';
import { inferred, stated, unstated } from '../builders/open';
import { LAMC } from '../sites';
import { CICU_PGY5_6, INTERNSHIP, NEURO_MINIMUM, OUR_DIVISION_AT_LAMC, PGY2_MICU_HOURS, PGY3_BLOCK, PGY5, PGY5_REMAINDER, PGY6, ir } from './source';

/** Interventional radiology service. */
export const IR = rotationId('ir-interventional-radiology');
/** Neurointerventional radiology. */
export const NEURO_IR = rotationId('ir-neurointerventional-radiology');
/** Medical intensive care unit. */
export const MICU = rotationId('ir-micu');
/** Cardiac care unit (the brochure also writes CICU). */
export const CCU = rotationId('ir-ccu');
/** PGY5 intensive care medicine. */
export const INTENSIVE_CARE = rotationId('ir-intensive-care-medicine');
/** Vascular surgery. */
export const VASCULAR_SURGERY = rotationId('ir-vascular-surgery');
/** Surgical oncology. */
export const SURGICAL_ONCOLOGY = rotationId('ir-surgical-oncology');
/** Thoracic surgery. */
export const THORACIC_SURGERY = rotationId('ir-thoracic-surgery');
/** Pediatric surgery. */
export const PEDIATRIC_SURGERY = rotationId('ir-pediatric-surgery');
/** Colorectal surgery. */
export const COLORECTAL_SURGERY = rotationId('ir-colorectal-surgery');
/** Acute care surgery. */
export const ACUTE_CARE_SURGERY = rotationId('ir-acute-care-surgery');
/** Minimally invasive surgery. */
export const MIS = rotationId('ir-minimally-invasive-surgery');
/** Mammography. */
export const MAMMOGRAPHY = rotationId('ir-mammography');
/** Nuclear medicine. */
export const NUCLEAR_MEDICINE = rotationId('ir-nuclear-medicine');
/** Optional dedicated stroke neurology rotation. */
export const STROKE_NEUROLOGY = rotationId('ir-stroke-neurology');
/** Optional neuro ICU rotation. */
export const NEURO_ICU = rotationId('ir-neuro-icu');
/** Optional PGY6 elective time on clinical rotations. */
export const CLINICAL_ELECTIVES = rotationId('ir-clinical-electives');

const INTERNSHIP_SITE = unstated('the internship is “in Surgery at Kaiser”; the facility is not named');
const OPTIONS = 'There is also the option to do a dedicated stroke neurology rotation as well as neuro ICU.';

function surgery(id: Rotation['id'], name: string, tag: string): Rotation {
  return { id, name, categories: ['surgery', tag, 'clinical'], site: INTERNSHIP_SITE, sources: ir('Residents complete their internship in General Surgery.', INTERNSHIP) };
}

/**
 * Rotations of the IR residency. Tags make the brochure's sums computable:
 * `ir` covers IR and neuro-IR, `clinical` the non-radiology clinical
 * rotations, `icu` every intensive care rotation.
 */
export const rotations: Rotation[] = [
  {
    id: IR,
    name: 'Interventional radiology',
    categories: ['ir', 'radiology'],
    site: stated(LAMC),
    description:
      'The IR division offers aortic interventions, peripheral arterial disease, interventional oncology, pain interventions, neurointerventions, pediatric interventions, hepatobiliary interventions, women’s health and gastrointestinal/genitourinary interventions; all inpatients are seen in formal consultation and the service admits its own patients. Pediatric referrals come from a patient population of over 4 million in Southern California. The division medically manages its DVT/PE patients, including anticoagulant therapy. Service lines: complex abdominal and thoracic aortic pathology including fenestrated thoraco-abdominal aortic repair; peripheral vascular disease (claudicants and critical limb ischemia, complex revascularization including retropedal access, wound care); venous disease from PE and DVT thrombolysis/thrombectomy and complex IVC filter retrieval to varicose vein therapy; gastrostomy and cholecystostomy tubes, biliary drains and nephrostomy tubes; prostate artery embolization for BPH, uterine artery embolization for fibroids, varicocele embolization and fallopian tube recanalization; vertebroplasty, kyphoplasty, rhizotomy and nerve blocks.',
    sources: ir(
      'Kaiser Permanente Los Angeles Medical Center has an exceptional Interventional Radiology (IR) training experience.',
      'The IR division offers the gamut of advanced interventional procedures including aortic interventions, peripheral arterial disease, interventional oncology, pain interventions, neurointerventions, pediatric interventions, hepatobiliary interventions, women’s health and Gastrointestinal/Genitourinary interventions.',
      'we have a busy tertiary pediatric center and are the primary site of referrals for the patient population of over 4 million in Southern California.',
      'We also medically manage our DVT/ PE patients including recommending and prescribing the type and duration of anticoagulant therapy based on the current highest level of evidence.',
      'We have a robust aortic division in which we evaluate and manage complex abdominal and thoracic aortic pathology including complex fenestrated thoraco-abdominal aortic repair.',
      'We also have a robust peripheral vascular disease practice with the treatment of both claudicants with medical optimization/ revascularization and critical limb ischemia patients with complex revascularization including retropedal access and wound care.',
      'Our division is also involved in the treatment of venous disorders from PE and DVT thrombolysis/thrombectomy, complex IVC filter retrieval to varicose vein therapy.',
      'Outside of the standard gastrostomy tubes, cholecystostomy tubes, biliary drains and nephrostomy tubes.',
      'Our division is heavily involved in the treatment of BPH with prostate artery embolization as well as the treatment of fibroids with uterine artery embolization.',
      'We also provide treatment of fertility disorders with varicocele embolizations for males and fallopian tube recanalization for females.',
      'The IR division also provides pain interventions including vertebroplasty, kyphoplasty, rhizotomy as well as various nerve blocks.',
    ),
  },
  {
    id: NEURO_IR,
    name: 'Neurointerventional radiology',
    categories: ['neuro-ir', 'ir', 'radiology'],
    site: inferred(LAMC, OUR_DIVISION_AT_LAMC),
    description:
      'Three neuro-interventionalists; a comprehensive stroke center with a high volume of acute stroke thrombectomy; cerebral aneurysms, carotid and intracranial stents, AVMs.',
    sources: ir(
      NEURO_MINIMUM,
      'We are also a comprehensive stroke center and perform a high volume of acute stroke thrombectomy cases.',
    ),
  },
  {
    id: MICU,
    name: 'Medical intensive care unit (MICU)',
    categories: ['icu', 'micu', 'clinical'],
    site: unstated(),
    sources: ir(INTERNSHIP, PGY2_MICU_HOURS),
  },
  {
    id: CCU,
    name: 'Cardiac care unit (CCU)',
    categories: ['icu', 'ccu', 'clinical'],
    site: unstated(),
    description: 'Also written “Cardiac Intensive Care Unit (CICU)”.',
    sources: ir(PGY3_BLOCK, 'During PGY 3 you will rotate on the Cardiac Intensive Care Unit (CICU).'),
  },
  {
    id: INTENSIVE_CARE,
    name: 'Intensive care medicine (CICU)',
    categories: ['icu', 'ccu', 'clinical'],
    site: unstated(),
    description:
      'The PGY 5 paragraph’s “two additional months of intensive care medicine” and the ICU/CCU section’s “2 months of CICU experience” in “The PGY 5 and 6 years” are read as the same two months (only then does the ICU total come to the stated 4.5 months), so the rotation is cardiac intensive care; how the months divide between PGY5 and PGY6 is kept open on the block.',
    sources: ir(PGY5, CICU_PGY5_6),
  },
  surgery(VASCULAR_SURGERY, 'Vascular surgery', 'vascular-surgery'),
  surgery(SURGICAL_ONCOLOGY, 'Surgical oncology', 'surgical-oncology'),
  surgery(THORACIC_SURGERY, 'Thoracic surgery', 'thoracic-surgery'),
  surgery(PEDIATRIC_SURGERY, 'Pediatric surgery', 'pediatric-surgery'),
  surgery(COLORECTAL_SURGERY, 'Colorectal surgery', 'colorectal-surgery'),
  surgery(ACUTE_CARE_SURGERY, 'Acute care surgery', 'acute-care-surgery'),
  surgery(MIS, 'Minimally invasive surgery', 'minimally-invasive-surgery'),
  {
    id: MAMMOGRAPHY,
    name: 'Mammography',
    categories: ['diagnostic-radiology', 'mammography', 'radiology'],
    site: unstated(),
    sources: ir(PGY5_REMAINDER),
  },
  {
    id: NUCLEAR_MEDICINE,
    name: 'Nuclear medicine',
    categories: ['diagnostic-radiology', 'nuclear-medicine', 'radiology'],
    site: unstated(),
    sources: ir(PGY5_REMAINDER),
  },
  {
    id: STROKE_NEUROLOGY,
    name: 'Dedicated stroke neurology rotation',
    categories: ['neurology', 'stroke', 'clinical', 'elective'],
    site: unstated(),
    description: 'An option; the brochure does not say in which year or for how long.',
    sources: ir(OPTIONS),
  },
  {
    id: NEURO_ICU,
    name: 'Neuro ICU',
    categories: ['icu', 'neuro-icu', 'clinical', 'elective'],
    site: unstated(),
    description: 'An option; the brochure does not say in which year or for how long.',
    sources: ir(OPTIONS),
  },
  {
    id: CLINICAL_ELECTIVES,
    name: 'Elective time on clinical rotations',
    categories: ['elective', 'clinical'],
    site: unstated(),
    sources: ir(PGY6),
  },
];
