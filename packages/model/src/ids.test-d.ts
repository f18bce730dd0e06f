import { describe, expectTypeOf, it } from 'vitest';
import {
  type ClinicId,
  type ConferenceSeriesId,
  type EquipmentId,
  type ExperienceId,
  type InstitutionId,
  type ProgramId,
  type RecordId,
  type RequirementId,
  type RotationId,
  RotationIdSchema,
  type SiteId,
  SiteIdSchema,
  type TraineeId,
} from './ids';
import type { Rotation } from './program/rotation';

// Type-level tests (vitest typecheck mode, `*.test-d.ts`): nothing here runs,
// the checker proves the README's promise that ids do not mix.

interface Ids {
  ClinicId: ClinicId;
  ConferenceSeriesId: ConferenceSeriesId;
  EquipmentId: EquipmentId;
  ExperienceId: ExperienceId;
  InstitutionId: InstitutionId;
  ProgramId: ProgramId;
  RecordId: RecordId;
  RequirementId: RequirementId;
  RotationId: RotationId;
  SiteId: SiteId;
  TraineeId: TraineeId;
}
type Other<A extends keyof Ids> = Exclude<keyof Ids, A>;
/** Every ordered pair `A → B` of distinct id kinds where an `A` would be accepted as a `B`. */
type Mixable = { [A in keyof Ids]: { [B in Other<A>]: Ids[A] extends Ids[B] ? `${A} → ${B}` : never }[Other<A>] }[keyof Ids];

const atSite = (site: SiteId): SiteId => site;

describe('branded ids', () => {
  it('refuses a RotationId where a SiteId is expected', () => {
    const rotation = RotationIdSchema.parse('ir');
    // @ts-expect-error a rotation id is not a site id
    atSite(rotation);
    expectTypeOf<RotationId>().not.toExtend<SiteId>();
    expectTypeOf(atSite).parameter(0).not.toEqualTypeOf<RotationId>();
  });

  it('keeps every pair of id kinds apart', () => {
    expectTypeOf<Mixable>().toBeNever();
  });

  it('refuses a plain string, but reads as one', () => {
    // @ts-expect-error a string is not checked, so it is not a site id
    atSite('main-campus');
    expectTypeOf<SiteId>().toExtend<string>();
    expectTypeOf(SiteIdSchema.parse('main-campus')).toEqualTypeOf<SiteId>();
  });

  it('types model fields with their own id kind', () => {
    expectTypeOf<Rotation['id']>().toEqualTypeOf<RotationId>();
    const stated = { status: 'stated', value: RotationIdSchema.parse('ir') } as const;
    // @ts-expect-error a rotation's site takes a site id, not a rotation id
    const site: Rotation['site'] = stated;
    expectTypeOf(site).not.toBeNever();
  });
});
