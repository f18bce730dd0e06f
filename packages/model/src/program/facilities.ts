import { z } from 'zod';
import { ClinicIdSchema, EquipmentIdSchema, SiteIdSchema } from '../ids';
import { openValue } from '../open';
import { PgyRangeSchema, YearSchema } from '../primitives';
import { QuantitySchema } from '../quantity';
import { SourcesSchema } from '../source';
import { ConferenceFrequencySchema } from './conference';

/** A clinic a program runs or its trainees work in. */
export const ClinicSchema = z.object({
  /** Stable identifier. */
  id: ClinicIdSchema,
  /** Name as the source writes it. */
  name: z.string().min(1),
  /** What kind of clinic. */
  kind: z.enum(['multidisciplinary', 'continuity', 'outpatient', 'specialty', 'senior-resident', 'consult-service', 'home-based', 'hospice', 'other']),
  /** Where, if stated. */
  site: openValue(SiteIdSchema),
  /** How often it runs, if stated. */
  frequency: openValue(ConferenceFrequencySchema),
  /** Trainee levels that staff it, if limited. */
  pgy: PgyRangeSchema.exactOptional(),
  /** What the source says of it. */
  description: z.string().exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A clinic. */
export type Clinic = z.infer<typeof ClinicSchema>;

/**
 * Technology or equipment with vendor, model, count and year. A fleet ("seven
 * linear accelerators") and its named members ("two Varian TrueBeamSTX") are
 * separate items linked by `partOf`, so counts are never double-counted and
 * members of unstated model stay visible as a gap.
 */
export const EquipmentSchema = z.object({
  /** Stable identifier. */
  id: EquipmentIdSchema,
  /** What it is (`linear-accelerator`, `hdr-afterloader`, `ct-scanner`, …). */
  category: z.string().min(1),
  /** Name as the source writes it. */
  name: z.string().min(1),
  /** Vendor, if stated. */
  vendor: openValue(z.string().min(1)),
  /** Model, if stated. */
  model: openValue(z.string().min(1)),
  /** How many, as stated. */
  count: QuantitySchema,
  /** Where it is, if stated. */
  site: openValue(SiteIdSchema),
  /** Year installed or opened, if stated. */
  year: openValue(YearSchema),
  /** The fleet this item is a member of. */
  partOf: EquipmentIdSchema.exactOptional(),
  /** Techniques it is used for (`srs`, `sbrt`, `vmat`, …). */
  capabilities: z.array(z.string().min(1)),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** An equipment item. */
export type Equipment = z.infer<typeof EquipmentSchema>;
