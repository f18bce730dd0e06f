/**
 * Raw program input (as JSON would hold it, before `ProgramSchema.parse`) for
 * synthetic and test programs, so tests and benchmarks state only what their
 * program is about and every other required field is empty or unstated.
 *
 * @module
 */

/** A rotation of a synthetic program. */
export interface ProgramInputRotation {
  /** Rotation id. */
  readonly id: string;
  /** Rotation name (default: the id). */
  readonly name?: string;
  /** Category tags. */
  readonly categories: readonly string[];
  /** Site id, when the rotation states one. */
  readonly site?: string;
}

/** What {@link programInput} needs; every other field is empty or unstated. */
export interface ProgramInputFields {
  /** Program id. */
  readonly id: string;
  /** Program name. */
  readonly name: string;
  /** Institution id. */
  readonly institutionId: string;
  /** Specialty name. */
  readonly specialty: string;
  /** First and last PGY level. */
  readonly pgy: {
    /** First PGY level. */
    readonly from: number;
    /** Last PGY level. */
    readonly to: number;
  };
  /** Program length in months. */
  readonly months: number;
  /** Site ids. */
  readonly siteIds: readonly string[];
  /** Rotations. */
  readonly rotations: readonly ProgramInputRotation[];
  /** Source file named by facts. */
  readonly sourceFile: string;
  /** Sources cited by positions, faculty and rotations (default none). */
  readonly sources?: readonly unknown[];
  /** Positions per year and in total, when stated. */
  readonly positions?: {
    /** Positions per year. */
    readonly perYear: number;
    /** Positions in total. */
    readonly total: number;
  };
  /** Core faculty, when stated. */
  readonly faculty?: number;
}

const exact = (value: number) => ({ kind: 'exact', value });

/**
 * A raw program for tests and benchmarks: the given fields, calendar-month
 * blocks, and every other required field empty or unstated.
 *
 * @param fields - what the program is about
 * @returns the program as JSON would hold it (parse it with `ProgramSchema`)
 * @example
 * programInput({ id: 'p', name: 'P', institutionId: 'i', specialty: 'Test', pgy: { from: 1, to: 1 }, months: 12, siteIds: ['main'], rotations: [{ id: 'ward', categories: ['medicine'] }], sourceFile: 'p.txt' });
 */
export function programInput(fields: ProgramInputFields): Record<string, unknown> {
  const sources = fields.sources ?? [];
  const unstated = { status: 'unstated' };
  return {
    id: fields.id,
    name: fields.name,
    institutionId: fields.institutionId,
    type: 'residency',
    specialty: { name: fields.specialty, acgmeCode: unstated, board: unstated },
    accreditor: unstated,
    founded: unstated,
    pgyLevels: { status: 'stated', value: { from: fields.pgy.from, to: fields.pgy.to } },
    length: { amount: exact(fields.months), unit: 'months' },
    positions: {
      perYear: fields.positions ? exact(fields.positions.perYear) : { kind: 'unstated' },
      total: fields.positions ? exact(fields.positions.total) : { kind: 'unstated' },
      sources,
    },
    faculty: { total: fields.faculty === undefined ? { kind: 'unstated' } : exact(fields.faculty), description: 'faculty', groups: [], sources },
    leadership: [],
    missions: [],
    siteIds: [...fields.siteIds],
    careSettings: [],
    affiliations: [],
    clinics: [],
    equipment: [],
    rotations: fields.rotations.map((r) => ({
      id: r.id,
      name: r.name ?? r.id,
      categories: [...r.categories],
      site: r.site === undefined ? unstated : { status: 'stated', value: r.site },
      sources,
    })),
    curriculum: { blockSystem: { status: 'stated', value: { kind: 'calendar-months' } }, years: [], longitudinal: [], totals: [] },
    conferences: [],
    volumes: [],
    expectations: [],
    sourceFile: fields.sourceFile,
    factSources: {},
  };
}
