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
