// Report objects that compute produces and render prints. Plain data, JSON-ready: the json
// format serialises them as they are (keys in English, documented in docs/formats.md).
import type { IsoDate } from './units.js';

export interface HeadcountFiguresJson {
  /** 정원 */
  readonly quota: number;
  /** 현원 */
  readonly current: number;
  /** 과부족 = 현원 − 정원 (negative: vacancies) */
  readonly gap: number;
}

export interface HeadcountStatusReport {
  readonly report: 'headcount-status';
  /** The date of the snapshot shown (the latest on or before the as-of date asked for). */
  readonly asOf: IsoDate;
  readonly unit: '명';
  readonly total: HeadcountFiguresJson;
  readonly tracks: readonly {
    readonly track: string;
    readonly subtotal: HeadcountFiguresJson;
    readonly grades: readonly ({ readonly grade: string } & HeadcountFiguresJson)[];
  }[];
}

export interface HeadcountTrendReport {
  readonly report: 'headcount-trend';
  readonly unit: '명';
  /** Track names in the order they first appear. */
  readonly tracks: readonly string[];
  readonly snapshots: readonly {
    readonly asOf: IsoDate;
    readonly total: HeadcountFiguresJson;
    /** One entry per name in `tracks`; null where the snapshot has no such track. */
    readonly tracks: readonly (HeadcountFiguresJson | null)[];
  }[];
}

export type Pace = 'behind' | 'on-pace' | 'ahead';

export interface BudgetLineStatus {
  /** 편성목 code; '' for the 계 row. */
  readonly code: string;
  readonly name: string;
  /** 예산액, in `unit`. */
  readonly budget: number;
  /** 예산현액 = 예산액 + adjustments up to the as-of date, in `unit`. */
  readonly current: number;
  /** 집행액, in `unit` (rounded half-up when it comes from 원 entries). */
  readonly executed: number;
  /** 잔액 = 예산현액 − 집행액, in `unit`. */
  readonly balance: number;
  /** 집행률 in percent with one decimal (half-up), from unrounded amounts; null when 예산현액 is 0. */
  readonly rate: number | null;
  /** Execution against the share of the year elapsed. */
  readonly pace: Pace | null;
  /** rate − yearElapsed, in percentage points (one decimal). */
  readonly paceGap: number | null;
}

export interface BudgetStatusReport {
  readonly report: 'budget-status';
  readonly fiscalYear: number;
  readonly asOf: IsoDate;
  readonly unit: '천원' | '원';
  /** Where 집행액 comes from: itemized expense entries, an execution snapshot, or a snapshot
   *  as the opening figure plus the entries after it. */
  readonly source: 'entries' | 'snapshot' | 'opening+entries';
  /** The snapshot used (alone, or as the opening figure). */
  readonly snapshotDate: IsoDate | null;
  /** How shown amounts were rounded, when they were: 원 entries to 천원, half-up. */
  readonly rounding: 'half-up' | null;
  /** The day the 집행액 figures are from: the snapshot's date, or the as-of date for entries. */
  readonly executionDate: IsoDate;
  /** Share of the fiscal year elapsed at the end of `executionDate`, in percent (one decimal). */
  readonly yearElapsed: number;
  readonly total: BudgetLineStatus;
  readonly lines: readonly BudgetLineStatus[];
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
  readonly filters: { readonly year: number | null; readonly month: string | null; readonly line: string | null; readonly dept: string | null };
  /** Sorted by date and time (an entry without a time first), then as the files list them. */
  readonly entries: readonly ExpenseListEntry[];
  readonly total: ExpenseTotal;
  /** Per month YYYY-MM, in order. */
  readonly months: readonly ({ readonly month: string } & ExpenseTotal)[];
  /** Per budget line code, in code order. */
  readonly lines: readonly ({ readonly line: string; readonly name: string } & ExpenseTotal)[];
}

/** The monthly 업무추진비 사용 내역 as an office publishes it. */
export interface ExpenseDisclosureReport {
  readonly report: 'expenses-disclosure';
  /** YYYY-MM. */
  readonly month: string;
  /** The department the disclosure is of: --dept, else the office's name. */
  readonly dept: string;
  readonly unit: '원';
  /** Sorted by date and time. */
  readonly entries: readonly ExpenseListEntry[];
  readonly total: ExpenseTotal;
}
