// The parameters of reports and commands: each one spec (its flag, its words in both languages,
// its choices and their other words, its default), typed so that the value a report or handler
// reads is derived from the spec (a typo in a parameter's name does not compile). The report
// registry (engine/reports.ts) and the cli's command table both list these; the cli turns them
// into commander options, a dashboard into form fields. Values are checked here too, so every
// front end refuses the same things with the same words.
import type { Refusal } from '../model/refusal.js';
import { isRealDate } from '../compute/dates.js';
import { FORMAT_NAMES, FORMATS } from '../render/formats/index.js';
import type { Format, FormatName } from '../render/formats/index.js';

/** A text of the command table in both languages. */
export interface Words {
  readonly ko: string;
  readonly en: string;
}

export interface OptionSpec {
  /** Commander flags, e.g. '--format <format>'. */
  readonly flags: string;
  readonly description: Words;
  readonly default?: string | boolean;
  /** Allowed values: the canonical ones, which the handler receives. */
  readonly choices?: readonly string[];
  /** Other words accepted for a choice, by canonical value: the first is the Korean word that
   *  Korean help shows instead of the canonical one (e.g. country: ['국가']). */
  readonly choiceWords?: Readonly<Record<string, readonly string[]>>;
  /** A value written in other words (30일, 8주): its canonical form (30d, 8w), or undefined when
   *  it is not a value of this option; `expected` says what to write instead. */
  readonly canonical?: { readonly parse: (value: string) => string | undefined; readonly expected: Words };
  /** The command cannot run without it; commander says so. */
  readonly required?: boolean;
}

// ---- option types from flags: '--as-of <date>' → asOf: string | undefined -----------------
type Camel<S extends string> = S extends `${infer A}-${infer B}` ? `${A}${Capitalize<Camel<B>>}` : S;
type KeyOf<F extends string> = F extends `--no-${infer N}`
  ? Camel<N>
  : F extends `--${infer N} ${string}`
    ? Camel<N>
    : F extends `--${infer N}`
      ? Camel<N>
      : never;
type ValueOf<S extends OptionSpec> = S['flags'] extends `${string}<${string}...>`
  ? string[]
  : S['flags'] extends `${string}<${string}>` | `${string}[${string}]`
    ? S['choices'] extends readonly (infer C)[]
      ? C
      : string
    : boolean;
type Present<S extends OptionSpec> = S['default'] extends string | boolean ? ValueOf<S> : S['required'] extends true ? ValueOf<S> : ValueOf<S> | undefined;
export type OptionsOf<O extends readonly OptionSpec[]> = { readonly [S in O[number] as KeyOf<S['flags']>]: Present<S> };

/** The key a parameter's value has: '--as-of <date>' → asOf, '--no-bom' → bom. */
export function paramKey(flags: string): string {
  const m = /^--(?:no-)?([a-z][a-z-]*)/.exec(flags);
  return (m?.[1] ?? flags).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}

/** The canonical choice a word names (`국가` → country), ignoring case and Unicode form. */
export function canonicalChoice(spec: OptionSpec, value: string): string | undefined {
  const v = value.normalize('NFC').trim().toLowerCase();
  for (const c of spec.choices ?? []) {
    if (c.toLowerCase() === v || (spec.choiceWords?.[c] ?? []).some((w) => w.toLowerCase() === v)) return c;
  }
  return undefined;
}

/** Every word an option accepts, the run's language first: the canonical values and their
 *  Korean words and other names. Completion offers all of them. */
export function choiceWords(spec: OptionSpec, lang: 'ko' | 'en'): { shown: string[]; also: string[] } {
  const choices = spec.choices ?? [];
  const words = choices.flatMap((c) => spec.choiceWords?.[c] ?? []);
  if (lang === 'en') return { shown: [...choices], also: words };
  const shown = choices.map((c) => spec.choiceWords?.[c]?.[0] ?? c);
  return { shown, also: [...choices, ...words].filter((w) => !shown.includes(w)) };
}

// ---- the parameters several reports share ---------------------------------------------------
export const AS_OF = {
  flags: '--as-of <date>',
  description: { ko: '기준일 YYYY-MM-DD (기본값: 오늘이 아니라 데이터의 가장 늦은 날짜)', en: "reference date YYYY-MM-DD (default: the data's own latest date, never today)" },
} as const;

/** The file endings of the text formats, as --out's help lists them (from the format registry). */
const endings = FORMAT_NAMES.filter((f) => f !== 'table')
  .map((f) => FORMATS[f].extensions[0]!)
  .join(', ');
