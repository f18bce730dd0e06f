import { day as dayNumber } from '../problem/days';
import { SchedulingInputError } from '../problem/input-error';
import { ScheduleVerificationError } from '../schedule/verify';
import { isoOf } from './model';
import type { Item, PreparedCalls } from './prepare';
import { assembleSchedule } from './assemble';
import { auditSome, ineligibility, place, stateOf } from './state';
import { auditCalls, periodsOf, scheduleErrors } from './periods';
import type { CallSchedule, CallShift } from './types';

/** A way to hand a call over without breaking a rule. */
export interface SwapCandidate {
  /** Who takes the shift. */
  readonly traineeId: string;
  /** `take`: the trainee simply takes it; `trade`: and gives the holder one of theirs in return. */
  readonly kind: 'take' | 'trade';
  /** For a trade: the candidate's call the holder takes in return. */
  readonly inReturn?: CallShift;
  /** Ids of the base-shift work periods the move displaces (a call replaces that day's rotation work). */
  readonly displacedBaseShifts: readonly string[];
}

/** A trainee who can neither take the shift nor trade for it, and why. */
export interface SwapRefusal {
  /** The trainee. */
  readonly traineeId: string;
  /** Why not, in words: eligibility, a clash, a program limit, or the audit's finding. */
  readonly reasons: readonly string[];
}

/** What {@link swapCandidates} finds. */
export interface SwapList {
  /** The shift asked about. */
  readonly shift: CallShift;
  /** Takes first, then trades, by trainee id. */
  readonly candidates: readonly SwapCandidate[];
  /** Every other trainee with the reasons they cannot, by trainee id. */
  readonly refused: readonly SwapRefusal[];
  /** Wall-clock milliseconds (the only part that differs between identical runs). */
  readonly timingMs: number;
}

interface Move {
  readonly chosen: Set<number>;
  readonly displaced: number[];
  readonly reasons: string[];
}

// A swap list looks up items by trainee, shift and day hundreds of times; one
// index per prepared problem instead of a scan of every item each time.
const callIndexes = new WeakMap<PreparedCalls, Map<string, Item>>();
function itemFor(p: PreparedCalls, slot: number, coverageId: string, k: number): Item | undefined {
  let index = callIndexes.get(p);
  if (index === undefined) {
    index = new Map(p.items.flatMap((it) => (it.coverageId === null ? [] : [[`${it.trainee} ${it.coverageId} ${it.day}`, it] as const])));
    callIndexes.set(p, index);
  }
  return index.get(`${slot} ${coverageId} ${k}`);
}

function findShift(schedule: CallSchedule, shiftId: string): CallShift {
  const shift = schedule.shifts.find((s) => s.id === shiftId);
  if (shift === undefined) throw new SchedulingInputError(['shift'], `shift: no call "${shiftId}" on the schedule (ids are <coverage>/<date>/<trainee>)`);
  return shift;
}

/** Gives `shift` to slot `to`, and for a trade `back` to the holder; checks both trainees. */
function move(p: PreparedCalls, chosen: ReadonlySet<number>, shift: CallShift, to: number, back?: CallShift): Move {
  const next = new Set(chosen);
  const from = p.problem.trainees.findIndex((t) => t.trainee.id === shift.traineeId);
  const k = dayNumber(shift.date) - p.firstDay;
  const own = itemFor(p, from, shift.coverageId, k);
  if (own !== undefined) next.delete(own.index);
  const handOver: [number, CallShift, number][] = [[to, shift, k]];
  if (back !== undefined) {
    const bk = dayNumber(back.date) - p.firstDay;
    const theirs = itemFor(p, to, back.coverageId, bk);
    if (theirs !== undefined) next.delete(theirs.index);
    handOver.push([from, back, bk]);
  }
  const reasons: string[] = [];
  const displaced: number[] = [];
  for (const [slot, s, day] of handOver) {
    const item = itemFor(p, slot, s.coverageId, day);
    if (item === undefined) {
      reasons.push(`${slot === to ? '' : `the holder for ${s.id}: `}${ineligibility(p, slot, s.coverageId, day)}`);
      continue;
    }
    const placed = place(p, next, item);
    reasons.push(...placed.reasons.map((r) => (slot === to ? r : `the holder, taking ${s.id} in return, ${r}`)));
    for (const d of placed.drop) next.delete(d);
    displaced.push(...placed.drop);
    next.add(item.index);
  }
  if (reasons.length === 0) reasons.push(...auditSome(p, next, back === undefined ? [to] : [to, from]).errors);
  return { chosen: next, displaced, reasons };
}

function baseId(p: PreparedCalls, index: number): string {
  const it = p.items[index];
  return it === undefined ? '' : `${p.problem.trainees[it.trainee]?.trainee.id ?? ''}-${isoOf(p, it.day)}-base`;
}

