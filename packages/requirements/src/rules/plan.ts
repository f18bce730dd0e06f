import { type Program, type Requirement, knownValue, statedValue } from '@gmekit/model';
import { PERIODS_PER_YEAR, cadenceHours } from './cadence';
import { planRotationTime, planTrainingLength } from './plan-time';
import { evidence, fmt, makeResult } from './result';
import type { EvaluateOptions, Evidence, PlanStatus, RequirementResult } from './types';

type DistinctSites = Extract<Requirement, { kind: 'distinct-sites' }>;
type Longitudinal = Extract<Requirement, { kind: 'longitudinal' }>;

/**
 * Plan check of a distinct-sites requirement. Sites come from the rotations
 * the curriculum schedules: a non-optional block counts in the worst case;
 * optional blocks, ambiguous rotation sites and rotations the program lists
 * but does not schedule count in the best case only. Care settings match the
 * categories of those rotations, and the program's own `careSettings` count
 * in the worst case (the source states the fellows work in them).
 */
function planSites(requirement: DistinctSites, program: Program): RequirementResult {
  const scheduled = new Set<string>();
  const optional = new Set<string>();
  for (const year of program.curriculum.years) {
    for (const block of year.blocks) (block.optional === true ? optional : scheduled).add(block.rotationId);
  }
  for (const experience of program.curriculum.longitudinal) if (experience.rotationId !== undefined) scheduled.add(experience.rotationId);
  const wanted = requirement.siteIds;
  const settings = requirement.settings ?? [];
  const worstSites = new Set<string>();
  const bestSites = new Set<string>();
  const worstSettings = new Set<string>(program.careSettings);
  const bestSettings = new Set<string>(program.careSettings);
  const out: Evidence[] = [];
  const stated = settings.filter((s) => program.careSettings.includes(s));
  if (stated.length > 0) out.push(evidence('total', 'program.careSettings', null, stated.map((s) => `setting:${s}`).join(', ')));
  for (const rotation of program.rotations) {
    const sure = scheduled.has(rotation.id);
    // An inferred site (the catalog's reasoned reading) counts like a stated one.
    const known = knownValue(rotation.site);
    const sites = known !== undefined ? [known] : rotation.site.status === 'ambiguous' ? rotation.site.candidates.map((c) => c.value) : [];
    const gave: string[] = [];
    for (const site of sites) {
      bestSites.add(site);
      if (sure && known !== undefined) {
        if (wanted === undefined || wanted.includes(site)) gave.push(`site:${site}`);
        worstSites.add(site);
      }
    }
    for (const c of rotation.categories) {
      bestSettings.add(c);
      if (sure) {
        if (settings.includes(c)) gave.push(`setting:${c}`);
        worstSettings.add(c);
      }
    }
    if (gave.length > 0) out.push(evidence('block', rotation.id, null, gave.join(', ')));
  }
  const count = (set: Set<string>): number => (wanted === undefined ? set.size : wanted.filter((s) => set.has(s)).length);
  const needSites = requirement.minSites ?? wanted?.length ?? 0;
  const worst = Math.min(count(worstSites), needSites) + settings.filter((s) => worstSettings.has(s)).length;
  const best = Math.min(count(bestSites), needSites) + settings.filter((s) => bestSettings.has(s)).length;
  const need = needSites + settings.length;
  const status: PlanStatus = worst >= need ? 'met' : best >= need ? 'uncertain' : 'unmet';
  const missing = settings.filter((s) => !worstSettings.has(s));
  return makeResult(requirement, {
    status,
    unit: 'sites and settings',
    required: { min: need, max: null },
    measured: { min: worst, max: best },
    bestCase: best,
    worstCase: worst,
    evidence: out,
    message: `The plan ${[
      needSites > 0 ? `schedules ${count(worstSites)} of the ${needSites} sites required (up to ${count(bestSites)} counting rotations it does not schedule)` : '',
      settings.length > 0 ? `covers ${settings.length - missing.length} of ${settings.length} care settings${missing.length > 0 ? ` (not scheduled: ${missing.join(', ')})` : ''}` : '',
    ]
      .filter((p) => p !== '')
      .join(' and ')}.`,
  });
}

