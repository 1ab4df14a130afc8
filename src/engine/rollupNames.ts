// The names of the roll-up's reports, apart from the reports themselves (engine/rollup.ts), so
// the command table can list them without loading what runs them.
export const ROLLUP_REPORT_NAMES = ['budget', 'monthly', 'headcount', 'expenses', 'tasks', 'validation'] as const;
export type RollupReportName = (typeof ROLLUP_REPORT_NAMES)[number];
