// Report objects that compute produces and render prints. Plain data, JSON-ready: the json
// format serialises them as they are (keys in English, documented in docs/formats.md).
import type { IsoDate } from './units.js';

export interface HeadcountFiguresJson {
  /** 정원; null where the snapshot does not hold it (never 0); '-' where the table writes '-'
   *  (no such posts), and for a sum whose every part is '-'. */
  readonly quota: number | '-' | null;
  /** 현원; as 정원. */
  readonly current: number | '-' | null;
  /** 과부족 = 현원 − 정원 (negative: vacancies); null unless both are numbers; '-' when both are '-'. */
  readonly gap: number | '-' | null;
  /** 인원, present only for a snapshot that counts heads without saying 정원 or 현원. */
  readonly count?: number | '-' | null;
}

/** A row's figure as a cross table splits it over its own columns: each column's cell by name (a
 *  column the table leaves blank is absent); present only on the rows the table splits. */
export type HeadcountSplitJson = Readonly<Record<string, number | '-'>>;

/** What a snapshot's groups are (`tracks` in the record): departments or grades; absent for tracks. */
export type HeadcountGroupingJson = 'dept' | 'grade';
/** A figure a snapshot does not hold. */
export type HeadcountFigureJson = 'quota' | 'current';

export interface HeadcountStatusReport {
  readonly report: 'headcount-status';
  /** The date of the snapshot shown (the latest on or before the as-of date asked for). */
  readonly asOf: IsoDate;
  readonly unit: '명';
  /** Present when the groups are departments or grades; absent when they are tracks (직종·직렬). */
  readonly by?: HeadcountGroupingJson;
  /** The figures the snapshot does not hold (their values are null); absent when it holds both. */
  readonly missing?: readonly HeadcountFigureJson[];
  /** Present for a cross table: what its columns are and their names, in table order. The rows
   *  it splits carry `split`; subtotals and the total are not split. */
  readonly splitBy?: { readonly name: string; readonly columns: readonly string[] };
  readonly total: HeadcountFiguresJson;
  readonly tracks: readonly {
    readonly track: string;
    readonly subtotal: HeadcountFiguresJson;
    /** Empty for a group the snapshot counts as a whole (공무직, a department). */
    readonly grades: readonly ({ readonly grade: string; readonly split?: HeadcountSplitJson } & HeadcountFiguresJson)[];
    /** The split of a group counted as a whole, where the table splits it. */
    readonly split?: HeadcountSplitJson;
  }[];
}

export interface HeadcountTrendReport {
  readonly report: 'headcount-trend';
  readonly unit: '명';
  /** Group names (tracks, departments, grades) in the order they first appear. */
  readonly tracks: readonly string[];
  readonly snapshots: readonly {
    readonly asOf: IsoDate;
    /** As in the status report: present only when the groups are not tracks. */
    readonly by?: HeadcountGroupingJson;
    /** As in the status report: present only when the snapshot lacks a figure. */
    readonly missing?: readonly HeadcountFigureJson[];
    readonly total: HeadcountFiguresJson;
    /** One entry per name in `tracks`; null where the snapshot has no such group. */
    readonly tracks: readonly (HeadcountFiguresJson | null)[];
  }[];
}

export type Pace = 'behind' | 'on-pace' | 'ahead';

export interface BudgetLineStatus {
  /** 편성목 code; '' for the 계 row. */
  readonly code: string;
  readonly name: string;
  /** The program (세부사업) code of a line listed under its program. */
  readonly program?: string;
  /** 예산액, in `unit`; null when the records do not give it (a line's, or any line's of a sum). */
  readonly budget: number | null;
  /** 예산현액 = 예산액 + adjustments up to the as-of date, in `unit`; null when 예산액 is. */
  readonly current: number | null;
  /** 집행액, in `unit` (rounded half-up when it comes from 원 entries). */
  readonly executed: number;
  /** 잔액 = 예산현액 − 집행액, in `unit`; null when 예산현액 is not known. */
  readonly balance: number | null;
  /** 집행률 in percent with one decimal (half-up), from unrounded amounts; null when 예산현액 is 0
   *  or not known. */
  readonly rate: number | null;
  /** Execution against the share of the year elapsed. */
  readonly pace: Pace | null;
  /** rate − yearElapsed, in percentage points (one decimal). */
  readonly paceGap: number | null;
}

