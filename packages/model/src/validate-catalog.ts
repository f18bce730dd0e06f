import type { Catalog } from './catalog';
import { type Finding, type PathSegment, formatPath } from './finding';
import type { CurriculumYear, RotationBlock } from './program/curriculum';
import type { Program } from './program/program';
import type { PgyRange } from './primitives';
import { durationMonths } from './quantity';
import { programMonths, yearBlockMonths } from './curriculum-months';
import { type Open, knownValue } from './open';

// Rounding noise from unit conversions (80 h / 160 h) must not raise findings.
const EPSILON = 1e-9;

interface Ctx {
  readonly findings: Finding[];
}

function report(ctx: Ctx, code: string, path: PathSegment[], message: string, severity: Finding['severity'] = 'error'): void {
  ctx.findings.push({ code, severity, path, message: `${formatPath(path)}: ${message}` });
}

function checkUnique(ctx: Ctx, items: readonly { id: string }[], path: PathSegment[], what: string): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) report(ctx, 'catalog/duplicate-id', [...path, i, 'id'], `duplicate ${what} id "${item.id}"`);
    seen.add(item.id);
  });
  return seen;
}

function checkRef(ctx: Ctx, ids: ReadonlySet<string>, id: string, path: PathSegment[], what: string): void {
  if (!ids.has(id)) report(ctx, 'catalog/dangling-reference', path, `${what} "${id}" does not exist`);
}

function openIds(open: Open<string>): string[] {
  if (open.status === 'stated' || open.status === 'inferred') return [open.value];
  if (open.status === 'ambiguous') return open.candidates.map((c) => c.value);
  return [];
}

// An inferred range (an internship read as PGY1) is checked like a stated one.
function statedRange(program: Program): PgyRange | undefined {
  return knownValue(program.pgyLevels);
}

function checkPgyRange(ctx: Ctx, program: Program, range: PgyRange, path: PathSegment[]): void {
  const levels = statedRange(program);
  if (levels && (range.from < levels.from || range.to > levels.to)) {
    report(ctx, 'catalog/pgy-out-of-range', path, `PGY${range.from}–PGY${range.to} is outside the program's PGY${levels.from}–PGY${levels.to}`);
  }
}

function checkProgram(ctx: Ctx, catalog: Catalog, siteIds: ReadonlySet<string>, program: Program, p: PathSegment[]): void {
  if (program.institutionId !== catalog.institution.id) {
    report(ctx, 'catalog/dangling-reference', [...p, 'institutionId'], `institution "${program.institutionId}" is not the catalog's institution "${catalog.institution.id}"`);
  }
  program.siteIds.forEach((id, i) => { checkRef(ctx, siteIds, id, [...p, 'siteIds', i], 'site'); });
  const rotationIds = checkUnique(ctx, program.rotations, [...p, 'rotations'], 'rotation');
  const clinicIds = checkUnique(ctx, program.clinics, [...p, 'clinics'], 'clinic');
  const equipmentIds = checkUnique(ctx, program.equipment, [...p, 'equipment'], 'equipment');
  const seriesIds = checkUnique(ctx, program.conferences, [...p, 'conferences'], 'conference series');
  checkUnique(ctx, program.curriculum.longitudinal, [...p, 'curriculum', 'longitudinal'], 'longitudinal experience');
  checkUnique(ctx, program.curriculum.totals, [...p, 'curriculum', 'totals'], 'curriculum total');
  checkUnique(ctx, program.volumes, [...p, 'volumes'], 'volume');
  checkUnique(ctx, program.expectations, [...p, 'expectations'], 'expectation');
  checkUnique(ctx, program.faculty.groups, [...p, 'faculty', 'groups'], 'faculty group');

  program.rotations.forEach((r, i) => {
    openIds(r.site).forEach((id) => { checkRef(ctx, siteIds, id, [...p, 'rotations', i, 'site'], 'site'); });
  });
  program.clinics.forEach((c, i) => {
    openIds(c.site).forEach((id) => { checkRef(ctx, siteIds, id, [...p, 'clinics', i, 'site'], 'site'); });
    if (c.pgy) checkPgyRange(ctx, program, c.pgy, [...p, 'clinics', i, 'pgy']);
  });
  program.equipment.forEach((e, i) => {
    openIds(e.site).forEach((id) => { checkRef(ctx, siteIds, id, [...p, 'equipment', i, 'site'], 'site'); });
    if (e.partOf !== undefined) checkRef(ctx, equipmentIds, e.partOf, [...p, 'equipment', i, 'partOf'], 'equipment');
  });
  checkFleetCounts(ctx, program, p);
  program.conferences.forEach((c, i) => {
    if (c.siteId !== undefined) checkRef(ctx, siteIds, c.siteId, [...p, 'conferences', i, 'siteId'], 'site');
    if (c.pgy) checkPgyRange(ctx, program, c.pgy, [...p, 'conferences', i, 'pgy']);
  });
  checkCurriculum(ctx, program, rotationIds, clinicIds, p);
  checkRequirements(ctx, program, siteIds, seriesIds, p);
}

