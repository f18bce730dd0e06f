import { z } from 'zod';
import { CatalogSchema } from './catalog';
import { FindingSchema } from './finding';
import { InstitutionSchema, SiteSchema } from './institution';
import { ConferenceSeriesSchema } from './program/conference';
import { CurriculumSchema } from './program/curriculum';
import { ClinicSchema, EquipmentSchema } from './program/facilities';
import { ProgramSchema } from './program/program';
import { RotationSchema } from './program/rotation';
import { RequirementSchema, RequirementSetSchema } from './requirements/requirement';
import {
  ActivityLogEntrySchema,
  AssignmentSchema,
  ConferenceAttendanceSchema,
  LeaveSchema,
  ProcedureLogEntrySchema,
  ScholarlyActivitySchema,
  TraineeRecordSchema,
  TraineeSchema,
  WorkPeriodSchema,
} from './records/records';
import { CallProblemSchema } from './scheduling/calls';
import { SchedulingProblemSchema } from './scheduling/problem';

/**
 * The top-level entities shipped as JSON Schema files, keyed by file name
 * (`@gmekit/model/schemas/<name>.json`).
 */
export const jsonSchemaEntities = {
  /** The whole catalog: institution, sites and programs. */
  catalog: CatalogSchema,
  /** The sponsoring institution. */
  institution: InstitutionSchema,
  /** A training site (medical center, clinic, satellite). */
  site: SiteSchema,
  /** A residency or fellowship program. */
  program: ProgramSchema,
  /** A program's curriculum: PGY years, blocks, longitudinal experiences. */
  curriculum: CurriculumSchema,
  /** A rotation a program offers. */
  rotation: RotationSchema,
  /** A clinic trainees work in. */
  clinic: ClinicSchema,
  /** A piece of equipment or technology (vendor, model, count, year). */
  equipment: EquipmentSchema,
  /** A recurring conference. */
  'conference-series': ConferenceSeriesSchema,
  /** One requirement (discriminated on `kind`). */
  requirement: RequirementSchema,
  /** A program's requirement set. */
  'requirement-set': RequirementSetSchema,
  /** A resident or fellow. */
  trainee: TraineeSchema,
  /** A trainee with assignments, leave and logs. */
  'trainee-record': TraineeRecordSchema,
  /** A trainee's leave (vacation, medical, parental, …). */
  leave: LeaveSchema,
  /** A trainee's assignment to a rotation for a span of dates. */
  assignment: AssignmentSchema,
  /** One period of clinical or educational work. */
  'work-period': WorkPeriodSchema,
  /** One logged procedure. */
  'procedure-log-entry': ProcedureLogEntrySchema,
  /** One scholarly activity (project, paper, presentation). */
  'scholarly-activity': ScholarlyActivitySchema,
  /** Hours logged for an activity such as wound care. */
  'activity-log-entry': ActivityLogEntrySchema,
  /** Attendance at one conference session. */
  'conference-attendance': ConferenceAttendanceSchema,
  /** A validation or audit finding. */
  finding: FindingSchema,
  /** A block-scheduling problem (trainees, capacities, rules) for `@gmekit/scheduler`. */
  'scheduling-problem': SchedulingProblemSchema,
  /** A call-scheduling problem (call types, coverage, trainees, rules) for `scheduleCalls` in `@gmekit/scheduler`. */
  'call-problem': CallProblemSchema,
} as const;

/** Name of an entity with a shipped JSON Schema file. */
export type JsonSchemaEntity = keyof typeof jsonSchemaEntities;

/**
 * JSON Schema (draft 2020-12) for one entity, generated from its zod schema.
 * Checks a schema cannot express as JSON Schema (real calendar dates, IANA
 * zones, cross-references) are left to the zod schemas and
 * {@link validateCatalog}.
 *
 * @param entity - entity name, e.g. `program`
 * @returns the JSON Schema document
 * @example
 * const schema = jsonSchemaFor('program');
 */
export function jsonSchemaFor(entity: JsonSchemaEntity): Record<string, unknown> {
  const schema = z.toJSONSchema(jsonSchemaEntities[entity], { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return { ...schema, $id: `urn:gmekit:schema:${entity}`, title: entity };
}

/**
 * JSON Schema documents for every top-level entity, keyed by file name.
 *
 * @returns a map from entity name to its JSON Schema
 * @example
 * Object.keys(jsonSchemas()); // ['catalog', 'institution', 'site', …]
 */
export function jsonSchemas(): Record<JsonSchemaEntity, Record<string, unknown>> {
  const out = {} as Record<JsonSchemaEntity, Record<string, unknown>>;
  for (const name of Object.keys(jsonSchemaEntities) as JsonSchemaEntity[]) out[name] = jsonSchemaFor(name);
  return out;
}