export const OUT = {
  flags: '--out <file>',
  description: {
    ko: `표준 출력 대신 파일에 씀 (한 번에 통째로; 데이터 폴더 안은 안 됨); --format이 없으면 파일 끝(${endings})이 형식을 정함; .pdf는 html을 Chromium으로 인쇄한 A4 PDF (MAYOR_OFFICE_CHROMIUM 또는 PATH의 Chromium)`,
    en: `write to a file (atomically; never inside the data folder) instead of stdout; its ending (${endings}) picks the format when --format is not given; .pdf is the html printed to A4 by Chromium (MAYOR_OFFICE_CHROMIUM, else one on PATH)`,
  },
} as const;
/** The formats that write a byte-order mark when asked (from the format registry): csv … */
const bomFormats = FORMAT_NAMES.filter((f) => (FORMATS[f] as Format).bom === true);
const bomNames = { ko: bomFormats.join('·'), en: bomFormats.join(' or ') };
export const BOM = {
  flags: '--bom',
  description: {
    ko: `--format ${bomNames.ko}일 때: 엑셀이 한글을 제대로 보이도록 바이트 순서 표시(BOM)로 시작 (--out 파일에는 기본으로 붙음)`,
    en: `with --format ${bomNames.en}: start with the byte-order mark Excel needs to show Korean (a file of --out has it by default)`,
  },
} as const;
/** Such a file of --out starts with a BOM unless this is given (Excel shows Korean garbled without it). */
export const NO_BOM = { flags: '--no-bom', description: { ko: `--out ${bomNames.ko} 파일에 BOM을 붙이지 않음`, en: `leave the byte-order mark out of a ${bomNames.en} file of --out` } } as const;
export const format = <const D extends string, const C extends readonly FormatName[] = typeof FORMAT_NAMES>(def: D, description: Words = { ko: '출력 형식', en: 'output format' }, choices?: C) =>
  ({ flags: '--format <format>', description, default: def, choices: (choices ?? FORMAT_NAMES) as C }) as const;
export const TABLE_FORMAT = format('table');
export const YEAR = { flags: '--year <year>', description: { ko: '회계연도 (기본값: --as-of의 연도, 없으면 가장 최근 예산)', en: 'fiscal year (default: the year of --as-of, else the latest budget)' } } as const;
export const MONTH = (description: Words, required = false) => ({ flags: '--month <month>', description, ...(required ? { required: true as const } : {}) }) as const;

/** `30일`, `8주`, `30d`, `8w`, `30 days` or a number of days → `30d` or `8w`. */
export function withinValue(value: string): string | undefined {
  const m = /^(\d+)\s*(d|days?|일|w|weeks?|주)?$/iu.exec(value.normalize('NFC').trim());
  if (!m) return undefined;
  return `${m[1]}${m[2] !== undefined && /^(w|weeks?|주)$/iu.test(m[2]) ? 'w' : 'd'}`;
}

// ---- values checked, the same for every front end ------------------------------------------
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: Refusal };
const bad = (param: 'as-of' | 'year' | 'month' | 'within' | 'number', value: string): Checked<never> => ({ ok: false, refusal: { reason: 'bad-param', param, value } });
const good = <T>(value: T): Checked<T> => ({ ok: true, value });

/** --as-of DATE: a real ISO date. */
export const asOfParam = (value: string | undefined): Checked<string | undefined> => (value === undefined || isRealDate(value) ? good(value) : bad('as-of', value));
/** --year YYYY: a fiscal year. */
export const yearParam = (value: string | undefined): Checked<number | undefined> => (value === undefined ? good(undefined) : /^\d{4}$/.test(value) ? good(Number(value)) : bad('year', value));
/** --month YYYY-MM, a month that exists. */
export const monthParam = (value: string | undefined): Checked<string | undefined> => (value === undefined || /^\d{4}-(0[1-9]|1[0-2])$/.test(value) ? good(value) : bad('month', value));
/** `30d`, `8w` or a number of days, as days. */
export function withinParam(value: string): Checked<number> {
  const m = /^(\d+)\s*([dw]?)$/.exec(value.trim());
  return m ? good(Number(m[1]) * (m[2] === 'w' ? 7 : 1)) : bad('within', value);
}
/** A work item's number. */
export const numberParam = (value: string): Checked<string> => (/^\d+$/.test(value) ? good(value) : bad('number', value));

/** Several checked values at once: all their values, or the first refusal. */
export function all<T extends Record<string, Checked<unknown>>>(checks: T): Checked<{ readonly [K in keyof T]: T[K] extends Checked<infer V> ? V : never }> {
  const out: Record<string, unknown> = {};
  for (const [k, c] of Object.entries(checks)) {
    if (!c.ok) return c;
    out[k] = c.value;
  }
  return good(out as { readonly [K in keyof T]: T[K] extends Checked<infer V> ? V : never });
}