function checkFleetCounts(ctx: Ctx, program: Program, p: PathSegment[]): void {
  program.equipment.forEach((fleet, i) => {
    if (fleet.count.kind !== 'exact') return;
    const members = program.equipment.filter((e) => e.partOf === fleet.id);
    const sum = members.reduce((n, e) => n + (e.count.kind === 'exact' ? e.count.value : 0), 0);
    if (sum > fleet.count.value) {
      report(ctx, 'catalog/inconsistent-count', [...p, 'equipment', i, 'count'], `members of "${fleet.id}" add up to ${sum}, more than its count ${fleet.count.value}`);
    }
  });
}

// A group entry must name a group of the year, and any order it gives must
// be a permutation of that group's block indexes.
function checkGroups(ctx: Ctx, year: CurriculumYear, yp: PathSegment[]): void {
  (year.groups ?? []).forEach((g, i) => {
    const members = year.blocks.flatMap((b, index) => (b.group === g.id ? [index] : []));
    const gp = [...yp, 'groups', i];
    if (members.length === 0) {
      report(ctx, 'catalog/dangling-reference', [...gp, 'id'], `no block of year ${year.year} is in group "${g.id}"`);
      return;
    }
    const orders = g.order.status === 'stated' || g.order.status === 'inferred' ? [g.order.value] : g.order.status === 'ambiguous' ? g.order.candidates.map((c) => c.value) : [];
    const expected = members.join(',');
    for (const order of orders) {
      if ([...order].sort((a, b) => a - b).join(',') !== expected) {
        report(ctx, 'catalog/group-order', [...gp, 'order'], `order [${order.join(', ')}] is not an order of group "${g.id}"'s blocks [${expected}]`);
      }
    }
  });
}

// Every reading of a block's split must name years of the curriculum and add
// up to the block's own length, so moving the block between years never
// changes a total.
function checkSplit(ctx: Ctx, program: Program, block: RotationBlock, bp: PathSegment[]): void {
  const split = block.split;
  if (split === undefined) return;
  const readings = split.status === 'stated' || split.status === 'inferred' ? [split.value] : split.status === 'ambiguous' ? split.candidates.map((c) => c.value) : [];
  const years = new Set(program.curriculum.years.map((y) => y.year));
  const length = durationMonths(block.duration, program.conversions);
  for (const shares of readings) {
    for (const share of shares) {
      if (!years.has(share.year)) report(ctx, 'catalog/year-out-of-range', [...bp, 'split'], `the split names year ${share.year}, which the curriculum does not have`);
    }
    const sum = shares.reduce((n, share) => n + share.months, 0);
    if (length && (sum < length.min - EPSILON || sum > length.max + EPSILON)) {
      report(ctx, 'catalog/split-length', [...bp, 'split'], `a split of ${sum} months does not match the block's ${length.min === length.max ? length.min : `${length.min}–${length.max}`} months`);
    }
  }
}

