// Hand-written programs that mirror the three seed brochures closely enough
// to work the expected plan figures out by hand (see plan.test.ts). They are
// test data, not the reference catalog (that lives in @gmekit/programs).
import { type Program, ProgramSchema, type RequirementSet, RequirementSetSchema, type TraineeRecord, TraineeRecordSchema } from '@gmekit/model';

const src: unknown[] = [];

export const m = (value: number) => ({ amount: { kind: 'exact', value }, unit: 'months' });
export const range = (min: number, max: number) => ({ amount: { kind: 'range', min, max }, unit: 'months' });
export const atLeast = (value: number) => ({ amount: { kind: 'at-least', value }, unit: 'months' });
const remainder = { amount: { kind: 'remainder' }, unit: 'months' };
const unstatedMonths = { amount: { kind: 'unstated' }, unit: 'months' };

export function block(rotationId: string, duration: unknown, extra: Record<string, unknown> = {}) {
  return { rotationId, duration, position: { status: 'unstated' }, sources: src, ...extra };
}

export function year(n: number, pgy: number | undefined, blocks: unknown[]) {
  return { year: n, ...(pgy === undefined ? {} : { pgy }), length: m(12), blocks, sources: src };
}

export function rotation(id: string, categories: string[], site?: unknown) {
  return { id, name: id, categories, site: site ?? { status: 'unstated' }, sources: src };
}

const stated = (value: unknown) => ({ status: 'stated', value });

/** A program around the parts the engine reads; everything else minimal. */
export function rawProgram(id: string, parts: Record<string, unknown>): Record<string, unknown> {
  return {
    id,
    name: id,
    institutionId: 'kp-lamc',
    type: 'residency',
    specialty: { name: id, acgmeCode: { status: 'unstated' }, board: { status: 'unstated' } },
    accreditor: { status: 'unstated' },
    founded: { status: 'unstated' },
    pgyLevels: { status: 'unstated' },
    positions: { perYear: { kind: 'unstated' }, total: { kind: 'unstated' }, sources: src },
    faculty: { total: { kind: 'unstated' }, description: 'faculty', groups: [], sources: src },
    leadership: [],
    missions: [],
    siteIds: ['lamc'],
    careSettings: [],
    affiliations: [],
    clinics: [],
    equipment: [],
    conferences: [],
    volumes: [],
    expectations: [],
    sourceFile: 'fixture.txt',
    factSources: {},
    ...parts,
  };
}

export function parseProgram(raw: Record<string, unknown>): Program {
  return ProgramSchema.parse(raw);
}

export function parseSet(programId: string, requirements: unknown[]): RequirementSet {
  return RequirementSetSchema.parse({ id: `${programId}-set`, programId, title: programId, requirements: requirements.map((r) => ({ sources: src, ...(r as object) })) });
}

export function parseRecord(raw: Record<string, unknown>): TraineeRecord {
  return TraineeRecordSchema.parse(raw);
}

/**
 * Radiation Oncology: 48 months over PGY2–PGY5, no blocks sequenced, two
 * unsequenced totals ("a minimum of 36 months … core clinical", "an
 * additional 12 months … research and clinical electives").
 */
export function radOncRaw(): Record<string, unknown> {
  return rawProgram('ro', {
    length: m(48),
    pgyLevels: stated({ from: 2, to: 5 }),
    rotations: [rotation('ro-core', ['core-clinical', 'clinical']), rotation('ro-research', ['research']), rotation('ro-electives', ['elective', 'clinical'])],
    curriculum: {
      blockSystem: stated({ kind: 'custom', length: range(1, 2) }),
      years: [year(1, 2, []), year(2, 3, []), year(3, 4, []), year(4, 5, [])],
      longitudinal: [],
      totals: [
        { id: 'core', label: 'Core clinical', categories: ['core-clinical'], duration: atLeast(36), basis: 'unsequenced', sources: src },
        { id: 'research-electives', label: 'Research and electives', categories: ['research', 'elective'], duration: m(12), basis: 'unsequenced', sources: src },
      ],
    },
  });
}

/**
 * Integrated IR, PGY1–PGY6, 160 hours to the month (so "about 80 hours" of
 * MICU is half a month). PGY2 and PGY3 end in diagnostic radiology as the
 * remainder; PGY4 leaves ten months unaccounted; PGY5 has the 1–2 month
 * vascular surgery range and IR as the remainder; PGY6 is IR with an
 * optional elective of unstated length.
 */
