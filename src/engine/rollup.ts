// The roll-up: a bureau's or the city's figures from many offices' records. rollup.yaml names the
// offices (a folder, or a git repository read at a revision without a checkout); each office is
// opened on its own, gated like any report run (errors in the records a report needs leave that
// office out of the totals, with its problem count), its own reports of the registry computed, and
// the part a roll-up shows summed per group and for all (compute/rollup.ts). What an office gives
// is kept in a cache keyed by what its records are (a git tree's hash, a folder's file sizes and
// times), so an unchanged office is not read again.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../model/problem.js';
import type { RecordKind } from '../model/records.js';
import type { Refusal } from '../model/refusal.js';
import type { RollupFile, RollupLeftOut, RollupOffice, RollupOfficeEntry } from '../model/rollup.js';
import type { Resolved } from '../compute/asOf.js';
import type { BudgetPart, ExpensesPart, HeadcountPart, MonthlyPart, OfficePart, TasksPart, ValidationPart } from '../compute/rollup.js';
import type { Doc } from '../render/document.js';
import type { Lang } from '../messages/catalog.js';
import { readFileSafely } from '../load/readSource.js';
import { decodeSource } from '../load/readSource.js';
import { normalisedText } from '../load/loadData.js';
import { parseYaml } from '../load/parseYaml.js';
import { folderFingerprint } from '../load/fingerprint.js';
import { cloneOrFetch, revisionKey } from '../load/gitSource.js';
import { schemaProblems } from '../validate/schemaProblems.js';
import { CLI_TEXT, refusalText } from '../messages/cliText.js';
import type { Office } from './office.js';
import { displayPath, folderSource, gate, gitSource, openOffice } from './office.js';
import type { Words } from './params.js';
import { all, asOfParam, monthParam, withinParam, yearParam } from './params.js';
import { reportNamed } from './reports.js';
import { atomicWrite } from './atomicWrite.js';
import type { RollupReportName } from './rollupNames.js';
import { ROLLUP_REPORT_NAMES } from './rollupNames.js';

/** The parameters every roll-up report takes (each passes its own on to the offices' reports). */
export interface RollupParams {
  readonly asOf?: string | undefined;
  readonly year?: string | undefined;
  readonly month?: string | undefined;
  readonly within?: string | undefined;
}

/** Checks the parameters before any office is read: a bad one is the run's refusal. */
export function checkRollupParams(p: RollupParams): Resolved<RollupParams> {
  const v = all({ asOf: asOfParam(p.asOf), year: yearParam(p.year), month: monthParam(p.month), within: withinParam(p.within ?? '30d') });
  return v.ok ? { ok: true, value: p } : v;
}

// ── rollup.yaml ────────────────────────────────────────────────────────────────────────────

export type RollupRead = { readonly ok: true; readonly file: RollupFile; readonly dir: string } | { readonly ok: false; readonly files: readonly string[]; readonly problems: readonly Problem[] };

/** rollup.yaml read and checked against its schema, with the same located problems as a record
 *  file (`file:line:col`, what was expected, an example). `shown` is its path as messages show it. */
export function readRollupFile(path: string, shown: string): RollupRead {
  const fail = (problems: readonly Problem[]): RollupRead => ({ ok: false, files: [shown], problems });
  const read = readFileSafely(shown, path);
  if (!read.ok) return fail([read.problem]);
  const text = decodeSource(shown, read.bytes);
  if (!text.ok) return fail([text.problem]);
  const parsed = parseYaml(shown, normalisedText(text.text));
  if (parsed.broken) return fail(parsed.problems);
  const loaded = { file: shown, record: parsed.value as never, locate: parsed.locate };
  const problems = [...parsed.problems, ...schemaProblems(loaded, 'rollup')];
  if (problems.some((p) => p.severity === 'error')) return fail(problems);
  return { ok: true, file: parsed.value as RollupFile, dir: dirname(path) };
}

/** Every records folder on disk the file names (an office's folder; a local repository's data
 *  folder in its working tree), and the file itself: no report may be written there. */
export function rollupFolders(read: Extract<RollupRead, { ok: true }>, file: string): string[] {
  const folders = read.file.offices.flatMap((o) => (o.folder !== undefined ? [resolve(read.dir, o.folder)] : isUrl(o.git!) ? [] : [join(resolve(read.dir, o.git!), o.data ?? 'data')]));
  return [file, ...folders];
}

// ── the reports ────────────────────────────────────────────────────────────────────────────

