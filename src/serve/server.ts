// `mayor-office serve`: the office's records as a local web page, over the same engine and report
// registry as the cli. Node's own http server and a small table of routes: the pages are made on
// the server from the report's Doc, so no framework or bundle of scripts is needed.
//
// What keeps it safe on a shared machine (docs/serve.md):
// - it listens on 127.0.0.1 only (another address only when asked for, with a warning);
// - every request needs the random token of the printed address (kept in a cookie after the
//   first visit, HttpOnly, SameSite=Strict), and a Host header naming the server (no DNS
//   rebinding); browsers send that cookie to every port of the host, so another local server the
//   browser visits receives it (a limit docs/serve.md states);
// - a write is a POST with the same origin and the token in its body (no cross-site forms), of
//   at most BODY_LIMIT bytes, and goes through the engine's one write path;
// - pages fetch nothing from outside: a strict Content-Security-Policy, style and script inline
//   with a nonce;
// - the only files read are the record files the office lists, and the only files written are
//   those the write path writes.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { FORMAT_NAMES, FORMATS, isFormat } from '../engine/output.js';
import { compareRevisions } from '../engine/diff.js';
import type { Problem } from '../engine/output.js';
import type { Office } from '../engine/office.js';
import { displayPath, gate, openFolder } from '../engine/office.js';
import type { ReportSpec } from '../engine/reports.js';
import { REPORTS } from '../engine/reports.js';
import { runReportOrEmpty } from '../engine/noRecords.js';
import { UsageError } from '../engine/errors.js';
import type { Lang } from '../engine/words.js';
import { CLI_TEXT, noticeText, refusalText } from '../engine/words.js';
import { oneLine } from '../engine/problems.js';
import type { EditOutcome } from '../engine/applyEdit.js';
import { readTextSafely } from '../engine/applyEdit.js';
import { addExpense, lineChoices } from '../engine/expenseAdd.js';
import { importExpenses, importSummaryDoc } from '../engine/expenseImport.js';
import { PLAN_STATUSES, planChoices, setPlanStatus, statusDayDefault } from '../engine/planStatus.js';
import { unifiedDiff } from '../engine/unifiedDiff.js';
import { diffDocument, escapeHtml as esc, htmlBody } from '../engine/documents.js';
import { page, refusalPage } from './layout.js';
import { readBody, sameToken, send, sendFile } from './http.js';
import type { Shown } from './pages.js';
import { ADD_FIELDS, IMPORT_FIELDS, addForm, confirmForm, importForm, downloads, officeName, paramsForm, problemList, shownHtml, sourceHtml, statusForm } from './pages.js';
import { readParams, slugOf } from './params.js';
import { SERVE_TEXT } from './text.js';
import { watchFolder } from './watchFolder.js';

/** The largest request body taken (a form's fields are far smaller). */
export const BODY_LIMIT = 64 * 1024;
/** The largest body of the import form: a disclosure file of 8 MiB, sent as base64. (The command
 *  line takes files up to the import's own limit.) */
export const IMPORT_BODY_LIMIT = 12 * 1024 * 1024;

export interface ServeOptions {
  readonly dataDir: string;
  /** Where file names are shown from. */
  readonly cwd: string;
  readonly lang: Lang;
  /** 0 (the default): a free port. */
  readonly port?: number | undefined;
  readonly host?: string | undefined;
  readonly readOnly?: boolean | undefined;
  /** For tests: a known token. */
  readonly token?: string | undefined;
}