/** One 세부사업 of a budget with programs: its 소계 and its lines. */
export interface BudgetProgramStatus {
  readonly code: string;
  readonly name: string;
  /** 소계, from the unrounded sums of its lines. */
  readonly subtotal: BudgetLineStatus;
  readonly lines: readonly BudgetLineStatus[];
}

export interface BudgetStatusReport {
  readonly report: 'budget-status';
  readonly fiscalYear: number;
  readonly asOf: IsoDate;
  readonly unit: '천원' | '원' | '백만원';
  /** Where 집행액 comes from: itemized expense entries, an execution snapshot, or a snapshot
   *  as the opening figure plus the entries after it. */
  readonly source: 'entries' | 'snapshot' | 'opening+entries';
  /** The snapshot used (alone, or as the opening figure). */
  readonly snapshotDate: IsoDate | null;
  /** How shown amounts were rounded, when they were: 원 entries to 천원, half-up. */
  readonly rounding: 'half-up' | null;
  /** The day the 집행액 figures are from: the snapshot's date, or the as-of date for entries. */
  readonly executionDate: IsoDate;
  /** The latest day on or before the as-of date that a snapshot or an entry of the year speaks
   *  for: when it is before `asOf`, nothing is recorded between them (null: no record at all). */
  readonly lastRecord: IsoDate | null;
  /** Share of the fiscal year elapsed at the end of `executionDate`, in percent (one decimal). */
  readonly yearElapsed: number;
  readonly total: BudgetLineStatus;
  /** Per budget line; in a budget with programs, per 통계목 code summed over the programs (and
   *  the lines outside programs), in the order each code first appears. */
  readonly lines: readonly BudgetLineStatus[];
  /** Only for a budget with programs: the lines outside programs (if any) are not in these. */
  readonly programs?: readonly BudgetProgramStatus[];
}

export interface CityCount {
  readonly key: string;
  readonly label: string;
  readonly sister: number;
  readonly friendship: number;
  readonly total: number;
}

export interface CitiesReport {
  readonly report: 'cities';
  /** `examples`: the records name only some cities; `stated` is authoritative. */
  readonly listing: 'examples' | 'complete';
  /** With --type, the stated count of that type; countries are then not stated (null). */
  readonly stated: { readonly cities: number; readonly countries: number | null };
  readonly listed: { readonly cities: number; readonly countries: number };
  readonly types: readonly {
    readonly type: 'sister' | 'friendship';
    readonly name: string;
    readonly stated: number;
    readonly listed: number;
    readonly councilResolution: boolean;
    readonly definition: string | null;
  }[];
  readonly byCountry: readonly CityCount[];
  readonly byRegion: readonly CityCount[];
  readonly cities: readonly {
    readonly name: string;
    readonly nameEn: string;
    readonly country: string;
    readonly countryName: string;
    readonly countryNameEn: string;
    readonly region: string;
    readonly type: 'sister' | 'friendship';
    readonly typeName: string;
    readonly since: string | null;
    readonly councilResolution: boolean;
  }[];
}

/** A line's (or the 계 row's) figures at one month's end, in the budget's unit. */
export interface MonthFigures {
  /** 편성목 code; '' for the 계 row. */
  readonly code: string;
  /** Cumulative 집행액 on the month's date (rounded half-up when it comes from 원 entries);
   *  null before any execution data. */
  readonly executed: number | null;
  /** 집행액 within the month (this month's cumulative less the last); null when the month
   *  before is not known (the first snapshot, or no data) or nothing is recorded for the month. */
  readonly inMonth: number | null;
  /** 예산현액 on the month's date; null when the budget does not give the line an amount. */
  readonly current: number | null;
  /** Cumulative 집행률 in percent (one decimal, half-up, from unrounded amounts); null when
   *  `executed` or `current` is null or 예산현액 is 0. */
  readonly rate: number | null;
}

