/**
 * The two scheduling problems of the example, on the embedded Integrated
 * Interventional Radiology program (`@gmekit/programs`).
 *
 * EXAMPLE INPUTS, NOT FACTS FROM THE BROCHURE: the brochure states the
 * rotations and the requirement totals (7.5 months IR and clinical in
 * PGY2–PGY4, 4.5 months ICU, 3 months neuro-IR), but no class size, no
 * capacity per rotation and no consecutive-block limit. Every number in
 * `EXAMPLE_INPUTS` is invented for this example; an office would put its own.
 *
 * @module
 */
import { type SchedulingProblem, SchedulingProblemSchema } from '@gmekit/model';
import { interventionalRadiology as ir } from '@gmekit/programs';

/** Numbers the brochure does not state: invented for the example, change them freely. */
export const EXAMPLE_INPUTS = {
  /** Residents in the class planned over the whole program (example input). */
  classSize: 2,
  /** Residents per PGY level in the all-PGY year (example input). */
  perLevel: 2,
  /** Most residents on the MICU in one block (example input). */
  micuPlaces: 1,
  /** Most consecutive ICU blocks (example input). */
  maxConsecutiveIcu: 2,
  /** Vacation blocks per resident per year in the all-PGY year (example input). */
  vacationBlocks: 1,
  /** Levels kept off IR and neuro-IR in the all-PGY year: the interns (example input). */
  noIrBefore: 2,
} as const;

// The ids are checked (and branded) by the model's schema, like any input.
const parse = (raw: unknown): SchedulingProblem => SchedulingProblemSchema.parse(raw);

const requirementSets = ir.requirementSet === undefined ? [] : [ir.requirementSet];
const resident = (id: string, startDate: string, pgyAtStart: number) => ({ id, name: `Resident ${id}`, programId: ir.id, startDate, pgyAtStart });

/**
 * One class over the whole program: PGY1 to PGY6 in 72 calendar-month
 * blocks from July 2026, every rotation-time requirement of the program's
 * set met by the end, neuro-IR wished for in the last PGY6 months.
 *
 * @param startYear - the year the class starts (July)
 * @returns the problem
 */
export function classProblem(startYear = 2026): SchedulingProblem {
  return parse({
    id: `ir-class-${startYear}`,
    program: ir,
    calendar: { kind: 'calendar-months', startYear, years: 6 },
    trainees: Array.from({ length: EXAMPLE_INPUTS.classSize }, (_, i) => ({
      trainee: resident(`c${startYear}-${i + 1}`, `${startYear}-07-01`, 1),
      done: [],
      leave: [],
      fixed: [],
      preferences: [{ rotationId: 'ir-neurointerventional-radiology', blocks: [67, 68, 69], weight: 1 }],
    })),
    capacities: [{ rotationId: 'ir-micu', min: 0, max: EXAMPLE_INPUTS.micuPlaces }],
    rules: {
      requirementSets,
      prerequisites: [],
      maxConsecutive: [{ select: { categories: ['icu'] }, max: EXAMPLE_INPUTS.maxConsecutiveIcu }],
      together: [],
      balance: [],
    },
  });
}

/**
 * One academic year (13 four-week blocks from July) for every PGY level at
 * once: the chief resident's task, with the MICU places shared by all
 * levels, one vacation block each and ICU time balanced across each class.
 * Residents who started before the year carry no history here, so only the
 * rules one year can judge apply: the consecutive limit, capacities and
 * vacation (the program's requirements span several years; the whole-program
 * plan above checks them).
 *
 * @param startYear - the year the academic year starts (July)
 * @returns the problem
 */
export function yearProblem(startYear = 2026): SchedulingProblem {
  // A capacity that counts only some levels and takes none of them keeps those levels off the rotation.
  const noInterns = ['ir-interventional-radiology', 'ir-neurointerventional-radiology'].map((rotationId) => ({ rotationId, pgy: { from: 1, to: EXAMPLE_INPUTS.noIrBefore - 1 }, min: 0, max: 0 }));
  const trainees = [1, 2, 3, 4, 5, 6].flatMap((pgy) =>
    Array.from({ length: EXAMPLE_INPUTS.perLevel }, (_, i) => ({
      trainee: resident(`pgy${pgy}-${i + 1}`, `${startYear - (pgy - 1)}-07-01`, 1),
      done: [],
      leave: [],
      fixed: [],
      // PGY2 residents are the ones the brochure sends to the MICU; here they wish for it.
      preferences: pgy === 2 ? [{ rotationId: 'ir-micu', weight: 1 }] : [],
    })),
  );
  return parse({
    id: `ir-year-${startYear}`,
    program: ir,
    calendar: { kind: 'four-week', startYear, years: 1 },
    trainees,
    capacities: [{ rotationId: 'ir-micu', min: 1, max: EXAMPLE_INPUTS.micuPlaces }, ...noInterns],
    rules: {
      requirementSets: [],
      prerequisites: [],
      maxConsecutive: [{ select: { categories: ['icu'] }, max: EXAMPLE_INPUTS.maxConsecutiveIcu }],
      together: [],
      balance: [{ select: { categories: ['icu'] }, weight: 1 }],
      vacation: { blocksPerYear: EXAMPLE_INPUTS.vacationBlocks },
    },
  });
}