interface RollupSpec<P = unknown> {
  /** `rollup budget` … */
  readonly name: RollupReportName;
  readonly summary: Words;
  /** The record kinds its office reports compute from ('all': none may have errors). */
  readonly needs: readonly RecordKind[] | 'all';
  /** The office's part, from its own reports of the registry (or its problems). */
  readonly part: (office: () => Office, p: RollupParams) => Promise<Resolved<P>>;
  /** A report of one fiscal year: the year a part is of. Every office is computed for one year,
   *  so that no total adds up different years. */
  readonly yearOf?: (part: P) => number;
  /** The parts of the offices that gave one, summed; the offices left out beside them. */
  readonly combine: (title: string | null, parts: readonly OfficePart<P>[], leftOut: readonly RollupLeftOut[], fiscalYear: number | null) => Promise<unknown>;
  readonly document: (value: never, lang: Lang) => Promise<Doc>;
}

const rollupSpec = <P>(spec: RollupSpec<P>): RollupSpec => spec as unknown as RollupSpec;
const compute = () => import('../compute/rollup.js');
const tables = () => import('../render/tables/rollup.js');

/** An office's report of the registry, computed as the cli would (same parameters, same rules). */
async function officeReport<T>(name: string, office: () => Office, params: Readonly<Record<string, unknown>>): Promise<Resolved<T>> {
  const spec = reportNamed(name)!;
  const r = await spec.compute(office, params as never, []);
  return r.ok ? { ok: true, value: r.value.value as T } : r;
}

const BUDGET_NEEDS = reportNamed('budget status')!.needs;

export const ROLLUP_REPORTS: readonly RollupSpec[] = [
  rollupSpec<BudgetPart>({
    name: 'budget',
    summary: {
      ko: '사무실별, 실·국별, 전체의 예산액, 예산현액, 집행액, 잔액, 집행률, 경과율, 진도: 가장 뒤처진 곳부터',
      en: '예산액, 예산현액, 집행액, 잔액, 집행률, the year elapsed and pace per office, per group and for all, most behind first',
    },
    needs: BUDGET_NEEDS,
    part: async (office, p) => {
      const r = await officeReport<import('../model/report.js').BudgetStatusReport>('budget status', office, { asOf: p.asOf, year: p.year });
      return r.ok ? { ok: true, value: (await compute()).budgetPart(r.value) } : r;
    },
    yearOf: (part) => part.fiscalYear,
    combine: async (title, parts, leftOut, year) => (await compute()).rollupBudget(title, parts, leftOut, year),
    document: async (value, lang) => (await tables()).rollupBudgetDoc(value, lang),
  }),
  rollupSpec<MonthlyPart>({
    name: 'monthly',
    summary: { ko: '실·국별, 전체의 월말 누적 집행액, 예산현액, 집행률', en: 'cumulative 집행액, 예산현액 and 집행률 at each month end, per group and for all' },
    needs: reportNamed('budget monthly')!.needs,
    part: async (office, p) => {
      const r = await officeReport<import('../model/report.js').BudgetMonthlyReport>('budget monthly', office, { asOf: p.asOf, year: p.year });
      return r.ok ? { ok: true, value: (await compute()).monthlyPart(r.value) } : r;
    },
    yearOf: (part) => part.fiscalYear,
    combine: async (title, parts, leftOut, year) => (await compute()).rollupMonthly(title, parts, leftOut, year),
    document: async (value, lang) => (await tables()).rollupMonthlyDoc(value, lang),
  }),
  rollupSpec<HeadcountPart>({
    name: 'headcount',
    summary: { ko: '사무실별, 실·국별, 전체의 정원, 현원, 과부족 (한쪽만 있는 표는 그대로)', en: '정원, 현원 and 과부족 per office, per group and for all (a table with one figure stays so)' },
    needs: reportNamed('headcount status')!.needs,
    part: async (office, p) => {
      const r = await officeReport<import('../model/report.js').HeadcountStatusReport>('headcount status', office, { asOf: p.asOf });
      return r.ok ? { ok: true, value: (await compute()).headcountPart(r.value) } : r;
    },
    combine: async (title, parts, leftOut) => (await compute()).rollupHeadcount(title, parts, leftOut),
    document: async (value, lang) => (await tables()).rollupHeadcountDoc(value, lang),
  }),
  rollupSpec<ExpensesPart>({
    name: 'expenses',
    summary: { ko: '업무추진비: 사무실별 월별 합계, 비목별, 결제 수단별 합계', en: 'the 업무추진비 totals per office and month, per budget line and per payment method' },
    needs: reportNamed('expenses list')!.needs,
    part: async (office, p) => {
      const filters = { month: p.month, year: p.year };
      const list = await officeReport<import('../model/report.js').ExpenseListReport>('expenses list', office, filters);
      if (!list.ok) return list;
      const summary = await officeReport<import('../model/report.js').ExpenseSummaryReport>('expenses summary', office, filters);
      return summary.ok ? { ok: true, value: (await compute()).expensesPart(list.value, summary.value) } : summary;
    },
    combine: async (title, parts, leftOut) => (await compute()).rollupExpenses(title, parts, leftOut),
    document: async (value, lang) => (await tables()).rollupExpensesDoc(value, lang),
  }),
  rollupSpec<TasksPart>({
    name: 'tasks',
    summary: { ko: '사무실별로 기간 안에 다가오는 계획과 기한이 지난 계획의 수, 지연된 계획', en: 'plan items due within the window and items late, per office, with the late ones' },
    needs: reportNamed('tasks upcoming')!.needs,
    part: async (office, p) => {
      const r = await officeReport<import('../compute/reports.js').UpcomingReport>('tasks upcoming', office, { asOf: p.asOf, within: p.within ?? '30d' });
      return r.ok ? { ok: true, value: (await compute()).tasksPart(r.value) } : r;
    },
    combine: async (title, parts, leftOut) => (await compute()).rollupTasks(title, parts, leftOut),
    document: async (value, lang) => (await tables()).rollupTasksDoc(value, lang),
  }),
  rollupSpec<ValidationPart>({
    name: 'validation',
    summary: { ko: '사무실별 검사 결과: 오류가 있는 곳부터, 규칙별 문제 수', en: "each office's validation: offices with errors first, problems counted per rule" },
    needs: [],
    part: async (office) => ({ ok: true, value: (await compute()).validationPart(office().problems) }),
    combine: async (title, parts, leftOut) => (await compute()).rollupValidation(title, parts, leftOut),
    document: async (value, lang) => (await tables()).rollupValidationDoc(value, lang),
  }),
];

