import { z } from 'zod';
import { ConferenceSeriesIdSchema, ProgramIdSchema, RecordIdSchema, RotationIdSchema, SiteIdSchema, TraineeIdSchema } from '../ids';
import { InstantSchema, IsoDateSchema, PgyLevelSchema } from '../primitives';
import { ProcedureRoleSchema, ScholarlyKindSchema, ScholarlyStatusSchema } from '../requirements/requirement';

const datesInOrder = (r: { start: string; end: string }) => r.start <= r.end;

/** A resident or fellow. */
export const TraineeSchema = z.object({
  /** Stable identifier. */
  id: TraineeIdSchema,
  /** Display name. */
  name: z.string().min(1),
  /** Program the trainee is in. */
  programId: ProgramIdSchema,
  /** First day of training in the program (on-cycle is July 1). */
  startDate: IsoDateSchema,
  /** PGY level on the start date. */
  pgyAtStart: PgyLevelSchema,
});
/** A trainee. */
export type Trainee = z.infer<typeof TraineeSchema>;

/** Leave from training; inclusive dates. */
export const LeaveSchema = z
  .object({
    /** Stable identifier. */
    id: RecordIdSchema,
    /** Whose leave. */
    traineeId: TraineeIdSchema,
    /** First day of leave. */
    start: IsoDateSchema,
    /** Last day of leave (inclusive). */
    end: IsoDateSchema,
    /** Kind of leave. */
    kind: z.enum(['vacation', 'medical', 'parental', 'caregiver', 'bereavement', 'educational', 'other']),
    /** Free-text note. */
    note: z.string().exactOptional(),
  })
  .refine(datesInOrder, { message: 'leave must not end before it starts', path: ['end'] });
/** Leave from training. */
export type Leave = z.infer<typeof LeaveSchema>;

/** A trainee's assignment to a rotation for a span of dates (inclusive). */
export const AssignmentSchema = z
  .object({
    /** Stable identifier. */
    id: RecordIdSchema,
    /** Who. */
    traineeId: TraineeIdSchema,
    /** Which rotation. */
    rotationId: RotationIdSchema,
    /** Where, when it differs from the rotation's site. */
    siteId: SiteIdSchema.exactOptional(),
    /** First day. */
    start: IsoDateSchema,
    /** Last day (inclusive). */
    end: IsoDateSchema,
  })
  .refine(datesInOrder, { message: 'an assignment must not end before it starts', path: ['end'] });
/** A rotation assignment. */
export type Assignment = z.infer<typeof AssignmentSchema>;

/**
 * Kinds of logged work. At-home call counts toward the 80 hours only for its
 * active patient-care time; moonlighting, internal and external, counts in
 * full (ACGME CPR 6.25, 6.28).
 */
export const WorkPeriodKindSchema = z.enum([
  'clinical',
  'education',
  'in-house-call',
  'night-float',
  'at-home-call',
  'moonlighting-internal',
  'moonlighting-external',
  'transition-of-care',
]);
/** A kind of logged work. */
export type WorkPeriodKind = z.infer<typeof WorkPeriodKindSchema>;

/** One logged period of clinical or educational work, as exact instants. */
export const WorkPeriodSchema = z.object({
  /** Stable identifier, if the source system has one. */
  id: RecordIdSchema.exactOptional(),
  /** Who worked. */
  traineeId: TraineeIdSchema,
  /** Start, with UTC offset (optionally a bracketed IANA zone). */
  start: InstantSchema,
  /** End, with UTC offset; must be after start. */
  end: InstantSchema,
  /** What kind of work. */
  kind: WorkPeriodKindSchema,
  /** For at-home call: minutes spent on patient care (counted toward the 80 hours). */
  activeMinutes: z.number().int().nonnegative().exactOptional(),
  /** Whether the period includes new patient care (not allowed in the 4 hours after 24). */
  newPatientCare: z.boolean().exactOptional(),
  /** Rotation the period belongs to, if known. */
  rotationId: RotationIdSchema.exactOptional(),
});
/** A logged work period. */
export type WorkPeriod = z.infer<typeof WorkPeriodSchema>;

/** One logged procedure (or several of the same on one day). */
export const ProcedureLogEntrySchema = z.object({
  /** Stable identifier. */
  id: RecordIdSchema,
  /** Who. */
  traineeId: TraineeIdSchema,
  /** Date performed. */
  date: IsoDateSchema,
  /** Procedure category (e.g. `aortic-repair`). */
  category: z.string().min(1),
  /** Trainee's role. */
  role: ProcedureRoleSchema,
  /** How many (default 1). */
  count: z.number().int().positive().default(1),
});
/** A procedure log entry. */
export type ProcedureLogEntry = z.infer<typeof ProcedureLogEntrySchema>;

/** A piece of scholarly work and how far it has got. */
export const ScholarlyActivitySchema = z.object({
  /** Stable identifier. */
  id: RecordIdSchema,
  /** Who. */
  traineeId: TraineeIdSchema,
  /** Kind of work. */
  kind: ScholarlyKindSchema,
  /** Title. */
  title: z.string().min(1),
  /** Status reached. */
  status: ScholarlyStatusSchema,
  /** Date the status was reached. */
  date: IsoDateSchema,
  /** Journal, meeting or venue. */
  venue: z.string().exactOptional(),
});
/** A scholarly activity. */
export type ScholarlyActivity = z.infer<typeof ScholarlyActivitySchema>;

/** Hours of a named activity on a day (e.g. wound care training, continuity clinic). */
export const ActivityLogEntrySchema = z.object({
  /** Stable identifier. */
  id: RecordIdSchema,
  /** Who. */
  traineeId: TraineeIdSchema,
  /** Activity as named by requirements (e.g. `wound-care`). */
  activity: z.string().min(1),
  /** Date. */
  date: IsoDateSchema,
  /** Hours spent. */
  hours: z.number().positive().max(24),
});
/** An activity log entry. */
export type ActivityLogEntry = z.infer<typeof ActivityLogEntrySchema>;

/** Attendance at one session of a conference series. */
export const ConferenceAttendanceSchema = z.object({
  /** Who. */
  traineeId: TraineeIdSchema,
  /** Which series. */
  seriesId: ConferenceSeriesIdSchema,
  /** Session date (local to the series). */
  date: IsoDateSchema,
  /** Whether the trainee attended, was excused, or was absent. */
  status: z.enum(['attended', 'excused', 'absent']),
});
/** Attendance at one conference session. */
export type ConferenceAttendance = z.infer<typeof ConferenceAttendanceSchema>;

/** Everything known about one trainee that requirements are checked against. */
export const TraineeRecordSchema = z.object({
  /** The trainee. */
  trainee: TraineeSchema,
  /** Rotation assignments. */
  assignments: z.array(AssignmentSchema).default([]),
  /** Leave taken or planned. */
  leave: z.array(LeaveSchema).default([]),
  /** Logged work periods. */
  workPeriods: z.array(WorkPeriodSchema).default([]),
  /** Procedure log. */
  procedures: z.array(ProcedureLogEntrySchema).default([]),
  /** Scholarly activity. */
  scholarly: z.array(ScholarlyActivitySchema).default([]),
  /** Activity hours log. */
  activities: z.array(ActivityLogEntrySchema).default([]),
  /** Conference attendance. */
  attendance: z.array(ConferenceAttendanceSchema).default([]),
});
/** A trainee record. */
export type TraineeRecord = z.infer<typeof TraineeRecordSchema>;
