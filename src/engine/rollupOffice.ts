// One office of a roll-up read and its part computed: in a worker thread (rollupWorker.ts) or in
// the run's own thread (rollup.ts), the same either way. Loaded only when an office is not in the
// cache: a second run with nothing changed never loads the records' loading and checks.
import { mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import type { RollupOfficeEntry } from '../model/rollup.js';
import type { Lang } from '../messages/catalog.js';
import { cloneOrFetch } from '../load/gitSource.js';
import { CLI_TEXT } from '../messages/cliText.js';
import type { Office } from './office.js';
import { displayPath, folderSource, gate, gitSource, openOffice } from './office.js';
import type { OfficeOutcome } from './rollupCache.js';
import { cacheKey, folderKey, isUrl, readCache, revisionOf, writeCache } from './rollupCache.js';
import type { RollupReportName } from './rollupNames.js';
import type { RollupParams, RollupSpec } from './rollupReports.js';
import { compute, ROLLUP_REPORTS } from './rollupReports.js';

export interface RollupRunOptions {
  /** Where paths are shown from. */
  readonly cwd: string;
  readonly lang: Lang;
  /** The cache folder; none: nothing is kept. */
  readonly cacheDir?: string | undefined;
  /** The code that made the cached parts (the cli's buildId): a part another build made is not
   *  used, even under the same version number. */
  readonly buildId: string;
  /** Worker threads to read offices in (1: none, in this thread). */
  readonly workers?: number | undefined;
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
  const key = source.fingerprint === null ? undefined : cacheKey(options.buildId, name, params, source.fingerprint);
  const hit = key === undefined ? undefined : readCache(options.cacheDir, key);
  if (hit !== undefined) return { ok: true, outcome: hit, cached: true };
  const opened = source.open();
  if (!opened.ok) return opened;
  const outcome = await officeOutcome(spec, opened.office, params);
  if (key !== undefined) writeCache(options.cacheDir, key, outcome);
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
    return {
      ok: true,
      open: () => ({ ok: true, office: openOffice(folderSource([dataDir], display), { dataDir, emptyIsProblem: display(dataDir) }) }),
      fingerprint: folderKey(dataDir),
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
  const known = revisionOf(repo, entry);
  const open = (): { ok: true; office: Office } | { ok: false; reason: string } => {
    const source = gitSource({ cwd: repo, rev, dataDir: join(repo, entry.data ?? 'data'), known: known?.known });
    return source.ok ? { ok: true, office: openOffice(source.value) } : { ok: false, reason: CLI_TEXT[options.lang].rollupGitFailed(source.reason, source.detail, entry.git!) };
  };
  if (known !== undefined) return { ok: true, open, fingerprint: `git\u0000${known.key}` };
  // The revision or its folder is not there: opening it says which, now.
  const opened = open();
  return opened.ok ? { ok: true, open: () => opened, fingerprint: null } : opened;
}
