// The roll-up: a bureau's or the city's figures from many offices' records. rollup.yaml names the
// offices (a folder, or a git repository read at a revision without a checkout); each office is
// opened on its own, gated like any report run (errors in the records a report needs leave that
// office out of the totals, with its problem count), its own reports of the registry computed, and
// the part a roll-up shows summed per group and for all (compute/rollup.ts). What an office gives
// is kept in a cache keyed by what its records are (a git revision's commit, a folder's file
// sizes and times), so an unchanged office is not read again: looked in first, here, and only the
// offices not found there are read (rollupOffice.ts, in worker threads where they are many).
import { dirname, join, resolve } from 'node:path';
import type { Problem } from '../model/problem.js';
import type { RollupFile, RollupLeftOut, RollupOffice } from '../model/rollup.js';
import type { OfficePart, ValidationPart } from '../compute/rollup.js';
import type { Doc } from '../render/document.js';
import { readFileSafely } from '../load/readSource.js';
import { decodeSource } from '../load/readSource.js';
import { normalisedText } from '../load/loadData.js';
import { parseYaml } from '../load/parseYaml.js';
import { schemaProblems } from '../validate/schemaProblems.js';
import { refusalText } from '../messages/cliText.js';
import { cacheKey, checkedFileKey, folderKey, isUrl, readCache, readCheckedFile, revisionOf, writeCheckedFile } from './rollupCache.js';
import type { RollupReportName } from './rollupNames.js';
import { ROLLUP_REPORT_NAMES } from './rollupNames.js';
import type { Basis, RollupParams } from './rollupReports.js';
import { ROLLUP_REPORTS } from './rollupReports.js';
import type { OfficeJob, OfficeResult, RollupRunOptions } from './rollupOffice.js';

export { checkRollupParams, ROLLUP_REPORTS } from './rollupReports.js';
export type { RollupParams } from './rollupReports.js';
export { defaultCacheDir } from './rollupCache.js';
// The cli names rollup.yaml as messages show paths, without loading what opens an office.
export { displayPath } from '../load/findDataFiles.js';
export type { RollupRunOptions } from './rollupOffice.js';
export { ROLLUP_REPORT_NAMES };

// ── rollup.yaml ────────────────────────────────────────────────────────────────────────────

export type RollupRead = { readonly ok: true; readonly file: RollupFile; readonly dir: string } | { readonly ok: false; readonly files: readonly string[]; readonly problems: readonly Problem[] };

/** rollup.yaml read and checked against its schema, with the same located problems as a record
 *  file (`file:line:col`, what was expected, an example). `shown` is its path as messages show it.
 *  With a cache, bytes that passed before under the same build are not parsed or checked again:
 *  a second run loads neither the YAML reader nor the validators for them. */
export function readRollupFile(path: string, shown: string, cache?: { readonly dir: string | undefined; readonly build: string }): RollupRead {
  const fail = (problems: readonly Problem[]): RollupRead => ({ ok: false, files: [shown], problems });
  const read = readFileSafely(shown, path);
  if (!read.ok) return fail([read.problem]);
  const key = cache === undefined ? undefined : checkedFileKey(cache.build, read.bytes);
  const known = key === undefined ? undefined : readCheckedFile(cache!.dir, key);
  if (known !== undefined) return { ok: true, file: known as RollupFile, dir: dirname(path) };
  const text = decodeSource(shown, read.bytes);
  if (!text.ok) return fail([text.problem]);
  const parsed = parseYaml(shown, normalisedText(text.text));
  if (parsed.broken) return fail(parsed.problems);
  const loaded = { file: shown, record: parsed.value as never, locate: parsed.locate };
  const problems = [...parsed.problems, ...schemaProblems(loaded, 'rollup')];
  if (problems.some((p) => p.severity === 'error')) return fail(problems);
  if (key !== undefined) writeCheckedFile(cache!.dir, key, parsed.value);
  return { ok: true, file: parsed.value as RollupFile, dir: dirname(path) };
}

/** Every records folder on disk the file names (an office's folder; a local repository's data
 *  folder in its working tree), and the file itself: no report may be written there. */
export function rollupFolders(read: Extract<RollupRead, { ok: true }>, file: string): string[] {
  const folders = read.file.offices.flatMap((o) => (o.folder !== undefined ? [resolve(read.dir, o.folder)] : isUrl(o.git!) ? [] : [join(resolve(read.dir, o.git!), o.data ?? 'data')]));
  return [file, ...folders];
}

// ── running ────────────────────────────────────────────────────────────────────────────────

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