export function irRaw(): Record<string, unknown> {
  return rawProgram('ir', {
    length: m(72),
    pgyLevels: stated({ from: 1, to: 6 }),
    conversions: { hoursPerMonth: 160, basis: 'about 80 MICU hours count as half a month (7.5-month total)' },
    rotations: [
      rotation('ir', ['ir'], stated('lamc')),
      rotation('neuro-ir', ['neuro-ir'], stated('lamc')),
      rotation('micu', ['icu', 'micu'], stated('lamc')),
      rotation('ccu', ['icu', 'ccu'], stated('lamc')),
      rotation('vasc', ['surgery', 'vascular-surgery']),
      rotation('surg', ['surgery']),
      rotation('dr', ['diagnostic-radiology']),
      rotation('mammo', ['diagnostic-radiology', 'mammography']),
      rotation('nm', ['nuclear-medicine']),
      rotation('elective', ['elective']),
    ],
    curriculum: {
      blockSystem: stated({ kind: 'calendar-months' }),
      years: [
        // Internship: 1 IR, 1 vascular, 2 surg onc, 1 thoracic, 1 peds, 1 colorectal, 2 acute care, 1 MIS, 1 MICU = 11 months.
        year(1, 1, [block('ir', m(1)), block('vasc', m(1)), block('surg', m(2)), block('surg', m(1)), block('surg', m(1)), block('surg', m(1)), block('surg', m(2)), block('surg', m(1)), block('micu', m(1))]),
        year(2, 2, [block('micu', { amount: { kind: 'approximate', value: 80 }, unit: 'hours' }), block('ir', m(2)), block('dr', remainder)]),
        year(3, 3, [block('ccu', m(1), { group: 'pgy3' }), block('ir', m(2), { group: 'pgy3' }), block('dr', remainder)]),
        year(4, 4, [block('ir', m(1)), block('neuro-ir', m(1))]),
        year(5, 5, [block('neuro-ir', m(2)), block('vasc', range(1, 2)), block('ccu', m(2)), block('mammo', m(1)), block('nm', m(1)), block('ir', remainder)]),
        year(6, 6, [block('ir', remainder), block('elective', unstatedMonths, { optional: true })]),
      ],
      longitudinal: [
        {
          id: 'continuity-clinic',
          title: 'IR Resident Continuity Clinic',
          kind: 'continuity-clinic',
          pgy: stated({ from: 2, to: 6 }),
          cadence: stated({ amount: { amount: { kind: 'exact', value: 0.5 }, unit: 'days' }, per: 'week' }),
          sources: src,
        },
      ],
      totals: [],
    },
  });
}

/**
 * Hospice & Palliative Medicine: one year across four medical centers (LAMC,
 * West LA, Children's Hospital LA, City of Hope) and the settings the
 * brochure names. Hospice has an ambiguous site and home-based care takes
 * the remainder of the year.
 */
export function hpmRaw(): Record<string, unknown> {
  return rawProgram('hpm', {
    type: 'fellowship',
    length: m(12),
    siteIds: ['lamc', 'wla', 'chla', 'coh'],
    rotations: [
      rotation('hpm-lamc', ['inpatient-consult'], stated('lamc')),
      rotation('hpm-wla', ['inpatient-consult'], stated('wla')),
      rotation('hpm-chla', ['pediatrics', 'inpatient-consult'], stated('chla')),
      rotation('hpm-coh', ['oncology', 'clinic'], stated('coh')),
      rotation('hpm-hospice', ['hospice'], {
        status: 'ambiguous',
        candidates: [
          { value: 'lamc', reading: 'the sponsor’s hospice program' },
          { value: 'wla', reading: 'a West LA hospice' },
        ],
        note: 'hospice program site not named',
      }),
      rotation('hpm-home', ['home-based']),
    ],
    curriculum: {
      blockSystem: { status: 'unstated' },
      years: [
        year(1, undefined, [
          block('hpm-lamc', m(4)),
          block('hpm-wla', range(1, 2)),
          block('hpm-chla', m(1)),
          block('hpm-coh', m(1)),
          block('hpm-hospice', unstatedMonths),
          block('hpm-home', remainder),
        ]),
      ],
      longitudinal: [],
      totals: [],
    },
  });
}
