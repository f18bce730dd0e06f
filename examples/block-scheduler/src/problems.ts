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

/**
 * The rotations the brochure lists for a PGY year (`ir.curriculum`), whatever
 * their stated length. The example prefers them in that year, so a plan reads
 * like the brochure's years; the months the brochure leaves unaccounted
 * (diagnostic radiology in PGY2–PGY4 is not among the program's rotations)
 * still go to whatever the rules allow.
 *
 * @param pgy - the PGY year
 * @returns rotation ids, in the brochure's order
 */
export function curriculumRotations(pgy: number): string[] {
  return (ir.curriculum.years.find((y) => y.pgy === pgy)?.blocks ?? []).map((b) => String(b.rotationId));
}

const IR = 'ir-interventional-radiology';

/** A rotation's most specific category tag: the one the fewest of the program's rotations carry. */
function countingTag(rotationId: string): string | undefined {
  const carriers = (tag: string) => ir.rotations.filter((r) => (r.categories as readonly string[]).includes(tag)).length;
  const tags = [...(ir.rotations.find((r) => r.id === rotationId)?.categories ?? [])];
  return tags.sort((a, b) => carriers(a) - carriers(b))[0];
}

/**
 * At most the months the brochure gives a rotation in a PGY year (`ir.curriculum`,
 * exact or a range's maximum, in months), counted by the rotation's first
 * category tag as `evaluate` counts rotation time. From PGY2 on, IR itself
 * is left uncapped: in this example it takes the months the brochure leaves
 * unaccounted or gives as "the remainder" (an example choice, not the
 * brochure's); the internship keeps its one IR month.
 *
 * @returns the requirement set (validated with the problem)
 */
function curriculumLimits() {
  const requirements = ir.curriculum.years.flatMap((year) =>
    year.blocks.flatMap((block) => {
      const amount = block.duration.amount;
      const months = amount.kind === 'exact' ? amount.value : amount.kind === 'range' ? amount.max : undefined;
      const tag = countingTag(String(block.rotationId));
      if ((block.rotationId === IR && (year.pgy ?? 1) > 1) || block.duration.unit !== 'months' || months === undefined || tag === undefined) return [];
      return [{ id: `curriculum-pgy${year.pgy}-${block.rotationId}`, kind: 'rotation-time', title: `PGY${year.pgy}: at most ${months} month(s) of ${block.rotationId}`, categories: [tag], pgy: { from: year.pgy, to: year.pgy }, max: { amount: { kind: 'exact', value: months }, unit: 'months' }, sources: block.sources }];
    }),
  );
  return { id: 'example-curriculum-limits', programId: ir.id, title: 'Example: no more of a rotation in a PGY year than the brochure lists', requirements };
}
const resident = (id: string, startDate: string, pgyAtStart: number) => ({ id, name: `Resident ${id}`, programId: ir.id, startDate, pgyAtStart });

/**
 * One class over the whole program: PGY1 to PGY6 in 72 calendar-month
 * blocks from July 2026, every rotation-time requirement of the program's
 * set met by the end, each year's blocks preferring the rotations the
 * brochure lists for that year, neuro-IR wished for in the last PGY6 months.
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
      // Each month prefers a rotation the brochure lists for that PGY year (one point a block), and neuro-IR is wished for at the end.
      preferences: [
        ...[1, 2, 3, 4, 5, 6].flatMap((pgy) => curriculumRotations(pgy).map((rotationId) => ({ rotationId, blocks: Array.from({ length: 12 }, (_, b) => 12 * (pgy - 1) + b + 1), weight: 1 }))),
        { rotationId: 'ir-neurointerventional-radiology', blocks: [67, 68, 69], weight: 1 },
      ],
    })),
    capacities: [{ rotationId: 'ir-micu', min: 0, max: EXAMPLE_INPUTS.micuPlaces }],
    rules: {
      requirementSets: [...requirementSets, curriculumLimits()],
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
      // Each resident prefers the rotations the brochure lists for their PGY year (one point a block); the
      // interns' IR month is the exception, kept off by the example rule above.
      preferences: curriculumRotations(pgy)
        .filter((rotationId) => pgy >= EXAMPLE_INPUTS.noIrBefore || !rotationId.includes('interventional-radiology'))
        .map((rotationId) => ({ rotationId, weight: 1 })),
    })),
  );
  return parse({
    id: `ir-year-${startYear}`,
    program: ir,
    calendar: { kind: 'four-week', startYear, years: 1 },
    trainees,
    capacities: [{ rotationId: 'ir-micu', min: 1, max: EXAMPLE_INPUTS.micuPlaces }, ...noInterns],
    rules: {
      // The curriculum's per-year limits can be judged within one year (nothing before it is needed to stay under a maximum).
      requirementSets: [curriculumLimits()],
      prerequisites: [],
      maxConsecutive: [{ select: { categories: ['icu'] }, max: EXAMPLE_INPUTS.maxConsecutiveIcu }],
      together: [],
      balance: [{ select: { categories: ['icu'] }, weight: 1 }],
      vacation: { blocksPerYear: EXAMPLE_INPUTS.vacationBlocks },
    },
  });
}