/** Runs a roll-up report over the offices of rollup.yaml. Offices are read in worker threads
 *  when there are many (engine/rollupPool.ts); the result is the same, in rollup.yaml's order. */
export async function runRollup(read: Extract<RollupRead, { ok: true }>, name: RollupReportName, params: RollupParams, options: RollupRunOptions): Promise<RollupRun> {
  const spec = ROLLUP_REPORTS.find((r) => r.name === name)!;
  const jobs = read.file.offices.map((entry): OfficeJob => ({ entry, dir: read.dir, name, params, options }));
  const runJobs = async (js: readonly OfficeJob[]): Promise<OfficeResult[]> => {
    // The cache is looked in here first: offices unchanged since the last run cost a listing and
    // one small file each, and no thread is started for them (a thread's start, ~0.1 s, was most
    // of a second run). Only the others are read, in threads where they are many.
    const found = js.map(cachedResult);
    const missed = js.filter((_, i) => found[i] === undefined);
    if (missed.length === 0) return found as OfficeResult[];
    const { inPool } = await import('./rollupPool.js');
    const read = (await inPool<OfficeJob, OfficeResult>(missed, options.workers ?? 1)) ?? (await oneByOne(missed));
    let k = 0;
    return found.map((r) => r ?? read[k++]!);
  };
  const results = await runJobs(jobs);
  const basis = spec.basis === undefined ? null : await oneBasis(spec.basis, params, jobs, results, runJobs);
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
  const value = await spec.combine(read.file.title ?? null, parts, leftOut, basis);
  const doc = await spec.document(value as never, options.lang);
  const withErrors = name === 'validation' ? parts.filter((p) => (p.part as ValidationPart).errors > 0).length : 0;
  return { value, doc, leftOut, failing: leftOut.length + withErrors, offices: read.file.offices.length, cached };
}

/** The one fiscal year (or date) of a report of a year (or of a day): the run's parameters'
 *  (--year, the year of --as-of; --as-of), else the latest the offices' own reports give (each
 *  office's own report takes its own latest). An office of another, or that refused its own, is
 *  read again for that one: it gives its figures of that year (as of that date) or is refused
 *  (no budget of the year) and left out with that reason. `results` is updated in place. */
async function oneBasis(
  basis: Basis<unknown>,
  params: RollupParams,
  jobs: readonly OfficeJob[],
  results: OfficeResult[],
  runJobs: (js: readonly OfficeJob[]) => Promise<OfficeResult[]>,
): Promise<string | null> {
  // Fixed by the parameters: every office was asked with them already.
  const given = basis.given(params);
  if (given !== undefined) return given;
  const of = (r: OfficeResult): string | undefined => (r.ok && r.outcome.result?.ok === true ? basis.of(r.outcome.result.part) : undefined);
  const found = results.map(of).filter((b) => b !== undefined);
  if (found.length === 0) return null;
  // ISO years and dates: the latest is the greatest text.
  const one = found.reduce((a, b) => (b > a ? b : a));
  const again = results.flatMap((r, i) => (r.ok && !r.outcome.blocked && of(r) !== one ? [i] : []));
  if (again.length === 0) return one;
  const reread = await runJobs(again.map((i) => ({ ...jobs[i]!, params: { ...params, [basis.param]: one } })));
  again.forEach((i, k) => (results[i] = reread[k]!));
  return one;
}

/** The offices in this thread, one after the other: only one office's records in memory at once. */
async function oneByOne(jobs: readonly OfficeJob[]): Promise<OfficeResult[]> {
  const { officeResult } = await import('./rollupOffice.js');
  const results: OfficeResult[] = [];
  for (const job of jobs) results.push(await officeResult(job));
  return results;
}

/** An office's outcome from the cache, when what its records are can be told without reading
 *  them or asking a remote: a folder, or a local repository at a revision its ref files name.
 *  Undefined: read it (a job). */
function cachedResult(job: OfficeJob): OfficeResult | undefined {
  const { entry, dir, name, params, options } = job;
  if (options.cacheDir === undefined || (entry.git !== undefined && isUrl(entry.git))) return undefined;
  let fingerprint: string | null = null;
  if (entry.folder !== undefined) fingerprint = folderKey(resolve(dir, entry.folder));
  else {
    const known = revisionOf(resolve(dir, entry.git!), entry);
    if (known !== undefined) fingerprint = `git\u0000${known.key}`;
  }
  const hit = fingerprint === null ? undefined : readCache(options.cacheDir, cacheKey(options.buildId, name, params, fingerprint));
  return hit === undefined ? undefined : { ok: true, outcome: hit, cached: true };
}
