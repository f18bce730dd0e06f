/**
 * Conflicts between where a trainee is and the conferences they are expected
 * at. A session conflicts with leave covering its local date, and with an
 * off-site assignment covering it: an assignment is off-site when its
 * rotation carries the off-site tag (default `off-site`), or when its site
 * (the assignment's own `siteId`, else the rotation's stated site) is known
 * and differs from the session's stated site. When either site is unknown
 * nothing is claimed; a finding says so once per assignment.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { type Assignment, type Finding, type Leave, type Rotation, type Trainee, knownValue } from '@gmekit/model';
import type { ConferenceOccurrence } from './occurrence';

/** What {@link detectConflicts} checks. */
export interface ConflictInput {
  /** Sessions, e.g. from {@link expandConferences}; cancelled ones are skipped. */
  readonly occurrences: readonly ConferenceOccurrence[];
  /** Rotation assignments (inclusive dates). */
  readonly assignments?: readonly Pick<Assignment, 'id' | 'traineeId' | 'rotationId' | 'siteId' | 'start' | 'end'>[];
  /** Leave (inclusive dates). */
  readonly leave?: readonly Pick<Leave, 'id' | 'traineeId' | 'start' | 'end' | 'kind'>[];
  /** Rotations, for their site and tags. */
  readonly rotations?: readonly Pick<Rotation, 'id' | 'site' | 'categories'>[];
  /** Tag that marks a rotation off-site (default `off-site`). */
  readonly offSiteTag?: string;
  /** Trainees, to skip sessions limited to PGY levels the trainee is not at on that date. */
  readonly trainees?: readonly Pick<Trainee, 'id' | 'startDate' | 'pgyAtStart'>[];
  /** Further say on who is expected; return false to skip a trainee for a session. */
  readonly expected?: (traineeId: string, occurrence: ConferenceOccurrence) => boolean;
}

/** One conflict. */
export interface Conflict {
  /** Who. */
  readonly traineeId: string;
  /** On leave, or on an off-site rotation. */
  readonly kind: 'leave' | 'off-site';
  /** The session's series. */
  readonly seriesId: string;
  /** The session's local date. */
  readonly date: string;
  /** The session's start. */
  readonly start: string;
  /** The leave or assignment id. */
  readonly recordId: string;
  /** The rotation, for off-site conflicts. */
  readonly rotationId?: string;
  /** A sentence for people. */
  readonly message: string;
}

/** Conflicts found, and notes on what could not be checked. */
export interface ConflictReport {
  /** Conflicts in session order. */
  readonly conflicts: readonly Conflict[];
  /** Unknown rotations and sites. */
  readonly findings: readonly Finding[];
}

function pgyOn(trainee: Pick<Trainee, 'startDate' | 'pgyAtStart'>, date: string): number {
  const years = Temporal.PlainDate.from(trainee.startDate).until(Temporal.PlainDate.from(date), { largestUnit: 'years' }).years;
  return trainee.pgyAtStart + Math.max(0, years);
}

/**
 * Finds sessions a trainee is expected at while on leave or off site.
 *
 * @param input - sessions, assignments, leave, rotations and trainees
 * @returns conflicts and findings
 * @example
 * const { conflicts } = detectConflicts({ occurrences, leave, assignments, rotations });
 */
export function detectConflicts(input: ConflictInput): ConflictReport {
  const sessions = input.occurrences.filter((o) => o.status !== 'cancelled');
  const rotations = new Map((input.rotations ?? []).map((r) => [String(r.id), r]));
  const trainees = new Map((input.trainees ?? []).map((t) => [String(t.id), t]));
  const offSiteTag = input.offSiteTag ?? 'off-site';
  const conflicts: Conflict[] = [];
  const findings: Finding[] = [];

  const isExpected = (traineeId: string, o: ConferenceOccurrence): boolean => {
    const trainee = trainees.get(traineeId);
    if (o.pgy && trainee) {
      const pgy = pgyOn(trainee, o.date);
      if (pgy < o.pgy.from || pgy > o.pgy.to) return false;
    }
    return input.expected ? input.expected(traineeId, o) : true;
  };

  (input.leave ?? []).forEach((leave) => {
    for (const o of sessions) {
      if (o.date < leave.start || o.date > leave.end || !isExpected(leave.traineeId, o)) continue;
      conflicts.push({
        traineeId: leave.traineeId,
        kind: 'leave',
        seriesId: o.seriesId,
        date: o.date,
        start: o.start,
        recordId: leave.id,
        message: `${leave.traineeId} is on ${leave.kind} leave (${leave.id}) during ${o.title} on ${o.date}`,
      });
    }
  });

  (input.assignments ?? []).forEach((assignment, i) => {
    const rotation = rotations.get(assignment.rotationId);
    if (!rotation && input.rotations) {
      findings.push({
        code: 'conflicts/unknown-rotation',
        severity: 'warning',
        path: ['assignments', i, 'rotationId'],
        message: `assignments[${i}] names rotation ${assignment.rotationId}, which is not among the rotations given; only its own site is used`,
      });
    }
    const taggedOffSite = rotation?.categories.includes(offSiteTag) ?? false;
    const site = assignment.siteId ?? ((rotation === undefined ? undefined : knownValue(rotation.site)));
    let siteUnknownNoted = false;
    for (const o of sessions) {
      if (o.date < assignment.start || o.date > assignment.end) continue;
      let offSite = taggedOffSite;
      if (!offSite) {
        if (site === undefined || o.siteId === undefined) {
          if (!siteUnknownNoted) {
            siteUnknownNoted = true;
            findings.push({
              code: 'conflicts/site-unknown',
              severity: 'info',
              path: ['assignments', i],
              message: `assignments[${i}] (${assignment.id}): ${site === undefined ? 'its site is not known' : `${o.title} states no site`}, so off-site conflicts are not checked for it`,
            });
          }
          continue;
        }
        offSite = site !== o.siteId;
      }
      if (!offSite || !isExpected(assignment.traineeId, o)) continue;
      conflicts.push({
        traineeId: assignment.traineeId,
        kind: 'off-site',
        seriesId: o.seriesId,
        date: o.date,
        start: o.start,
        recordId: assignment.id,
        rotationId: assignment.rotationId,
        message: `${assignment.traineeId} is on ${assignment.rotationId}${site === undefined ? ' (off-site)' : ` at ${site}`} during ${o.title} on ${o.date}${o.siteId ? ` at ${o.siteId}` : ''}`,
      });
    }
  });
  const epochs = new Map<string, number>();
  const instant = (text: string): number => {
    let ms = epochs.get(text);
    if (ms === undefined) {
      ms = Temporal.ZonedDateTime.from(text).epochMilliseconds;
      epochs.set(text, ms);
    }
    return ms;
  };
  conflicts.sort((a, b) => instant(a.start) - instant(b.start) || (a.traineeId < b.traineeId ? -1 : a.traineeId > b.traineeId ? 1 : 0));
  return { conflicts, findings };
}
