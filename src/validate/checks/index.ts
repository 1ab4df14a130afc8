// The list of cross-record checks. Each is `(records) → Problem[]`. The checks below run in this
// order, then the found ones. A new rule is one module of src/rules/ (its id, words, severity and
// check together: rules/defineRule.ts), and its check runs last, in the order of the folder's
// modules.gen.ts. The checks here each find several rules, whose words are entries of
// messages/catalog.ts; a new check of that kind is one module of this folder that exports
// `crossCheck` ({ name, check }), found by this folder's modules.gen.ts (both lists are made from
// their folders at `npm run compile`: no line to add here).
import type { Check } from '../../model/check.js';
import { FOUND_RULES } from '../../rules/modules.gen.js';
import { FOUND_CHECKS } from './modules.gen.js';
import { uniqueIds } from './uniqueIds.js';
import { references } from './references.js';
import { fiscalYearDates } from './fiscalYear.js';
import { periods } from './periods.js';
import { statedFigures } from './statedFigures.js';
import { headcountFigures } from './headcountFigures.js';
import { executionSources } from './executionSources.js';
import { expenseEntries } from './expenseEntries.js';
import { executionTrend } from './executionTrend.js';
import { entriesAfterReport } from './entriesAfterReport.js';

export const CHECKS: readonly { readonly name: string; readonly check: Check }[] = [
  { name: 'unique-ids', check: uniqueIds },
  { name: 'references', check: references },
  { name: 'fiscal-year-dates', check: fiscalYearDates },
  { name: 'periods', check: periods },
  { name: 'headcount-figures', check: headcountFigures },
  { name: 'stated-figures', check: statedFigures },
  { name: 'execution-sources', check: executionSources },
  { name: 'expense-entries', check: expenseEntries },
  { name: 'execution-trend', check: executionTrend },
  { name: 'entries-after-report', check: entriesAfterReport },
  ...(FOUND_CHECKS satisfies readonly { readonly name: string; readonly check: Check }[]),
  // Each rule module's check, under its rule's id.
  ...FOUND_RULES.map((r): { readonly name: string; readonly check: Check } => ({ name: r.id, check: r.check })),
];
