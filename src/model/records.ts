// The records as the data files hold them, one interface per record kind (schemas/*.schema.json
// is the contract; these types mirror it). Derived figures (잔액, 집행률, 소계, 과부족) are never
// here: compute makes them. `stated` blocks keep figures a document printed, for checking.
import type { IsoDate, MoneyUnit, Persons } from './units.js';

export interface OfficeRecord {
  readonly kind: 'office';
  readonly id: string;
  readonly name: string;
  readonly name_en?: string;
  readonly city?: string;
  readonly functions: readonly { readonly title: string; readonly items: readonly string[] }[];
}

export interface ReportRecord {
  readonly kind: 'report';
  readonly id: string;
  readonly title: string;
  /** YYYY-MM */
  readonly issued: string;
  readonly office: string;
  readonly fiscal_year: number;
  readonly as_of: IsoDate;
}

export interface StatedHeadcount {
  readonly quota?: Persons;
  readonly current?: Persons;
}

export interface HeadcountRecord {
  readonly kind: 'headcount';
  readonly office?: string;
  readonly as_of: IsoDate;
  readonly unit: '명';
  readonly tracks: readonly {
    readonly track: string;
    /** 정원 (quota) and 현원 (current) per grade, in the order the table prints them. */
    readonly grades: readonly { readonly grade: string; readonly quota: Persons; readonly current: Persons }[];
    readonly stated?: StatedHeadcount;
  }[];
  readonly stated?: StatedHeadcount;
}

export type AdjustmentType = '추경' | '전용' | '이용' | '이체' | '이월' | '예비비';

export interface BudgetRecord {
  readonly kind: 'budget';
  readonly office?: string;
  readonly fiscal_year: number;
  /** Unit of every amount in the file. */
  readonly unit: MoneyUnit;
  readonly lines: readonly {
    readonly code: string;
    readonly name: string;
    /** 예산액 */
    readonly budget: number;
    readonly description?: string;
  }[];
  readonly adjustments?: readonly {
    readonly date: IsoDate;
    readonly type: AdjustmentType;
    readonly line: string;
    /** Signed: a decrease is negative. */
    readonly amount: number;
    readonly reason?: string;
  }[];
  readonly snapshots?: readonly {
    readonly as_of: IsoDate;
    readonly lines: readonly {
      readonly line: string;
      readonly executed: number;
      readonly stated?: { readonly balance?: number; readonly rate?: number };
    }[];
    readonly stated?: {
      readonly budget?: number;
      readonly executed?: number;
      readonly balance?: number;
      readonly rate?: number;
    };
  }[];
}

export interface ExpensesRecord {
  readonly kind: 'expenses';
  readonly fiscal_year: number;
  readonly unit: '원';
  readonly office?: string;
  /** The department of the file's entries, where an entry names none. */
  readonly dept?: string;
  /** The entries are complete from this date; the snapshot on or before it is the opening figure. */
  readonly complete_from?: IsoDate;
  readonly entries: readonly ExpenseEntry[];
}

export interface ExpenseEntry {
  readonly date: IsoDate;
  /** HH:MM */
  readonly time?: string;
  /** 비목 as written: a code (203-01), a full name or a short word (기관, 시책); see compute/expenseVocabulary.ts. */
  readonly line: string;
  /** 원; negative only with `type`. */
  readonly amount: number;
  /** May be empty (a warning). */
  readonly purpose: string;
  readonly place?: string;
  readonly attendees?: string;
  /** As written (카드, 법인카드, 제로페이, "카드,제로페이" …). */
  readonly payment?: string;
  readonly dept?: string;
  readonly type?: '반납' | '정정';
  readonly reason?: string;
}

export type OutlineItem = string | OutlineNode;

export interface OutlineNode {
  readonly id?: string;
  readonly text?: string;
  readonly marker?: '-' | '○' | '▶' | '*' | '※' | '●';
  /** `cities`, or `council/ID`, `ordinance/ID`, `taskforce/ID`, `event/ID`. */
  readonly ref?: string;
  /** A period phrase (향후계획), e.g. `연중 계속`, `'21. 5~6월 중`. */
  readonly period?: string;
  readonly children?: readonly OutlineItem[];
}

export type SectionRole = 'directions' | 'status' | 'contents' | 'plans';

export interface TaskRecord {
  readonly kind: 'task';
  readonly fiscal_year: number;
  readonly number: number;
  readonly title: string;
  readonly heading?: string;
  readonly purpose: string;
  readonly sections: readonly {
    readonly role: SectionRole;
    readonly heading?: string;
    readonly numbered?: boolean;
    readonly items: readonly OutlineItem[];
  }[];
}

