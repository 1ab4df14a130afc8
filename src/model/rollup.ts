// The roll-up: what rollup.yaml says (schemas/rollup.schema.json) and the report objects of a
// bureau's or the city's figures summed from its offices' own reports. Every total is a sum of
// the offices' figures as their own reports show them (converted exactly to one unit), and every
// rate is computed again from those sums, never averaged.
import type { HeadcountFiguresJson, Pace } from './report.js';
import type { IsoDate } from './units.js';

/** One office of rollup.yaml. */
export interface RollupOfficeEntry {
  readonly name: string;
  /** 실·국 or 자치구: totals are per group, then for all. */
  readonly group: string;
  /** A data folder (relative to rollup.yaml's folder) … */
  readonly folder?: string;
  /** … or a git repository (a path relative to rollup.yaml's folder, or a URL) … */
  readonly git?: string;
  /** … read at this revision (default HEAD) … */
  readonly revision?: string;
  /** … from this folder inside it (default `data`). */
  readonly data?: string;
}

export interface RollupFile {
  readonly kind: 'rollup';
  readonly title?: string;
  readonly offices: readonly RollupOfficeEntry[];
}

/** An office as every roll-up report lists it. */
export interface RollupOffice {
  /** Its name in rollup.yaml. */
  readonly name: string;
  readonly group: string;
  /** The office's key: its office record's id (else where its records are). */
  readonly id: string;
}

/** An office left out of a report's totals: its records the report needs have errors, or it
 *  could not be read at all (problems counted), or the report refused it (`refusal`). */
export interface RollupLeftOut extends RollupOffice {
  readonly errors: number;
  readonly warnings: number;
  /** Why the report could not be computed on it, when its records were fine (e.g. no budget), or
   *  why its records could not be read at all. */
  readonly refusal?: string;
  /** The first error that keeps it out: its file (inside the office's folder), line, column, rule. */
  readonly firstError?: { readonly file: string; readonly line: number; readonly column: number; readonly rule: string };
}

export type BudgetUnit = '원' | '천원' | '백만원';

/** 예산액 … pace of an office, a group or all, in the roll-up's unit. */
export interface RollupBudgetFigures {
  /** null when any office summed lacks it (as in an office's own 계). */
  readonly budget: number | null;
  readonly current: number | null;
  readonly executed: number;
  readonly balance: number | null;
  /** 집행액 ÷ 예산현액 of the sums, half-up to one decimal; null when 예산현액 is null or 0. */
  readonly rate: number | null;
  /** Share of the year elapsed: the offices' own when they share one as-of date, else null. */
  readonly yearElapsed: number | null;
  readonly pace: Pace | null;
  /** rate − yearElapsed, in points. */
  readonly paceGap: number | null;
}

export interface RollupBudgetReport {
  readonly report: 'rollup-budget-status';
  readonly title: string | null;
  /** The one fiscal year every office was computed for (--year, the year of --as-of, else the
   *  latest year the offices' own reports give); an office without it is left out. null: no
   *  office gave one. */
  readonly fiscalYear: number | null;
  /** The finest unit of the offices' budgets: every figure is converted to it exactly. */
  readonly unit: BudgetUnit;
  readonly total: RollupBudgetFigures & { readonly offices: number };
  /** Groups ranked by how far behind their total is (most behind first; no rate last). */
  readonly groups: readonly {
    readonly group: string;
    readonly total: RollupBudgetFigures & { readonly offices: number };
    /** The group's offices ranked the same way. */
    readonly offices: readonly (RollupOffice & RollupBudgetFigures & { readonly fiscalYear: number; readonly asOf: IsoDate; readonly ownUnit: BudgetUnit })[];
  }[];
  readonly leftOut: readonly RollupLeftOut[];
}

/** A group's (or all offices') cumulative 집행액 and 예산현액 at a month's end, and 집행률 from them. */
export interface RollupMonthFigures {
  /** null when an office summed has no figure for the month (before its data, or after its as-of). */
  readonly executed: number | null;
  readonly current: number | null;
  readonly rate: number | null;
}