export interface Serving {
  /** The address to open, with the token. */
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<Serving> {
  const host = options.host ?? '127.0.0.1';
  const lang = options.lang;
  const t = SERVE_TEXT[lang];
  const dataDir = resolve(options.dataDir);
  const token = options.token ?? randomBytes(24).toString('base64url');
  const readOnly = options.readOnly === true;
  const display = displayPath(options.cwd);

  // The office as last read; a change of a record file drops it, and the next page reads it again.
  let office: Office | undefined;
  const current = (): Office => (office ??= openFolder(dataDir, options.cwd));
  /** Reports already computed, per office as read (a change of the records forgets them). */
  const shownCache = new WeakMap<Office, Map<string, Shown>>();
  const streams = new Set<ServerResponse>();
  // The records' version: every page carries the one it was made from, and reloads when the event
  // stream names a later one.
  let version = 0;
  const bump = (): void => {
    version++;
    for (const s of streams) s.write(`event: change\ndata: ${version}\n\n`);
  };
  // Files this server has just written, with their text: the watcher's news of them is not news.
  const ownWrites = new Map<string, string>();
  const pending = new Set<string>();
  let settle: NodeJS.Timeout | undefined;
  const changed = (name: string | null): void => {
    // The write path's lock and temporary files are not records.
    if (name !== null && /(^|[\\/])\.mayor-office\./.test(name)) return;
    pending.add(name ?? '');
    clearTimeout(settle);
    settle = setTimeout(() => {
      // Only a path this server wrote is read back, and through the guarded read: any other
      // path is news as it is (a FIFO or a huge file dropped in the folder is never opened here).
      const news = [...pending].filter((f) => {
        const own = ownWrites.get(f);
        return own === undefined || own !== readTextSafely(f);
      });
      pending.clear();
      ownWrites.clear();
      if (news.length === 0) return;
      office = undefined;
      bump();
    }, 60);
  };
  const unwatch = watchFolder(dataDir, changed);

  let port = 0;
  let origin = '';
  const cookie = (): string => `mayor-office-${port}`;
  const hosts = (): Set<string> => new Set([`${host}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]);

  const refuse = (res: ServerResponse, status: number, message: string): void => send(res, status, refusalPage(lang, message));

  /** A whole page of the office, framed. */
  const framed = (res: ServerResponse, path: string, title: string, body: string, status = 200): void => {
    const o = current();
    const errors = o.problems.filter((p) => p.severity === 'error').length;
    const nonce = randomBytes(16).toString('base64');
    send(res, status, page({ lang, title, office: officeName(o), errors, warnings: o.problems.length - errors, readOnly, nonce, path, version }, body), undefined, nonce);
  };

  /** Where a problem's place links to: its line in the file page. */
  const problemLink = (p: Problem): string => {
    const rel = relative(dataDir, resolve(options.cwd, p.span.file));
    return rel.startsWith('..') ? '/problems' : `/file/${rel.split(sep).map(encodeURIComponent).join('/')}#L${p.span.line}`;
  };
  /** The lines of a record file (one the office lists), or undefined. */
  const fileLines = (o: Office, shown: string): string[] | undefined => {
    if (!o.files.includes(shown)) return undefined;
    const read = o.source.read(shown);
    if (!read.ok) return undefined;
    return Buffer.from(read.bytes).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  };
  const around = (o: Office) => (p: Problem): string[] | undefined => {
    const lines = fileLines(o, p.span.file);
    return lines?.slice(Math.max(0, p.span.line - 3), p.span.line + 2);
  };

  /** A report run for a page or a download: gated as the cli gates it. */
  const show = async (spec: ReportSpec, query: URLSearchParams, format: string): Promise<{ shown: Shown; read: ReturnType<typeof readParams> }> => {
    const read = readParams(spec, query, format);
    if (read.errors.size > 0) return { shown: { ok: false, missing: true }, read };
    const o = current();
    // The same report of the same records is computed once (a page and its downloads, a reload).
    const key = JSON.stringify([spec.name, read.params, read.args]);
    const cached = shownCache.get(o)?.get(key);
    if (cached !== undefined) return { shown: cached, read };
    const g = gate(o, spec.needs);
    let shown: Shown;
    if (g.blocking.length > 0) shown = { ok: false, blocked: g.blocking };
    else {
      const ran = await runReportOrEmpty(spec, () => o, read.params, read.args, { lang, color: false });
      shown = ran.ok ? { ok: true, doc: ran.value.doc, notices: ran.value.notices.map((n) => noticeText(lang, n)), otherErrors: g.otherErrors.errors } : { ok: false, refusal: refusalText(lang, ran.refusal) };
    }
    const forOffice = shownCache.get(o) ?? new Map<string, Shown>();
    if (forOffice.size >= 64) forOffice.clear();
    shownCache.set(o, forOffice.set(key, shown));
    return { shown, read };
  };

  const reportPage = async (res: ServerResponse, spec: ReportSpec, url: URL): Promise<void> => {
    const { shown, read } = await show(spec, url.searchParams, 'html');
    const body = [
      `<h1>${esc(spec.label[lang])}</h1>`,
      `<p class="hint">${esc(spec.summary[lang])} (<code>mayor-office ${esc(spec.name)}</code>)</p>`,
      paramsForm(spec, url.searchParams, read, lang),
      shown.ok ? downloads(spec, url.searchParams, lang) : '',
      shownHtml(shown, lang, problemLink),
    ].join('\n');
    framed(res, `/r/${slugOf(spec)}`, spec.label[lang], body);
  };

  const download = async (res: ServerResponse, spec: ReportSpec, url: URL): Promise<void> => {
    const format = url.searchParams.get('format') ?? '';
    const offered = spec.options.find((o) => o.flags.startsWith('--format'))?.choices ?? [];
    if (!isFormat(format) || !offered.includes(format)) return refuse(res, 404, t.notFound);
    const { shown } = await show(spec, url.searchParams, format);
    if (!shown.ok) return reportPage(res, spec, url);
    const out = await FORMATS[format].write(shown.doc, { lang, color: false, bom: format === 'csv' });
    const name = `${slugOf(spec)}.${FORMATS[format].extensions[0]!.slice(1)}`;
    sendFile(res, name, format, out);
  };

  const overview = async (res: ServerResponse): Promise<void> => {
    const o = current();
    const card = async (name: string, query = ''): Promise<string> => {
      const spec = REPORTS.find((r) => r.name === name)!;
      const { shown } = await show(spec, new URLSearchParams(query), 'html');
      const more = `<p class="more"><a href="/r/${slugOf(spec)}${query === '' ? '' : `?${esc(query)}`}">${esc(t.more)}: ${esc(spec.label[lang])}</a></p>`;
      return `<section class="card" id="card-${slugOf(spec)}">${shownHtml(shown, lang, problemLink)}${more}</section>`;
    };
    const issues = [...o.r.report].sort((a, b) => (a.issued < b.issued ? 1 : a.issued > b.issued ? -1 : 0));
    const last = issues[0];
    const lastIssue = `<section class="card" id="card-last-issue"><h2>${esc(t.lastIssue)}</h2>${
      last === undefined ? `<p>${esc(t.noIssue)}</p>` : `<p><a href="/r/report?issue=${esc(last.id)}">${esc(`${last.title} (${last.issued}, ${last.as_of})`)}</a></p>`
    }</section>`;
    const cards = [await card('budget status'), await card('headcount status'), await card('tasks upcoming', 'within=30d'), lastIssue];
    framed(res, '/', t.overview, `<h1>${esc(t.overview)}</h1>\n${cards.join('\n')}`);
  };

  /** `diff` of the working folder against a git revision (default: where the branch left main). */
  const diffPage = async (res: ServerResponse, url: URL, asDownload: boolean): Promise<void> => {
    const base = (url.searchParams.get('base') ?? '').trim();
    const compared = compareRevisions({ cwd: options.cwd, dataDir, base: base === '' ? undefined : base });
    const form = `<form class="params" method="get" action="/diff"><label for="p-base">base<input id="p-base" name="base" value="${esc(base)}" placeholder="main"><span class="hint">${esc(t.diffBase)}</span></label><button type="submit">${esc(t.show)}</button></form>`;
    if (!compared.ok) {
      if (asDownload) return refuse(res, 404, CLI_TEXT[lang].gitFailed(compared.reason, compared.detail));
      return framed(res, '/diff', t.diff, `<h1>${esc(t.diff)}</h1>\n${form}\n<p class="notice bad refusal" role="alert">${esc(CLI_TEXT[lang].gitFailed(compared.reason, compared.detail))}</p>`);
    }
    const { report, base: b, head: h } = compared.value;
    const doc = diffDocument(report, lang);
    if (asDownload) {
      const format = url.searchParams.get('format') ?? '';
      if (!isFormat(format)) return refuse(res, 404, t.notFound);
      const out = await FORMATS[format].write(doc, { lang, color: false, bom: format === 'csv' });
      return sendFile(res, `diff.${FORMATS[format].extensions[0]!.slice(1)}`, format, out);
    }
    const errors = [b, h].flatMap((side) => side.problems.filter((p) => p.severity === 'error'));
    const q = new URLSearchParams(base === '' ? [] : [['base', base]]);
    const links = FORMAT_NAMES.map((f) => {
      q.set('format', f);
      return `<a href="/diff/download?${esc(q.toString())}" download>${esc(f)}</a>`;
    });
    const body = [
      `<h1>${esc(t.diff)}</h1>`,
      form,
      `<p class="downloads"><span>${esc(t.download)}:</span>${links.join('')}</p>`,
      errors.length === 0 ? '' : `<div class="notice bad">${problemList(errors, lang, problemLink, () => undefined)}</div>`,
      `<div class="scroll doc">${htmlBody(doc, lang)}</div>`,
    ].join('\n');
    framed(res, '/diff', t.diff, body);
  };

  const problemsPage = (res: ServerResponse): void => {
    const o = current();
    framed(res, '/problems', t.problems, `<h1>${esc(t.problems)}</h1>\n${problemList(o.problems, lang, problemLink, around(o))}`);
  };

  const filePage = (res: ServerResponse, rel: string): void => {
    const o = current();
    const abs = resolve(dataDir, rel);
    const inside = abs.startsWith(dataDir + sep);
    const shown = display(abs);
    const lines = inside ? fileLines(o, shown) : undefined;
    if (lines === undefined) return refuse(res, 404, t.outsideData);
    const own = o.problems.filter((p) => p.span.file === shown);
    framed(res, '/file', shown, `<h1>${esc(t.sourceOf(shown))}</h1>\n${problemList(own, lang, problemLink, () => undefined)}\n${sourceHtml(lines, 1, -1)}`);
  };

  const addPage = (res: ServerResponse, values: Record<string, string>, errors: Map<string, string[]>, result: string, status = 200): void => {
    const o = current();
    const years = o.r.budget.map((b) => b.fiscal_year);
    const dated = /^(\d{4})/.exec(values['date'] ?? '')?.[1];
    const year = dated !== undefined && years.includes(Number(dated)) ? Number(dated) : Math.max(...years, 0);
    const form = addForm({ values, lines: lineChoices(o.r, year), token, errors, allowOverShown: errors.has('amount') }, lang);
    framed(res, '/expenses/add', t.addExpense, `<h1>${esc(t.addExpense)}</h1>\n${result}\n${form}`, status);
  };

  const addPost = async (res: ServerResponse, form: URLSearchParams): Promise<void> => {
    const values: Record<string, string> = {};
    for (const k of ADD_FIELDS) values[k] = (form.get(k) ?? '').trim();
    const given = {
      date: values['date']!,
      line: values['line']!,
      amount: values['amount']!,
      purpose: values['purpose']!,
      ...Object.fromEntries(['time', 'place', 'attendees', 'payment', 'dept'].filter((k) => values[k] !== '').map((k) => [k, values[k]])),
    };
    const allowOver = form.get('allowOver') === '1';
    await submit(
      values,
      () => addExpense({ dataDir, cwd: options.cwd, lang, allowOver }, given as never),
      (v, errors, result, status) => addPage(res, v, errors, result, status),
      (p) => {
        const field = /\.(\w+)$/.exec(p.path)?.[1];
        return field !== undefined && (ADD_FIELDS as readonly string[]).includes(field) ? field : '';
      },
      (stop, put) => (stop.reason === 'bad-date' ? put('date', CLI_TEXT[lang].badEntryDate(stop.date)) : put('amount', CLI_TEXT[lang].overBudget(stop.over))),
      res,
    );
  };

  const statusPage = (res: ServerResponse, values: Record<string, string>, errors: Map<string, string[]>, result: string, status = 200): void => {
    const o = current();
    // A fresh form offers the records' own latest date as the day of a dated change (never the clock).
    const shown = 'on' in values ? values : { ...values, on: statusDayDefault(o) ?? '' };
    const form = statusForm({ items: planChoices(o), values: shown, token, errors }, lang);
    framed(res, '/tasks/status', t.markStatus, `<h1>${esc(t.markStatus)}</h1>\n${result}\n${form}`, status);
  };

  const statusPost = async (res: ServerResponse, form: URLSearchParams): Promise<void> => {
    const values: Record<string, string> = {};
    for (const k of ['item', 'status', 'doneOn', 'postponedTo', 'on']) values[k] = (form.get(k) ?? '').trim();
    const m = /^(\d+):(\d+):(\d+)$/.exec(values['item']!);
    if (m === null || !(PLAN_STATUSES as readonly string[]).includes(values['status']!)) return statusPage(res, values, new Map([[m === null ? 'item' : 'status', [t.required]]]), '', 422);
    const change = { task: Number(m[1]), section: Number(m[2]), item: Number(m[3]), status: values['status']!, doneOn: values['doneOn'] || undefined, postponedTo: values['postponedTo'] || undefined, on: values['on'] || undefined };
    const FIELDS: Readonly<Record<string, string>> = { done_on: 'doneOn', postponed_to: 'postponedTo', status: 'status', on: 'on' };
    await submit(
      values,
      () => setPlanStatus({ dataDir, cwd: options.cwd, lang }, change),
      (v, errors, result, status) => statusPage(res, v, errors, result, status),
      (p) => FIELDS[/\.(\w+)$/.exec(p.path)?.[1] ?? ''] ?? '',
      (stop, put) => (stop.reason === 'no-date' ? put('on', t.dayRequired) : put('item', t.required)),
      res,
    );
  };

  type Put = (field: string, message: string) => void;
  type ShowForm = (values: Record<string, string>, errors: Map<string, string[]>, result: string, status?: number) => void;
  /** A form's write through the engine, shown on the form's page: the diff, or each error beside
   *  the field it belongs to ('' for none), or why the edit stopped itself. */
  const submit = async <R extends { readonly line: number }, S>(
    values: Record<string, string>,
    run: () => Promise<EditOutcome<R, S>>,
    show: ShowForm,
    fieldOf: (p: Problem) => string,
    stopped: (stop: S, put: Put) => void,
    res: ServerResponse,
  ): Promise<void> => {
    const errors = new Map<string, string[]>();
    const put: Put = (field, message) => void errors.set(field, [...(errors.get(field) ?? []), message]);
    let outcome: EditOutcome<R, S>;
    try {
      outcome = await run();
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      put('', e.message);
      return show(values, errors, '', 409);
    }
    if (outcome.ok) return written(res, outcome, (done) => show({}, errors, done));
    if ('invalid' in outcome) for (const p of outcome.invalid.filter((x) => x.severity === 'error')) put(fieldOf(p), `${p.span.file}:${p.span.line}:${p.span.column} ${oneLine(p, lang)}`);
    else stopped(outcome.stopped, put);
    show(values, errors, `<p class="notice bad" role="alert">${esc(t.refused)}</p>`, 422);
  };

  const importPage = (res: ServerResponse, values: Record<string, string>, result: string, status = 200): void => {
    framed(res, '/expenses/import', t.importTitle, `<h1>${esc(t.importTitle)}</h1>\n${result}\n${importForm(values, token, lang)}`, status);
  };

  /** An uploaded disclosure: first a dry run (what would be added, matched, skipped and why, and
   *  the change), then, confirmed, the import through the write path. */
  const importPost = async (res: ServerResponse, form: URLSearchParams): Promise<void> => {
    const values: Record<string, string> = {};
    for (const k of IMPORT_FIELDS) values[k] = (form.get(k) ?? '').trim();
    const name = values['name']!.replace(/^.*[\\/]/, '') || 'upload';
    const bytes = Buffer.from(values['content']!, 'base64');
    const year = values['year'] === '' ? undefined : Number(values['year']);
    if (bytes.length === 0 || (year !== undefined && !Number.isInteger(year))) return importPage(res, values, `<p class="notice bad" role="alert">${esc(t.required)}</p>`, 422);
    const dryRun = values['confirm'] !== '1';
    const opts = { dept: values['dept'] || undefined, year, line: values['line'] || undefined, skipBad: values['skipBad'] === '1', allowOver: values['allowOver'] === '1' };
    let outcome;
    try {
      outcome = await importExpenses({ dataDir, cwd: options.cwd, lang, dryRun }, [{ file: name, bytes }], opts);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      return importPage(res, values, `<p class="notice bad" role="alert">${esc(e.message)}</p>`, 409);
    }
    const rows = (problems: readonly Problem[]): string => (problems.length === 0 ? '' : problemList(problems, lang, () => '#', () => undefined));
    const summary = (s: Parameters<typeof importSummaryDoc>[0], done: boolean): string => `<div class="scroll doc">${htmlBody(importSummaryDoc(s, lang, done), lang)}</div>`;
    if (!outcome.ok) {
      let why: string;
      if ('invalid' in outcome) why = rows(outcome.invalid.filter((p) => p.severity === 'error')) + summary({ ...outcome.result.summary, written: [] }, false);
      else {
        const stop = outcome.stopped;
        why =
          stop.reason === 'data-errors'
            ? rows(stop.problems)
            : stop.reason === 'bad-rows'
              ? rows(stop.imported.problems) + summary({ ...stop.imported.summary, written: [] }, false)
              : stop.reason === 'over-budget'
                ? `<p>${esc(`${stop.file}:${stop.row}:1 ${CLI_TEXT[lang].overBudget(stop.over)}`)}</p>`
                : stop.reason === 'unknown-line'
                  ? `<p>${esc(refusalText(lang, { reason: 'unknown-line', line: stop.line, known: stop.known }))}</p>`
                  : `<p>${esc(CLI_TEXT[lang].expensesImport.taken(display(stop.path)))}</p>`;
      }
      return importPage(res, values, `<div class="notice bad" role="alert"><p>${esc(t.refused)}</p>${why}</div>`, 422);
    }
    const { summary: s, problems } = outcome.result;
    const diffs = outcome.changed.map((c) => `<pre class="diff">${esc(unifiedDiff(c.file, c.before, c.after))}</pre>`).join('\n');
    const report = `${rows(problems)}${summary({ ...s, written: outcome.changed.map((c) => c.file) }, true)}${diffs}`;
    if (dryRun) {
      const confirm = outcome.changed.length === 0 ? '' : confirmForm({ ...values, confirm: '1' }, token, lang);
      return importPage(res, values, `<div class="notice" role="status" id="preview"><p>${esc(t.importPreview)}</p>${report}${confirm}</div>`);
    }
    office = outcome.after;
    for (const c of outcome.changed) ownWrites.set(c.path, c.after);
    bump();
    importPage(res, {}, `<div class="notice" role="status" id="imported"><p>${esc(t.imported)}</p>${report}</div>`);
  };

  /** After a write: the office as written, the change pushed to open pages, and the diff shown. */
  const written = (
    res: ServerResponse,
    outcome: { readonly after: Office; readonly changed: readonly { readonly file: string; readonly path: string; readonly before: string | undefined; readonly after: string }[]; readonly result: { readonly line: number } },
    show: (done: string) => void,
  ): void => {
    office = outcome.after;
    for (const c of outcome.changed) ownWrites.set(c.path, c.after);
    bump();
    const [file] = outcome.changed;
    const where = `${file!.file}:${outcome.result.line}`;
    const diff = unifiedDiff(file!.file, file!.before, file!.after);
    show(`<div class="notice" role="status" id="added"><p>${esc(t.added(where))}</p><pre class="diff">${esc(diff)}</pre></div>`);
  };

  const events = (req: IncomingMessage, res: ServerResponse): void => {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive', 'X-Content-Type-Options': 'nosniff' });
    res.write(`retry: 1000\ndata: ${version}\n\n`);
    streams.add(res);
    req.on('close', () => streams.delete(res));
  };


  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (!hosts().has(req.headers.host ?? '')) return refuse(res, 421, t.badHost);
    const url = new URL(req.url ?? '/', origin);
    const cookies = new Map((req.headers.cookie ?? '').split(';').map((c) => c.trim().split('=') as [string, string]));
    const fromQuery = url.searchParams.get('token');
    if (req.method === 'GET' && fromQuery !== null && sameToken(fromQuery, token)) {
      // The first visit: the token goes into a cookie and out of the address bar.
      url.searchParams.delete('token');
      res.writeHead(303, { Location: url.pathname + url.search, 'Set-Cookie': `${cookie()}=${token}; HttpOnly; SameSite=Strict; Path=/`, 'Cache-Control': 'no-store' });
      return void res.end();
    }
    if (!sameToken(cookies.get(cookie()), token)) return refuse(res, 403, t.noToken);

    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      // A percent sign not followed by the bytes of a character: the address is wrong, not the server.
      return refuse(res, 400, t.badAddress);
    }
    if (req.method === 'POST') {
      // The page's own origin: the Host it was asked by (one of the server's names, checked above).
      if (req.headers.origin !== `http://${req.headers.host}` || (req.headers['sec-fetch-site'] !== undefined && req.headers['sec-fetch-site'] !== 'same-origin')) return refuse(res, 403, t.crossSite);
      const length = Number(req.headers['content-length'] ?? 0);
      const limit = path === '/expenses/import' ? IMPORT_BODY_LIMIT : BODY_LIMIT;
      if (length > limit) {
        res.setHeader('Connection', 'close');
        return refuse(res, 413, t.tooLarge(limit));
      }
      if (!(req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return refuse(res, 415, t.badForm);
      const text = await readBody(req, limit);
      if (text === undefined) return refuse(res, 413, t.tooLarge(limit));
      const form = new URLSearchParams(text);
      if (!sameToken(form.get('token') ?? undefined, token)) return refuse(res, 403, t.crossSite);
      const post = path === '/expenses/add' ? addPost : path === '/tasks/status' ? statusPost : path === '/expenses/import' ? importPost : undefined;
      if (post === undefined) return refuse(res, 404, t.notFound);
      if (readOnly) return refuse(res, 403, t.readOnly);
      return post(res, form);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, t.notAllowed);
    if (path === '/') return overview(res);
    if (path === '/events') return events(req, res);
    if (path === '/problems') return problemsPage(res);
    if (path.startsWith('/file/')) return filePage(res, path.slice('/file/'.length));
    if (path === '/expenses/add') return readOnly ? refuse(res, 403, t.readOnly) : addPage(res, {}, new Map(), '');
    if (path === '/expenses/import') return readOnly ? refuse(res, 403, t.readOnly) : importPage(res, {}, '');
    if (path === '/tasks/status') return readOnly ? refuse(res, 403, t.readOnly) : statusPage(res, {}, new Map(), '');
    if (path === '/diff' || path === '/diff/download') return diffPage(res, url, path === '/diff/download');
    const m = /^\/r\/([a-z-]+)(\/download)?$/.exec(path);
    const spec = m ? REPORTS.find((r) => slugOf(r) === m[1]) : undefined;
    if (m && spec) return m[2] ? download(res, spec, url) : reportPage(res, spec, url);
    return refuse(res, 404, t.notFound);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (res.headersSent) return void res.end();
      const message = e instanceof Error ? e.message : String(e);
      refuse(res, 500, CLI_TEXT[lang].internal('serve', message));
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, () => done());
  });
  port = (server.address() as AddressInfo).port;
  // The records are read while the address is being opened, not when the first page asks.
  setImmediate(() => {
    try {
      current();
    } catch {
      // Said by the first page that asks.
    }
  });
  const shownHost = host.includes(':') ? `[${host}]` : host;
  origin = `http://${shownHost}:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((done) => {
        unwatch();
        clearTimeout(settle);
        for (const s of streams) s.end();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