function checkCurriculum(ctx: Ctx, program: Program, rotationIds: ReadonlySet<string>, clinicIds: ReadonlySet<string>, p: PathSegment[]): void {
  const c = [...p, 'curriculum'];
  const months = programMonths(program);
  const yearsInProgram = months ? Math.ceil(months.max / 12 - EPSILON) : undefined;
  const levels = statedRange(program);
  const seenYears = new Set<number>();
  let yearsTotal = 0;
  program.curriculum.years.forEach((year, y) => {
    const yp = [...c, 'years', y];
    if (seenYears.has(year.year)) report(ctx, 'catalog/duplicate-id', [...yp, 'year'], `year ${year.year} appears twice`);
    seenYears.add(year.year);
    if (yearsInProgram !== undefined && year.year > yearsInProgram) {
      report(ctx, 'catalog/year-out-of-range', [...yp, 'year'], `year ${year.year} is beyond the program's ${yearsInProgram} years`);
    }
    if (year.pgy !== undefined && levels) {
      if (year.pgy < levels.from || year.pgy > levels.to) {
        report(ctx, 'catalog/pgy-out-of-range', [...yp, 'pgy'], `PGY${year.pgy} is outside the program's PGY${levels.from}–PGY${levels.to}`);
      } else if (year.pgy !== levels.from + year.year - 1) {
        report(ctx, 'catalog/pgy-out-of-range', [...yp, 'pgy'], `year ${year.year} of a program starting at PGY${levels.from} is PGY${levels.from + year.year - 1}, not PGY${year.pgy}`);
      }
    }
    year.blocks.forEach((b, i) => {
      checkRef(ctx, rotationIds, b.rotationId, [...yp, 'blocks', i, 'rotationId'], 'rotation');
      checkSplit(ctx, program, b, [...yp, 'blocks', i]);
    });
    checkGroups(ctx, year, yp);
    const length = durationMonths(year.length, program.conversions);
    yearsTotal += length?.min ?? 0;
    const used = yearBlockMonths(year, program);
    if (length && used.min > length.max + EPSILON) {
      report(ctx, 'catalog/exceeds-length', [...yp, 'blocks'], `blocks take at least ${used.min} months, more than the year's ${length.max}`);
    }
    year.blocks.forEach((b, i) => {
      if (b.duration.amount.kind !== 'remainder' && b.duration.amount.kind !== 'unstated' && durationMonths(b.duration, program.conversions) === null) {
        report(ctx, 'catalog/unconvertible-duration', [...yp, 'blocks', i, 'duration'], `a duration in ${b.duration.unit} needs the program's conversions to count in months`, 'warning');
      }
    });
  });
  if (months && yearsTotal > months.max + EPSILON) {
    report(ctx, 'catalog/exceeds-length', [...c, 'years'], `years add up to ${yearsTotal} months, more than the program's ${months.max}`);
  }
  program.curriculum.longitudinal.forEach((l, i) => {
    const lp = [...c, 'longitudinal', i];
    if (l.rotationId !== undefined) checkRef(ctx, rotationIds, l.rotationId, [...lp, 'rotationId'], 'rotation');
    if (l.clinicId !== undefined) checkRef(ctx, clinicIds, l.clinicId, [...lp, 'clinicId'], 'clinic');
    if (l.pgy.status === 'stated') checkPgyRange(ctx, program, l.pgy.value, [...lp, 'pgy']);
  });

  program.curriculum.totals.forEach((t, i) => {
    if (t.pgy) checkPgyRange(ctx, program, t.pgy, [...c, 'totals', i, 'pgy']);
    const m = durationMonths(t.duration, program.conversions);

    if (months && m && m.min > months.max + EPSILON) {
      report(ctx, 'catalog/exceeds-length', [...c, 'totals', i, 'duration'], `total of at least ${m.min} months exceeds the program's ${months.max}`);
    }
  });
  const unsequenced = program.curriculum.totals.filter((t) => t.basis === 'unsequenced');
  const unsequencedMin = unsequenced.reduce((n, t) => n + (durationMonths(t.duration, program.conversions)?.min ?? 0), 0);
  if (months && unsequenced.length > 1 && unsequencedMin > months.max + EPSILON) {
    report(ctx, 'catalog/exceeds-length', [...c, 'totals'], `unsequenced totals add up to at least ${unsequencedMin} months, more than the program's ${months.max}`);
  }

}

function checkRequirements(ctx: Ctx, program: Program, siteIds: ReadonlySet<string>, seriesIds: ReadonlySet<string>, p: PathSegment[]): void {
  const set = program.requirementSet;
  if (!set) return;
  const sp = [...p, 'requirementSet'];
  if (set.programId !== program.id) report(ctx, 'catalog/dangling-reference', [...sp, 'programId'], `requirement set belongs to "${set.programId}", not "${program.id}"`);
  checkUnique(ctx, set.requirements, [...sp, 'requirements'], 'requirement');
  set.requirements.forEach((r, i) => {
    const rp = [...sp, 'requirements', i];
    if ((r.kind === 'rotation-time' || r.kind === 'longitudinal') && r.pgy) checkPgyRange(ctx, program, r.pgy, [...rp, 'pgy']);
    if (r.kind === 'distinct-sites') r.siteIds?.forEach((id, j) => { checkRef(ctx, siteIds, id, [...rp, 'siteIds', j], 'site'); });
    if (r.kind === 'conference-attendance') r.seriesIds?.forEach((id, j) => { checkRef(ctx, seriesIds, id, [...rp, 'seriesIds', j], 'conference series'); });
  });
}

/**
 * Checks what a schema cannot see: duplicate ids, references to sites,
 * rotations, clinics or series that do not exist, PGY years outside the
 * program's range, and totals that exceed the program's length.
 *
 * @param catalog - a catalog that already passed {@link CatalogSchema}
 * @returns findings; an empty list means the catalog is consistent
 * @example
 * const findings = validateCatalog(catalog);
 * if (hasErrors(findings)) for (const f of findings) console.error(f.message);
 */
export function validateCatalog(catalog: Catalog): Finding[] {
  const ctx: Ctx = { findings: [] };
  const siteIds = checkUnique(ctx, catalog.sites, ['sites'], 'site');
  checkUnique(ctx, catalog.programs, ['programs'], 'program');
  checkRef(ctx, siteIds, catalog.institution.mainSiteId, ['institution', 'mainSiteId'], 'site');
  catalog.sites.forEach((s, i) => {
    if (s.partOf !== undefined) checkRef(ctx, siteIds, s.partOf, ['sites', i, 'partOf'], 'site');
  });
  catalog.programs.forEach((program, i) => { checkProgram(ctx, catalog, siteIds, program, ['programs', i]); });
  return ctx.findings;
}
