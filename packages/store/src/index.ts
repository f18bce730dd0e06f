/**
 * `@gmekit/store`: a GME office's records in a real database, read and
 * written through the gmekit model. Embedded PGlite (a directory, nothing to
 * install) by default, PostgreSQL by URL; the same SQL on both.
 *
 * @packageDocumentation
 */
export { openStore } from './connection/open';
export type { OpenStoreOptions, Store, StoreLocation, StoreSession } from './connection/open';
export type { PGliteInstance, PGliteQueryResult } from './connection/pglite-dialect';
export { ScheduleConflictError, StoreError } from './errors';
export type { StoreErrorOptions } from './errors';
export type { InvalidRowPolicy, WriteOptions, WriteResult } from './batch';
export type { RecordFilter, RecordRepositories, RecordRepository } from './repositories/records';
export type { WorkPeriodFilter, WorkPeriodRepository } from './repositories/work-periods';
export type { CatalogRepository } from './repositories/catalog';
export { ScheduleContentSchema } from './repositories/schedules';
export type { DraftInput, ScheduleContent, ScheduleFilter, ScheduleInfo, ScheduleKind, ScheduleRepository, ScheduleVersionStatus } from './repositories/schedules';
export type { ChangeEntry, ChangeFilter, ChangeLog } from './repositories/changes';
export type { StoreQueries, TraineeSubjectFromStore, WorkHoursInput, WorkHoursWindow } from './queries';
export { MIGRATIONS, migrationChecksum } from './schema/migrations';
export type { Migration, MigrationStatus } from './schema/migrations';
