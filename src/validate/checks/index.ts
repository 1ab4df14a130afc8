// The list of cross-record checks. Each is `(records) → Problem[]`. The checks below run in this
// order; a new check is one module of this folder that exports `crossCheck` ({ name, check }),
// and runs after them (modules.gen.ts, made from the folder at `npm run compile`: no line to add
// here). Its rule's words and severity are its entry in messages/catalog.ts.
import type { Check } from '../../model/check.js';
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
import { negativeCurrentBudget } from './negativeCurrentBudget.js';

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
  { name: 'negative-current-budget', check: negativeCurrentBudget },
  ...(FOUND_CHECKS satisfies readonly { readonly name: string; readonly check: Check }[]),
];