export { ROLLUP_REPORT_NAMES };

// ── running ────────────────────────────────────────────────────────────────────────────────

export interface RollupRunOptions {
  /** Where paths are shown from. */
  readonly cwd: string;
  readonly lang: Lang;
  /** The cache folder; none: nothing is kept. */
  readonly cacheDir?: string | undefined;
  /** What made the cached parts: a part of another version is not used. */
  readonly toolVersion: string;
  /** Worker threads to read offices in (1: none, in this thread). */
  readonly workers?: number | undefined;
}

export interface RollupRun {
  readonly value: unknown;
  readonly doc: Doc;
  readonly leftOut: readonly RollupLeftOut[];
  /** The offices that make --strict fail: those left out, and for `validation` those with errors. */
  readonly failing: number;
  /** How many offices were read, and how many came from the cache unread. */
  readonly offices: number;
  readonly cached: number;
}

/** What one office gave a report: kept in the cache as it is. */
export interface OfficeOutcome {
  readonly id: string;
  readonly validation: ValidationPart;
  /** The report may not run on it: the errors (and warnings) of the records it needs. */
  readonly blocked: boolean;
  /** Where the first error that blocks it is: its file inside the office's folder, line, column
   *  and rule (kept apart from where the run was started, so a cached one reads right anywhere). */
  readonly firstError?: { readonly file: string; readonly line: number; readonly column: number; readonly rule: string };
  readonly result?: { readonly ok: true; readonly part: unknown } | { readonly ok: false; readonly refusal: Refusal };
}

/** Runs a roll-up report over the offices of rollup.yaml. Offices are read in worker threads
 *  when there are many (engine/rollupPool.ts); the result is the same, in rollup.yaml's order. */
