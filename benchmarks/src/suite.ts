/** What a benchmark suite hands back: the printed report and the figures for results/latest.json. */
export interface SuiteResult {
  readonly text: string;
  readonly figures: Record<string, unknown>;
}
