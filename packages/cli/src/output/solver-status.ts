/**
 * How a solve ended, for people: `optimal`, or `feasible within 12.4 % of
 * optimal` when a time limit or the requested gap stopped the search before
 * the solver proved optimality.
 *
 * @param statistics - the schedule's solver statistics
 * @returns the words
 */
export function solverStatusText(statistics: { readonly status: 'optimal' | 'feasible'; readonly relativeGap?: number }): string {
  const gap = statistics.relativeGap;
  return gap === undefined || gap === 0 ? statistics.status : `${statistics.status}, within ${(gap * 100).toFixed(1)} % of optimal`;
}