export async function runRollup(read: Extract<RollupRead, { ok: true }>, name: RollupReportName, params: RollupParams, options: RollupRunOptions): Promise<RollupRun> {
  const spec = ROLLUP_REPORTS.find((r) => r.name === name)!;
  const jobs = read.file.offices.map((entry): OfficeJob => ({ entry, dir: read.dir, name, params, options }));
  const { inPool } = await import('./rollupPool.js');
  const runJobs = async (js: readonly OfficeJob[]) => (await inPool<OfficeJob, OfficeResult>(js, options.workers ?? 1)) ?? (await oneByOne(js));
  const results = await runJobs(jobs);
  const fiscalYear = spec.yearOf === undefined ? null : await oneYear(spec, params, jobs, results, runJobs);
  const parts: OfficePart<unknown>[] = [];
  const leftOut: RollupLeftOut[] = [];
  let cached = 0;
  read.file.offices.forEach((entry, i) => {
    const got = results[i]!;
    const base = { name: entry.name, group: entry.group };
    if (!got.ok) {
      leftOut.push({ ...base, id: entry.name, errors: 1, warnings: 0, refusal: got.reason });
      return;
    }
    if (got.cached) cached += 1;
    const { outcome } = got;
    const office: RollupOffice = { ...base, id: outcome.id };
    const counts = { errors: outcome.validation.errors, warnings: outcome.validation.warnings };
    if (outcome.blocked) leftOut.push({ ...office, ...counts, ...(outcome.firstError ? { firstError: outcome.firstError } : {}) });
    else if (outcome.result?.ok === false) leftOut.push({ ...office, ...counts, refusal: refusalText(options.lang, outcome.result.refusal) });
    else if (outcome.result?.ok === true) parts.push({ office, part: outcome.result.part });
  });
  const value = await spec.combine(read.file.title ?? null, parts, leftOut, fiscalYear);
  const doc = await spec.document(value as never, options.lang);
  const withErrors = name === 'validation' ? parts.filter((p) => (p.part as ValidationPart).errors > 0).length : 0;
  return { value, doc, leftOut, failing: leftOut.length + withErrors, offices: read.file.offices.length, cached };
}

/** The one fiscal year of a report of a year: --year, else the year of --as-of, else the latest
 *  year the offices' own reports give (each office's own report takes its own latest year). An
 *  office of another year, or that refused its own year, is read again for that year: it gives
 *  the year's figures or is refused (no budget of the year) and left out with that reason.
 *  `results` is updated in place. */
async function oneYear(
  spec: RollupSpec,
  params: RollupParams,
  jobs: readonly OfficeJob[],
  results: OfficeResult[],
  runJobs: (js: readonly OfficeJob[]) => Promise<OfficeResult[]>,
): Promise<number | null> {
  if (params.year !== undefined) return Number(params.year);
  if (params.asOf !== undefined) return Number(params.asOf.slice(0, 4));
  const yearOf = (r: OfficeResult): number | undefined => (r.ok && r.outcome.result?.ok === true ? spec.yearOf!(r.outcome.result.part) : undefined);
  const years = results.map(yearOf).filter((y) => y !== undefined);
  if (years.length === 0) return null;
  const year = Math.max(...years);
  const again = results.flatMap((r, i) => (r.ok && !r.outcome.blocked && yearOf(r) !== year ? [i] : []));
  if (again.length === 0) return year;
  const reread = await runJobs(again.map((i) => ({ ...jobs[i]!, params: { ...params, year: String(year) } })));
  again.forEach((i, k) => (results[i] = reread[k]!));
  return year;
}

/** The offices in this thread, one after the other: only one office's records in memory at once. */
async function oneByOne(jobs: readonly OfficeJob[]): Promise<OfficeResult[]> {
  const results: OfficeResult[] = [];
  for (const job of jobs) results.push(await officeResult(job));
  return results;
}

/** One office of a roll-up, as a worker thread receives it (plain data). */
export interface OfficeJob {
  readonly entry: RollupOfficeEntry;
  /** rollup.yaml's folder. */
  readonly dir: string;
  readonly name: RollupReportName;
  readonly params: RollupParams;
  readonly options: RollupRunOptions;
}

/** What one office gave: its outcome (from the cache or read now), or why it could not be read. */
export type OfficeResult = { readonly ok: true; readonly outcome: OfficeOutcome; readonly cached: boolean } | { readonly ok: false; readonly reason: string };

/** One office read (or found in the cache) and its part computed. */
export async function officeResult(job: OfficeJob): Promise<OfficeResult> {
  const { entry, dir, name, params, options } = job;
  const spec = ROLLUP_REPORTS.find((r) => r.name === name)!;
  const source = officeSource(entry, dir, displayPath(options.cwd), options);
  if (!source.ok) return source;
  const key = source.fingerprint === null ? undefined : cacheKey(options.toolVersion, name, params, source.fingerprint);
  const hit = key === undefined ? undefined : readCache(options.cacheDir, key);
  if (hit !== undefined) return { ok: true, outcome: hit, cached: true };
  const opened = source.open();
  if (!opened.ok) return opened;
  const outcome = await officeOutcome(spec, opened.office, params);
  if (key !== undefined) writeCache(options.cacheDir, key, outcome, options.lang);
  return { ok: true, outcome, cached: false };
}

