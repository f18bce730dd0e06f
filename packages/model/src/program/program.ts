import { z } from 'zod';
import { InstitutionIdSchema, ProgramIdSchema, SiteIdSchema } from '../ids';
import { openValue } from '../open';
import { PgyRangeSchema, YearSchema } from '../primitives';
import { DurationSchema, QuantitySchema, UnitConversionsSchema } from '../quantity';
import { RequirementSetSchema } from '../requirements/requirement';
import { SourcesSchema } from '../source';
import { ConferenceSeriesSchema } from './conference';
import { CurriculumSchema } from './curriculum';
import { ClinicSchema, EquipmentSchema } from './facilities';
import { FacultySchema, LeaderSchema } from './people';
import { RotationSchema } from './rotation';

/** A medical specialty as accredited. */
export const SpecialtySchema = z.object({
  /** Specialty name, e.g. "Radiation Oncology". */
  name: z.string().min(1),
  /** ACGME specialty code, where the source states it. */
  acgmeCode: openValue(z.string().regex(/^\d{3}$/, 'an ACGME specialty code has three digits')),
  /** Board that certifies graduates, where stated. */
  board: openValue(z.string().min(1)),
});
/** A medical specialty. */
export type Specialty = z.infer<typeof SpecialtySchema>;

/** Trainee positions: per year and in total, now and at founding. */
export const PositionsSchema = z.object({
  /** Positions per year (per PGY class). */
  perYear: QuantitySchema,
  /** Positions across all years. */
  total: QuantitySchema,
  /** Total positions when the program began, if stated. */
  initialTotal: QuantitySchema.exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** Trainee positions. */
export type Positions = z.infer<typeof PositionsSchema>;

/** A volume the source states: clinical activity of a service, or what each trainee gets. */
export const VolumeSchema = z.object({
  /** Stable identifier within the program. */
  id: z.string().min(1),
  /** What is counted, in words. */
  label: z.string().min(1),
  /** Whose volume: the division/department's, or each trainee's. */
  scope: z.enum(['service', 'trainee']),
  /** Procedure category when it counts procedures (e.g. `aortic-repair`). */
  procedureCategory: z.string().min(1).exactOptional(),
  /**
   * How many: stated, or ambiguous where the words allow two counts ("over 50
   * aortic repairs, 100 lower extremity revascularizations": whether "over"
   * also governs 100 is not said).
   */
  quantity: openValue(QuantitySchema),
  /**
   * Per what period (`training` = over the whole program), where the source
   * gives one: "a large number of pediatric interventions" gives none.
   */
  per: openValue(z.enum(['day', 'week', 'month', 'year', 'training'])),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A stated volume. */
export type Volume = z.infer<typeof VolumeSchema>;

/** An expectation the source states about research, presentations or other work. */
export const ExpectationSchema = z.object({
  /** Stable identifier within the program. */
  id: z.string().min(1),
  /** What area it belongs to. */
  kind: z.enum(['research', 'presentation', 'teaching', 'certification', 'competency', 'other']),
  /** The expectation in words. */
  text: z.string().min(1),
  /**
   * Whether the source states it as required of the trainee, encouraged,
   * optional, or only as something the program provides ("Residents will
   * also receive formal instruction…"), which obliges the trainee to nothing.
   */
  strength: z.enum(['required', 'encouraged', 'optional', 'provided']),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A stated expectation. */
export type Expectation = z.infer<typeof ExpectationSchema>;

/** A program the sponsor is affiliated or collaborates with. */
export const AffiliationSchema = z.object({
  /** Name as the source writes it. */
  name: z.string().min(1),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** An affiliation. */
export type Affiliation = z.infer<typeof AffiliationSchema>;

/**
 * A fact the source states about a program that no other field holds: a
 * highlight ("the largest in California"), its history, what its graduates
 * became, or a web address. Kept verbatim-close with its sentence, so a GME
 * office quoting the catalog quotes the brochure.
 */
export const ProgramFactSchema = z.object({
  /** Stable identifier within the program. */
  id: z.string().min(1),
  /** What kind of fact. */
  kind: z.enum(['highlight', 'history', 'outcome', 'link']),
  /** The fact in words, as close to the source as a sentence allows. */
  text: z.string().min(1),
  /** The address, for a `link`, as the source writes it. */
  url: z.string().min(1).exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema.min(1, 'a fact cites the sentence it was read from'),
});
/** A stated fact no other field holds. */
export type ProgramFact = z.infer<typeof ProgramFactSchema>;

/** Program-level facts that have no `sources` of their own, for {@link ProgramSchema}'s `factSources`. */
export const ProgramFactFieldSchema = z.enum([
  'name',
  'type',
  'specialty',
  'accreditor',
  'founded',
  'pgyLevels',
  'length',
  'missions',
  'siteIds',
  'careSettings',
  'affiliations',
  'conversions',
]);
/** A program-level fact field. */
export type ProgramFactField = z.infer<typeof ProgramFactFieldSchema>;

/**
 * A residency or fellowship program: everything its source states, with open
 * values where the source is silent or ambiguous.
 */
export const ProgramSchema = z.object({
  /** Stable identifier. */
  id: ProgramIdSchema,
  /** Name of the program. */
  name: z.string().min(1),
  /** Sponsoring institution. */
  institutionId: InstitutionIdSchema,
  /** Residency or fellowship. */
  type: z.enum(['residency', 'fellowship']),
  /** Specialty. */
  specialty: SpecialtySchema,
  /** Accrediting body, where stated. */
  accreditor: openValue(z.string().min(1)),
  /** Year the program (or its training pathway) was founded. */
  founded: openValue(YearSchema),
  /** PGY levels the program covers. */
  pgyLevels: openValue(PgyRangeSchema),
  /** Length of training. */
  length: DurationSchema,
  /** Trainee positions. */
  positions: PositionsSchema,
  /** Faculty counts. */
  faculty: FacultySchema,
  /** Leadership, founding and current, as stated. */
  leadership: z.array(LeaderSchema),
  /** Mission statements, verbatim. */
  missions: z.array(z.string().min(1)),
  /** Participating sites. */
  siteIds: z.array(SiteIdSchema).min(1),
  /** Care settings trainees work in (e.g. `inpatient-consult`, `hospice`). */
  careSettings: z.array(z.string().min(1)),
  /** Affiliated programs and organisations. */
  affiliations: z.array(AffiliationSchema),
  /** Clinics. */
  clinics: z.array(ClinicSchema),
  /** Technology and equipment. */
  equipment: z.array(EquipmentSchema),
  /** Rotations referenced by the curriculum. */
  rotations: z.array(RotationSchema),
  /** The curriculum. */
  curriculum: CurriculumSchema,
  /** Conference series. */
  conferences: z.array(ConferenceSeriesSchema),
  /** Volumes the source states. */
  volumes: z.array(VolumeSchema),
  /** Research, presentation and other expectations. */
  expectations: z.array(ExpectationSchema),
  /** The program's own conversions between units of curriculum time. */
  conversions: UnitConversionsSchema.exactOptional(),
  /** Requirements trainees and the plan are checked against. */
  requirementSet: RequirementSetSchema.exactOptional(),
  /** The source document the program was encoded from. */
  sourceFile: z.string().min(1),
  /**
   * The sentences behind program-level facts (founding year, PGY levels,
   * length, missions, …), by field; fact groups such as rotations and
   * conferences carry their own `sources`.
   */
  factSources: z.partialRecord(ProgramFactFieldSchema, SourcesSchema),
  /**
   * Program-level plain fields whose value the source implies but does not
   * state (a length counted from years, a unit conversion worked back from a
   * total), with the reasoning in words.
   */
  inferred: z.partialRecord(ProgramFactFieldSchema, z.string().min(1)).exactOptional(),
  /** Highlights, history, outcomes and links the source states; absent when none are recorded. */
  facts: z.array(ProgramFactSchema).exactOptional(),
});
/** A residency or fellowship program. */
export type Program = z.infer<typeof ProgramSchema>;
