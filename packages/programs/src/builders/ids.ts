import {
  ClinicIdSchema,
  ConferenceSeriesIdSchema,
  EquipmentIdSchema,
  ExperienceIdSchema,
  InstitutionIdSchema,
  ProgramIdSchema,
  RequirementIdSchema,
  RotationIdSchema,
  SiteIdSchema,
  type ClinicId,
  type ConferenceSeriesId,
  type EquipmentId,
  type ExperienceId,
  type InstitutionId,
  type ProgramId,
  type RequirementId,
  type RotationId,
  type SiteId,
} from '@gmekit/model';

// Ids are branded in the model; parsing them here (rather than casting) both
// brands them and checks their spelling when the module loads.

/** @param id - the id text @returns the branded id */
export const institutionId = (id: string): InstitutionId => InstitutionIdSchema.parse(id);
/** @param id - the id text @returns the branded id */
export const siteId = (id: string): SiteId => SiteIdSchema.parse(id);
/** @param id - the id text @returns the branded id */
export const programId = (id: string): ProgramId => ProgramIdSchema.parse(id);
/** @param id - the id text @returns the branded id */
export const rotationId = (id: string): RotationId => RotationIdSchema.parse(id);
/** @param id - the id text @returns the branded id */
export const seriesId = (id: string): ConferenceSeriesId => ConferenceSeriesIdSchema.parse(id);
/** @param id - the id text @returns the branded id */
export const clinicId = (id: string): ClinicId => ClinicIdSchema.parse(id);
/** @param id - the id text @returns the branded id */
export const equipmentId = (id: string): EquipmentId => EquipmentIdSchema.parse(id);
/** @param id - the id text @returns the branded id */
export const experienceId = (id: string): ExperienceId => ExperienceIdSchema.parse(id);
/** @param id - the id text @returns the branded id */
export const requirementId = (id: string): RequirementId => RequirementIdSchema.parse(id);