async function officeOutcome(spec: RollupSpec, office: Office, params: RollupParams): Promise<OfficeOutcome> {
  const validation = (await compute()).validationPart(office.problems);
  const blocking = spec.needs === 'all' || spec.needs.length > 0 ? gate(office, spec.needs).blocking : [];
  const blocked = blocking.length > 0;
  const first = blocking.find((p) => p.severity === 'error');
  if (first !== undefined) {
    const inside = first.span.file.startsWith(`${office.label}/`) ? first.span.file.slice(office.label.length + 1) : first.span.file;
    return { id: office.id, validation, blocked, firstError: { file: inside, line: first.span.line, column: first.span.column, rule: first.rule } };
  }
  const r = await spec.part(() => office, params);
  return { id: office.id, validation, blocked, result: r.ok ? { ok: true, part: r.value } : { ok: false, refusal: r.refusal } };
}

type Opened =
  | { readonly ok: true; readonly open: () => { readonly ok: true; readonly office: Office } | { readonly ok: false; readonly reason: string }; readonly fingerprint: string | null }
  | { readonly ok: false; readonly reason: string };

/** Where an office's records are, and what they are now (null: not known, read them). Nothing of
 *  the records is read here: a folder is listed, a revision's commit read from its ref files. */
function officeSource(entry: RollupOfficeEntry, dir: string, display: (p: string) => string, options: RollupRunOptions): Opened {
  if (entry.folder !== undefined) {
    const dataDir = resolve(dir, entry.folder);
    const fp = folderFingerprint(dataDir);
    return {
      ok: true,
      open: () => ({ ok: true, office: openOffice(folderSource([dataDir], display), { dataDir, emptyIsProblem: display(dataDir) }) }),
      fingerprint: fp === null ? null : `folder\u0000${fp}`,
    };
  }
  const url = isUrl(entry.git!);
  let repo = url ? '' : resolve(dir, entry.git!);
  if (url) {
    if (options.cacheDir === undefined) return { ok: false, reason: CLI_TEXT[options.lang].rollupNeedsCache(entry.git!) };
    const clone = join(options.cacheDir, 'repositories', createHash('sha256').update(entry.git!).digest('hex').slice(0, 16));
    mkdirSync(dirname(clone), { recursive: true });
    const got = cloneOrFetch(entry.git!, clone);
    if (!got.ok) return { ok: false, reason: CLI_TEXT[options.lang].rollupGitFailed(got.reason, got.detail, entry.git!) };
    repo = got.value;
  }
  const rev = entry.revision ?? 'HEAD';
  const data = entry.data ?? 'data';
  const known = existsSync(repo) ? revisionKey(repo, rev, join(repo, data)) : undefined;
  const open = (): { ok: true; office: Office } | { ok: false; reason: string } => {
    const source = gitSource({ cwd: repo, rev, dataDir: join(repo, data), known: known?.known });
    return source.ok ? { ok: true, office: openOffice(source.value) } : { ok: false, reason: CLI_TEXT[options.lang].rollupGitFailed(source.reason, source.detail, entry.git!) };
  };
  if (known !== undefined) return { ok: true, open, fingerprint: `git\u0000${known.key}` };
  // The revision or its folder is not there: opening it says which, now.
  const opened = open();
  return opened.ok ? { ok: true, open: () => opened, fingerprint: null } : opened;
}

const isUrl = (s: string): boolean => /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^[^/\\]+@[^/\\]+:/.test(s);

// ── the cache ──────────────────────────────────────────────────────────────────────────────

function cacheKey(version: string, report: string, params: RollupParams, fingerprint: string): string {
  const p = [params.asOf ?? null, params.year ?? null, params.month ?? null, params.within ?? null];
  // PARTS: the shape of what is kept; a part of an older shape (before the monthly part held its
  // fiscal year) is not read back.
  return createHash('sha256').update(JSON.stringify([version, PARTS, report, p, fingerprint])).digest('hex');
}

const PARTS = 2;

const cacheFile = (dir: string, key: string): string => join(dir, 'offices', key.slice(0, 2), `${key}.json`);

function readCache(dir: string | undefined, key: string): OfficeOutcome | undefined {
  if (dir === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(cacheFile(dir, key), 'utf8')) as OfficeOutcome;
  } catch {
    return undefined; // not there, or unreadable: read the office again
  }
}

/** Keeps an office's outcome; a cache that cannot be written only costs the next run time. */
function writeCache(dir: string | undefined, key: string, outcome: OfficeOutcome, lang: Lang): void {
  if (dir === undefined) return;
  const file = cacheFile(dir, key);
  try {
    mkdirSync(dirname(file), { recursive: true });
    atomicWrite(file, JSON.stringify(outcome), file, lang);
  } catch {
    // a read-only or full disk: the roll-up is still right, only not kept
  }
}

/** The cache folder of a rollup.yaml: beside it, unless given. */
export const defaultCacheDir = (rollupPath: string): string => join(dirname(rollupPath), '.mayor-office-cache');