/**
 * Plan check of a longitudinal requirement: the curriculum must list an
 * experience whose id or kind is the requirement's activity, spanning its PGY
 * range, at a cadence at least as much per year.
 */
function planLongitudinal(requirement: Longitudinal, program: Program, options: EvaluateOptions): RequirementResult {
  const need = cadenceHours(requirement.cadence, options.hoursPerDay);
  const needPerYear = need === null ? null : need * PERIODS_PER_YEAR[requirement.cadence.per];
  const required = { min: need, max: null };
  const experience = program.curriculum.longitudinal.find((e) => e.id === requirement.activity || e.kind === requirement.activity);
  const unit = `hours per ${requirement.cadence.per}`;
  if (experience === undefined || needPerYear === null) {
    return makeResult(requirement, {
      status: 'not-evaluable',
      unit,
      required,
      measured: { min: null, max: null },
      message: experience === undefined ? `The curriculum lists no longitudinal experience "${requirement.activity}" to check against.` : `${requirement.title}: the required cadence has no fixed number of hours.`,
    });
  }
  const pgy = statedValue(experience.pgy);
  const cadence = statedValue(experience.cadence);
  const hours = cadence === undefined ? null : cadenceHours(cadence, options.hoursPerDay);
  const perYear = hours === null || cadence === undefined ? null : hours * PERIODS_PER_YEAR[cadence.per];
  const spans = pgy !== undefined && pgy.from <= requirement.pgy.from && pgy.to >= requirement.pgy.to;
  const measuredPerPeriod = perYear === null ? null : perYear / PERIODS_PER_YEAR[requirement.cadence.per];
  let status: PlanStatus;
  if (pgy === undefined || perYear === null) status = 'uncertain';
  else status = spans && perYear >= needPerYear - 1e-9 ? 'met' : 'unmet';
  const span = pgy === undefined ? 'over PGY levels the source does not state' : `in PGY${pgy.from}–PGY${pgy.to}`;
  return makeResult(requirement, {
    status,
    unit,
    required,
    measured: { min: measuredPerPeriod, max: measuredPerPeriod },
    bestCase: measuredPerPeriod,
    worstCase: status === 'uncertain' ? 0 : measuredPerPeriod,
    evidence: [evidence('experience', experience.id, measuredPerPeriod, span)],
    message: `The curriculum's ${experience.title} gives ${measuredPerPeriod === null ? 'an unstated amount' : `${fmt(measuredPerPeriod)} hours`} per ${requirement.cadence.per} ${span}; the requirement is ${fmt(need)} hours per ${requirement.cadence.per} in PGY${requirement.pgy.from}–PGY${requirement.pgy.to}.`,
  });
}

const NEEDS_RECORDS: Record<string, string> = {
  'procedure-count': 'procedures',
  'activity-hours': 'hours',
  scholarly: 'activities',
  'recurring-presentation': 'presentations per year',
  'conference-attendance': 'percent',
};

/**
 * Checks one requirement against a program's curriculum plan.
 *
 * @param requirement - the requirement
 * @param program - the program
 * @param options - evaluation options (hours per day)
 * @returns the result
 */
export function planRequirement(requirement: Requirement, program: Program, options: EvaluateOptions): RequirementResult {
  switch (requirement.kind) {
    case 'rotation-time':
      return planRotationTime(requirement, program);
    case 'training-length':
      return planTrainingLength(requirement, program);
    case 'distinct-sites':
      return planSites(requirement, program);
    case 'longitudinal':
      return planLongitudinal(requirement, program, options);
    case 'procedure-count':
    case 'activity-hours':
    case 'scholarly':
    case 'recurring-presentation':
    case 'conference-attendance': {
      const min = requirement.kind === 'procedure-count' || requirement.kind === 'scholarly' ? requirement.min : requirement.kind === 'activity-hours' ? requirement.minHours : requirement.kind === 'recurring-presentation' ? requirement.perAcademicYear : requirement.minPercent;
      return makeResult(requirement, {
        status: 'not-evaluable',
        unit: NEEDS_RECORDS[requirement.kind] ?? requirement.kind,
        required: { min, max: null },
        measured: { min: null, max: null },
        message: `${requirement.title}: a curriculum plan cannot show this; it is checked against each trainee's records.`,
      });
    }
  }
}
