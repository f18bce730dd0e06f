/**
 * `@gmekit/model`: one typed data model for graduate medical education
 * programs. Every entity is a zod schema (`XSchema`) with its inferred type
 * (`X`); JSON Schema files generated from them ship in `schemas/`.
 *
 * @packageDocumentation
 */
export {
  ClinicIdSchema,
  ConferenceSeriesIdSchema,
  EquipmentIdSchema,
  ExperienceIdSchema,
  InstitutionIdSchema,
  ProgramIdSchema,
  RecordIdSchema,
  RequirementIdSchema,
  RotationIdSchema,
  SiteIdSchema,
  TraineeIdSchema,
} from './ids';
export type {
  ClinicId,
  ConferenceSeriesId,
  EquipmentId,
  ExperienceId,
  InstitutionId,
  ProgramId,
  RecordId,
  RequirementId,
  RotationId,
  SiteId,
  TraineeId,
} from './ids';
export {
  CategoryTagSchema,
  InstantSchema,
  IsoDateSchema,
  LocalTimeSchema,
  PgyLevelSchema,
  PgyRangeSchema,
  TimeZoneSchema,
  WeekdaySchema,
  YearSchema,
  instantEpochMs,
  isTimeZoneName,
} from './primitives';
export type { CategoryTag, Instant, IsoDate, LocalTime, PgyLevel, PgyRange, TimeZone, Weekday, Year } from './primitives';
export {
  CadenceSchema,
  DurationSchema,
  DurationUnitSchema,
  QuantitySchema,
  UnitConversionsSchema,
  durationMonths,
  monthsPerUnit,
  quantityBounds,
} from './quantity';
export type { Bounds, Cadence, Duration, DurationUnit, Quantity, UnitConversions } from './quantity';
export { openValue, statedValue } from './open';
export type { AmbiguousValue, Open, Reading, StatedValue, UnstatedValue } from './open';
export { inferredFields, knownValue } from './open';
export type { InferredValue } from './open';
export { SourceRefSchema, SourcesSchema } from './source';
export type { SourceRef, Sources } from './source';
export {
  FindingSchema,
  PathSegmentSchema,
  SeveritySchema,
  formatPath,
  hasErrors,
  parseWith,
  zodIssuesToFindings,
} from './finding';
export type { Finding, ParseFailure, ParseResult, ParseSuccess, PathSegment, Severity } from './finding';
export {
  addMonths,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  isLeapYear,
  packedCivilFromDays,
} from './dates/civil';
export type { CivilDate } from './dates/civil';
export { daysOfIsoDate, formatIsoDate, parseIsoDate, parseIsoDatePrefix, readDigits } from './dates/iso-date';
export { mergeSpans, subtractSpans } from './dates/spans';
export { GmekitError, gmekitErrorFinding, markGmekitError } from './errors';
export type { GmekitErrorFields } from './errors';
export type { DaySpan } from './dates/spans';
export { InstitutionSchema, SiteKindSchema, SiteSchema } from './institution';
export type { Institution, Site, SiteKind } from './institution';
export { RotationSchema, WorkHourExceptionSchema } from './program/rotation';
export type { Rotation, WorkHourException } from './program/rotation';
export {
  BlockGroupSchema,
  BlockPositionSchema,
  BlockSystemSchema,
  CurriculumSchema,
  CurriculumTotalSchema,
  CurriculumYearSchema,
  LongitudinalExperienceSchema,
  RotationBlockSchema,
} from './program/curriculum';
export type {
  BlockGroup,
  BlockPosition,
  BlockSystem,
  Curriculum,
  CurriculumTotal,
  CurriculumYear,
  LongitudinalExperience,
  RotationBlock,
} from './program/curriculum';
export {
  ConferenceFrequencySchema,
  ConferenceKindSchema,
  ConferenceSeriesSchema,
  DayPartSchema,
  TopicsByWeekdaySchema,
} from './program/conference';
export type { ConferenceFrequency, ConferenceKind, ConferenceSeries, DayPart, TopicsByWeekday } from './program/conference';
export { ClinicSchema, EquipmentSchema } from './program/facilities';
export type { Clinic, Equipment } from './program/facilities';
export { FacultyGroupSchema, FacultySchema, LeaderSchema } from './program/people';
export type { Faculty, FacultyGroup, Leader } from './program/people';
export {
  AffiliationSchema,
  ExpectationSchema,
  PositionsSchema,
  ProgramFactFieldSchema,
  ProgramSchema,
  SpecialtySchema,
  VolumeSchema,
} from './program/program';
export type { Affiliation, Expectation, Positions, Program, ProgramFactField, Specialty, Volume } from './program/program';
export { ProgramFactSchema } from './program/program';
export type { ProgramFact } from './program/program';
export {
  ProcedureRoleSchema,
  RequirementSchema,
  RequirementSetSchema,
  ScholarlyKindSchema,
  ScholarlyStatusSchema,
} from './requirements/requirement';
export type {
  ProcedureRole,
  Requirement,
  RequirementKind,
  RequirementSet,
  ScholarlyKind,
  ScholarlyStatus,
} from './requirements/requirement';
export {
  ActivityLogEntrySchema,
  AssignmentSchema,
  ConferenceAttendanceSchema,
  LeaveSchema,
  ProcedureLogEntrySchema,
  ScholarlyActivitySchema,
  TraineeRecordSchema,
  TraineeSchema,
  WorkPeriodKindSchema,
  WorkPeriodSchema,
} from './records/records';
export type {
  ActivityLogEntry,
  Assignment,
  ConferenceAttendance,
  Leave,
  ProcedureLogEntry,
  ScholarlyActivity,
  Trainee,
  TraineeRecord,
  WorkPeriod,
  WorkPeriodKind,
} from './records/records';
export { CatalogSchema } from './catalog';
export type { Catalog } from './catalog';
export { programMonths, yearBlockMonths } from './curriculum-months';
export type { YearMonths } from './curriculum-months';
export { validateCatalog } from './validate-catalog';
export { programGaps } from './gaps';
export { jsonSchemaEntities, jsonSchemaFor, jsonSchemas } from './json-schema';
export type { JsonSchemaEntity } from './json-schema';
export { inferencesIn, inferredValueText } from './inferences';
export type { Inference } from './inferences';
export {
  BalanceRuleSchema,
  BlockGroupRuleSchema,
  ConsecutiveLimitSchema,
  FixedAssignmentSchema,
  PrerequisiteRuleSchema,
  RotationCapacitySchema,
  RotationSelectorSchema,
  SchedulingCalendarSchema,
  SchedulingPreferenceSchema,
  SchedulingProblemSchema,
  SchedulingRulesSchema,
  SchedulingTraineeSchema,
  VacationRuleSchema,
} from './scheduling/problem';
export type {
  BalanceRule,
  BlockGroupRule,
  ConsecutiveLimit,
  FixedAssignment,
  PrerequisiteRule,
  RotationCapacity,
  RotationSelector,
  SchedulingCalendar,
  SchedulingPreference,
  SchedulingProblem,
  SchedulingRules,
  SchedulingTrainee,
  VacationRule,
} from './scheduling/problem';
export {
  CallAssignmentSchema,
  CallCoverageSchema,
  CallProblemSchema,
  CallRequestSchema,
  CallRulesSchema,
  CallTraineeSchema,
  CallTypeSchema,
  ShiftTemplateSchema,
  ShiftTimesSchema,
} from './scheduling/calls';
export type {
  CallAssignment,
  CallCoverage,
  CallProblem,
  CallRequest,
  CallRules,
  CallTrainee,
  CallType,
  ShiftTemplate,
  ShiftTimes,
} from './scheduling/calls';
export { traineeRecord } from './records/trainee-record';