export interface BudgetMonthlyReport {
  readonly report: 'budget-monthly';
  readonly fiscalYear: number;
  /** The as-of date: the last month shown is its month, figured on this date. */
  readonly asOf: IsoDate;
  readonly unit: '원' | '천원' | '백만원';
  /** The budget lines, in the order of the budget record. */
  readonly lines: readonly { readonly code: string; readonly name: string }[];
  readonly months: readonly {
    /** YYYY-MM */
    readonly month: string;
    /** The month's last day, or the as-of date in the as-of month. */
    readonly date: IsoDate;
    /** Share of the fiscal year elapsed at the end of `date`, in percent (one decimal). */
    readonly yearElapsed: number;
    /** Where the month's 집행액 comes from; null before any execution data. */
    readonly source: 'entries' | 'snapshot' | 'opening+entries' | null;
    /** False for a month with no execution data of its own (before any data, or shown from an
     *  earlier month's snapshot): its 당월 is not known (inMonth null), not 0. */
    readonly recorded: boolean;
    /** The day the figures are from (an earlier snapshot's date when only a snapshot is known). */
    readonly executionDate: IsoDate | null;
    readonly total: MonthFigures;
    /** One per entry of `lines`, in the same order. */
    readonly lines: readonly MonthFigures[];
  }[];
}

/** One 업무추진비 payment as `expenses list` and `expenses disclose` show it. */
export interface ExpenseListEntry {
  readonly date: IsoDate;
  /** HH:MM, or null when the entry gives none. */
  readonly time: string | null;
  /** The entry's department, else its file's; null when neither names one. */
  readonly dept: string | null;
  /** The budget line's code and name the 비목 resolves to. */
  readonly line: string;
  readonly lineName: string;
  /** The 세부사업 the entry's line is under, in a budget with programs; null otherwise. */
  readonly program: { readonly code: string; readonly name: string } | null;
  readonly purpose: string;
  readonly place: string | null;
  readonly attendees: string | null;
  /** The payment as written, and its method (카드, 제로페이, 현금, 계좌이체, 복수, 기타). */
  readonly payment: string | null;
  readonly paymentMethod: string | null;
  /** In 원; negative for a refund or correction. */
  readonly amount: number;
  readonly type: '반납' | '정정' | null;
  readonly reason: string | null;
}

/** Count and sum of entries (refunds subtract). */
export interface ExpenseTotal {
  readonly count: number;
  /** In 원. */
  readonly amount: number;
}

export interface ExpenseListReport {
  readonly report: 'expenses-list';
  readonly unit: '원';
  /** The filters asked for (null: all). */
  readonly filters: {
    readonly year: number | null;
    readonly month: string | null;
    readonly line: string | null;
    readonly dept: string | null;
    readonly payment: string | null;
    readonly text: string | null;
  };
  /** Sorted by date and time (an entry without a time first), then as the files list them. */
  readonly entries: readonly ExpenseListEntry[];
  readonly total: ExpenseTotal;
  /** Per month YYYY-MM, in order. */
  readonly months: readonly ({ readonly month: string } & ExpenseTotal)[];
  /** Per budget line code, in code order. */
  readonly lines: readonly ({ readonly line: string; readonly name: string } & ExpenseTotal)[];
}

/** The totals of `expenses summary`: per budget line and per payment method. */
export interface ExpenseSummaryReport {
  readonly report: 'expenses-summary';
  readonly unit: '원';
  /** The filters asked for (null: all). */
  readonly filters: ExpenseListReport['filters'];
  readonly total: ExpenseTotal;
  /** Per budget line code, in code order. */
  readonly lines: ExpenseListReport['lines'];
  /** Per payment method (카드, 제로페이, 현금, 계좌이체, 복수, 기타) in that order; null: not written. */
  readonly payments: readonly ({ readonly method: string | null } & ExpenseTotal)[];
}

/** The monthly 업무추진비 사용 내역 as an office publishes it. */
export interface ExpenseDisclosureReport {
  readonly report: 'expenses-disclosure';
  /** YYYY-MM. */
  readonly month: string;
  /** The department the disclosure is of: --dept, else the office's name. */
  readonly dept: string;
  readonly unit: '원';
  /** True when the fiscal year's budget has programs: the disclosure then has a 세부사업 column. */
  readonly programs: boolean;
  /** Sorted by date and time. */
  readonly entries: readonly ExpenseListEntry[];
  readonly total: ExpenseTotal;
}