export type Attendee = string | { readonly role: string; readonly count?: number; readonly note?: string };

export interface CouncilRecord {
  readonly kind: 'council';
  readonly meetings: readonly {
    readonly id: string;
    readonly name: string;
    readonly summary?: string;
    readonly attendees: readonly Attendee[];
    readonly agenda?: string;
    readonly cadence?: 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'as-needed';
    readonly schedule?: string;
    readonly note?: string;
  }[];
}

export interface OrdinancesRecord {
  readonly kind: 'ordinances';
  readonly ordinances: readonly {
    readonly id: string;
    readonly name: string;
    readonly purpose?: string;
    /** YYYY-MM */
    readonly amended: string;
    readonly changes: readonly { readonly label: string; readonly from: number; readonly to: number; readonly unit: string }[];
  }[];
}

export interface TaskforcesRecord {
  readonly kind: 'taskforces';
  readonly taskforces: readonly {
    readonly id: string;
    readonly name: string;
    readonly stages: readonly {
      readonly stage: number;
      readonly name: string;
      readonly form: '임시조직' | '정규기구';
      readonly organization: string;
      readonly staff: Persons;
      readonly plan?: string;
    }[];
  }[];
}

export interface CountriesRecord {
  readonly kind: 'countries';
  readonly countries: readonly { readonly code: string; readonly name: string; readonly name_en: string; readonly region: string }[];
}

export type CityType = 'sister' | 'friendship';

export interface CitiesRecord {
  readonly kind: 'cities';
  readonly summary?: string;
  readonly stated: { readonly cities: number; readonly countries: number };
  readonly types: readonly {
    readonly type: CityType;
    readonly name: string;
    readonly definition?: string;
    readonly council_resolution: boolean;
    readonly stated: number;
  }[];
  /** `examples`: the list names only some of the cities; the stated totals are authoritative. */
  readonly listing: 'examples' | 'complete';
  readonly cities: readonly {
    readonly name: string;
    readonly name_en: string;
    readonly country: string;
    readonly type: CityType;
    readonly since?: IsoDate;
  }[];
}

export interface EventsRecord {
  readonly kind: 'events';
  readonly events: readonly {
    readonly id: string;
    readonly type: 'roundtable' | 'mou';
    readonly name: string;
    readonly host?: string;
    readonly group?: string;
    readonly stated_countries?: number;
    readonly countries?: readonly string[];
    readonly partner?: { readonly name: string; readonly name_en?: string; readonly country: string };
    readonly online?: boolean;
    readonly background?: string;
    readonly agenda?: string;
    readonly details?: readonly string[];
    /** The id of the 향후계획 line that schedules it. */
    readonly plan: string;
    readonly status: 'planned' | 'done' | 'cancelled';
    readonly date?: IsoDate;
  }[];
}

export type AnyRecord =
  | OfficeRecord
  | ReportRecord
  | HeadcountRecord
  | BudgetRecord
  | ExpensesRecord
  | TaskRecord
  | CouncilRecord
  | OrdinancesRecord
  | TaskforcesRecord
  | CountriesRecord
  | CitiesRecord
  | EventsRecord;

export type RecordKind = AnyRecord['kind'];

export const RECORD_KINDS: readonly RecordKind[] = [
  'office',
  'report',
  'headcount',
  'budget',
  'expenses',
  'task',
  'council',
  'ordinances',
  'taskforces',
  'countries',
  'cities',
  'events',
];

/** A YAML path as a list of keys and indexes, e.g. ['lines', 0, 'budget']. */
export type YamlPath = readonly (string | number)[];

/** Finds where a value is written. Positions are worked out only when asked for, so loading
 *  a large file does not pay for positions of values that never have a problem. */
export interface Locator {
  /** The span of the value at `path` (or of the nearest parent that exists). */
  value(path: YamlPath): import('./problem.js').Span;
  /** The span of the key at `path` (the value's own span for list items and the root). */
  key(path: YamlPath): import('./problem.js').Span;
  /** The value exactly as written at `path`, if it is a scalar. */
  source(path: YamlPath): string | undefined;
  /** The text of a 1-based line, without its line end. */
  line(n: number): string;
}

/** One record loaded from one file. */
export interface LoadedRecord<R extends AnyRecord = AnyRecord> {
  readonly file: string;
  readonly record: R;
  readonly locate: Locator;
}

export function formatYamlPath(path: YamlPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}