export interface RollupBudgetMonthlyReport {
  readonly report: 'rollup-budget-monthly';
  readonly title: string | null;
  /** The one fiscal year every office was computed for (--year, the year of --as-of, else the
   *  latest year the offices' own reports give); an office without it is left out. null: no
   *  office gave one. */
  readonly fiscalYear: number | null;
  readonly unit: BudgetUnit;
  /** Every month any office shows, in order (YYYY-MM). */
  readonly months: readonly string[];
  readonly total: { readonly offices: number; readonly months: readonly RollupMonthFigures[] };
  /** One entry of `months` per month of `months`. */
  readonly groups: readonly { readonly group: string; readonly offices: number; readonly months: readonly RollupMonthFigures[] }[];
  readonly leftOut: readonly RollupLeftOut[];
}

export interface RollupHeadcountReport {
  readonly report: 'rollup-headcount-status';
  readonly title: string | null;
  readonly unit: '명';
  /** 정원 and 현원 summed where every office summed holds them (a partial table's missing
   *  figure makes the sum's null: a partial table is kept partial), 과부족 from the sums. */
  readonly total: HeadcountFiguresJson & { readonly offices: number };
  readonly groups: readonly {
    readonly group: string;
    readonly total: HeadcountFiguresJson & { readonly offices: number };
    readonly offices: readonly (RollupOffice & HeadcountFiguresJson & { readonly asOf: IsoDate })[];
  }[];
  readonly leftOut: readonly RollupLeftOut[];
}

/** Count and amount (원) of expense entries; refunds subtract. */
export interface RollupExpenseTotal {
  readonly count: number;
  readonly amount: number;
}

export interface RollupExpensesReport {
  readonly report: 'rollup-expenses';
  readonly title: string | null;
  /** The one fiscal year every office's entries are of (--year, the year of --month, else the
   *  latest fiscal year of the offices' expense files); null: no office has an expense file. */
  readonly fiscalYear: number | null;
  readonly unit: '원';
  /** Every month any office has entries in, in order. */
  readonly months: readonly string[];
  readonly total: RollupExpenseTotal & { readonly months: readonly RollupExpenseTotal[] };
  /** One row per office (in rollup.yaml's order within its group), one cell per month. */
  readonly groups: readonly {
    readonly group: string;
    readonly total: RollupExpenseTotal & { readonly months: readonly RollupExpenseTotal[] };
    /** `recorded`: the office has an expense file of the year (false: its 0 means no records). */
    readonly offices: readonly (RollupOffice & RollupExpenseTotal & { readonly recorded: boolean; readonly months: readonly RollupExpenseTotal[] })[];
  }[];
  /** Per budget line code over all offices, in code order. */
  readonly lines: readonly ({ readonly line: string; readonly name: string } & RollupExpenseTotal)[];
  /** Per payment method over all offices (null: not written), in the offices' order. */
  readonly payments: readonly ({ readonly method: string | null } & RollupExpenseTotal)[];
  readonly leftOut: readonly RollupLeftOut[];
}

export interface RollupTasksReport {
  readonly report: 'rollup-tasks';
  readonly title: string | null;
  /** The one date every office's plan is read as of (--as-of, else the latest of the offices'
   *  own as-of dates); null: no office gave one. */
  readonly asOf: IsoDate | null;
  readonly total: { readonly due: number; readonly overdue: number; readonly offices: number };
  readonly groups: readonly {
    readonly group: string;
    readonly total: { readonly due: number; readonly overdue: number; readonly offices: number };
    readonly offices: readonly (RollupOffice & {
      readonly asOf: IsoDate;
      readonly until: IsoDate;
      /** Plan items that start, end or run in the window. */
      readonly due: number;
      /** Plan items past their end and not done. */
      readonly overdue: number;
      /** The overdue items' words, for people. */
      readonly late: readonly { readonly task: number; readonly text: string; readonly end: IsoDate | null }[];
    })[];
  }[];
  readonly leftOut: readonly RollupLeftOut[];
}

export interface RollupValidationReport {
  readonly report: 'rollup-validation';
  readonly title: string | null;
  readonly total: { readonly errors: number; readonly warnings: number; readonly offices: number; readonly failing: number };
  /** Offices with errors first (most errors first), then with warnings, then clean; by name. */
  readonly offices: readonly (RollupOffice & {
    readonly errors: number;
    readonly warnings: number;
    readonly files: number;
    /** The office's problems by rule, most frequent first. */
    readonly rules: readonly { readonly rule: string; readonly severity: 'error' | 'warning'; readonly count: number }[];
  })[];
  /** Offices whose records could not be read at all (a git repository or revision that is not
   *  there), with why. */
  readonly leftOut: readonly RollupLeftOut[];
}
