import { z } from 'zod';

// Identifiers are branded so the type checker refuses a rotation id where a
// site id is expected, while the JSON form stays a plain string.
const idText = z
  .string()
  .min(1, 'an id must not be empty')
  .max(128, 'an id must be at most 128 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'an id uses letters, digits, ".", "_", ":" and "-" and starts with a letter or digit');

/** Identifier of an {@link Institution}. */
export const InstitutionIdSchema = idText.brand<'InstitutionId'>();
/** Identifier of an {@link Institution}. */
export type InstitutionId = z.infer<typeof InstitutionIdSchema>;

/** Identifier of a {@link Site}. */
export const SiteIdSchema = idText.brand<'SiteId'>();
/** Identifier of a {@link Site}. */
export type SiteId = z.infer<typeof SiteIdSchema>;

/** Identifier of a {@link Program}. */
export const ProgramIdSchema = idText.brand<'ProgramId'>();
/** Identifier of a {@link Program}. */
export type ProgramId = z.infer<typeof ProgramIdSchema>;

/** Identifier of a {@link Rotation}. */
export const RotationIdSchema = idText.brand<'RotationId'>();
/** Identifier of a {@link Rotation}. */
export type RotationId = z.infer<typeof RotationIdSchema>;

/** Identifier of a {@link ConferenceSeries}. */
export const ConferenceSeriesIdSchema = idText.brand<'ConferenceSeriesId'>();
/** Identifier of a {@link ConferenceSeries}. */
export type ConferenceSeriesId = z.infer<typeof ConferenceSeriesIdSchema>;

/** Identifier of a {@link Clinic}. */
export const ClinicIdSchema = idText.brand<'ClinicId'>();
/** Identifier of a {@link Clinic}. */
export type ClinicId = z.infer<typeof ClinicIdSchema>;

/** Identifier of an {@link Equipment} item. */
export const EquipmentIdSchema = idText.brand<'EquipmentId'>();
/** Identifier of an {@link Equipment} item. */
export type EquipmentId = z.infer<typeof EquipmentIdSchema>;

/** Identifier of a {@link LongitudinalExperience}. */
export const ExperienceIdSchema = idText.brand<'ExperienceId'>();
/** Identifier of a {@link LongitudinalExperience}. */
export type ExperienceId = z.infer<typeof ExperienceIdSchema>;

/** Identifier of a {@link Trainee}. */
export const TraineeIdSchema = idText.brand<'TraineeId'>();
/** Identifier of a {@link Trainee}. */
export type TraineeId = z.infer<typeof TraineeIdSchema>;

/** Identifier of a {@link Requirement}. */
export const RequirementIdSchema = idText.brand<'RequirementId'>();
/** Identifier of a {@link Requirement}. */
export type RequirementId = z.infer<typeof RequirementIdSchema>;

/** Identifier of a trainee record entry (assignment, leave, work period, log entry). */
export const RecordIdSchema = idText.brand<'RecordId'>();
/** Identifier of a trainee record entry (assignment, leave, work period, log entry). */
export type RecordId = z.infer<typeof RecordIdSchema>;
