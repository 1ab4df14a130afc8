// Why a command cannot show what was asked: a value that compute returns and messages/ words.
import type { IsoDate } from './units.js';

export type Refusal =
  | { readonly reason: 'no-records'; readonly kind: 'budget' | 'headcount' | 'report' | 'execution' | 'cities' | 'tasks' | 'data' }
  | { readonly reason: 'before-first'; readonly asOf: IsoDate; readonly first: IsoDate }
  | { readonly reason: 'outside-year'; readonly asOf: IsoDate; readonly year: number }
  | { readonly reason: 'no-budget'; readonly year: number; readonly years: readonly number[] }
  | { readonly reason: 'no-office'; readonly id: string }
  | { readonly reason: 'no-issue'; readonly issue: string; readonly issues: readonly string[] }
  | { readonly reason: 'no-task'; readonly number: string; readonly numbers: readonly number[] };