/**
 * Who can take a call, or trade one of their own calls for it, without
 * breaking any rule: for each other trainee the call is handed over (base
 * shifts it overlaps are displaced, as the generator does), then the
 * trainees whose work changed are re-audited with `auditWorkHours` — a
 * candidate is listed only when that audit has no error. Trades are tried
 * with the trainee's calls of the same kind in the same averaging window.
 * Everyone else is listed with the reasons, in words. The holder's freed
 * day stays free (base shifts the call displaced are not put back).
 *
 * @param schedule - a schedule from {@link scheduleCalls}
 * @param shiftId - the call's id, `<coverageId>/<date>/<traineeId>`
 * @returns candidates and refusals
 * @throws {@link SchedulingInputError} when the schedule has no such call
 * @example
 * const list = swapCandidates(schedule, 'ward/2026-08-12/r1');
 * for (const c of list.candidates) console.log(c.traineeId, c.kind);
 * for (const r of list.refused) console.log(r.traineeId, r.reasons.join('; '));
 */
export function swapCandidates(schedule: CallSchedule, shiftId: string): SwapList {
  const started = performance.now();
  const shift = findShift(schedule, shiftId);
  const { p, chosen } = stateOf(schedule);
  const takes: SwapCandidate[] = [];
  const trades: SwapCandidate[] = [];
  const refused: SwapRefusal[] = [];
  const day = (s: CallShift) => dayNumber(s.date) - p.firstDay;
  const window = p.windows.find((w) => day(shift) >= w.first && day(shift) <= w.last);
  p.problem.trainees.forEach((t, slot) => {
    const id = t.trainee.id;
    if (id === shift.traineeId) return;
    const take = move(p, chosen, shift, slot);
    if (take.reasons.length === 0) {
      takes.push({ traineeId: id, kind: 'take', displacedBaseShifts: take.displaced.map((i) => baseId(p, i)) });
      return;
    }
    let traded = false;
    // A trade still gives them this call: someone not eligible for it cannot trade for it either.
    const eligible = itemFor(p, slot, shift.coverageId, day(shift)) !== undefined;
    for (const back of eligible ? schedule.shifts : []) {
      if (back.traineeId !== id || back.kind !== shift.kind || back.date === shift.date) continue;
      if (window !== undefined && (day(back) < window.first || day(back) > window.last)) continue;
      const trade = move(p, chosen, shift, slot, back);
      if (trade.reasons.length > 0) continue;
      trades.push({ traineeId: id, kind: 'trade', inReturn: back, displacedBaseShifts: trade.displaced.map((i) => baseId(p, i)) });
      traded = true;
    }
    if (!traded) refused.push({ traineeId: id, reasons: [...new Set(take.reasons)] });
  });
  return { shift, candidates: [...takes, ...trades], refused, timingMs: performance.now() - started };
}

/**
 * The schedule after a swap from {@link swapCandidates}, re-audited in full.
 *
 * @param schedule - the schedule
 * @param shiftId - the call handed over
 * @param candidate - one of the candidates listed for it
 * @returns the new schedule (its `changes` count calls of `problem.previous` not kept)
 * @throws {@link SchedulingInputError} when the swap is not possible on this schedule
 * @example
 * const [first] = swapCandidates(schedule, 'ward/2026-08-12/r1').candidates;
 * if (first) console.log(applySwap(schedule, 'ward/2026-08-12/r1', first).shifts.length);
 */
export function applySwap(schedule: CallSchedule, shiftId: string, candidate: SwapCandidate): CallSchedule {
  const started = performance.now();
  const shift = findShift(schedule, shiftId);
  const { p, chosen } = stateOf(schedule);
  const slot = p.problem.trainees.findIndex((t) => t.trainee.id === candidate.traineeId);
  if (slot < 0) throw new SchedulingInputError(['candidate', 'traineeId'], `candidate.traineeId: unknown trainee "${candidate.traineeId}"`);
  const done = move(p, chosen, shift, slot, candidate.inReturn);
  if (done.reasons.length > 0) throw new SchedulingInputError(['candidate'], `candidate: ${candidate.traineeId} cannot take ${shiftId}: ${done.reasons.join('; ')}`);
  const items = p.items.filter((it) => done.chosen.has(it.index));
  const history = p.history?.record;
  const audit = auditCalls(p.problem, periodsOf(p, items), history);
  const errors = scheduleErrors(p.problem, audit, history);
  if (errors.length > 0) throw new ScheduleVerificationError(errors.map((f) => `${f.code}: ${f.message}`));
  const ms = performance.now() - started;
  return assembleSchedule(p, items, audit, { ...schedule.statistics, solves: 0 }, { totalMs: ms, solverMs: 0 });
}
