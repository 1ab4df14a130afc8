// The bodies of the pages, each made from what the engine gives: a report's Doc as the html
// format renders it (engine/documents.ts), its parameters as a form, the problems of validate with
// the source lines around them, and the add-expense form over the engine's one write path.
import { htmlBody, escapeHtml as esc } from '../engine/documents.js';
import type { LineChoice } from '../engine/expenseAdd.js';
import { PLAN_STATUSES } from '../engine/planStatus.js';
import type { Gate, Office } from '../engine/office.js';
import type { ReportSpec } from '../engine/reports.js';
import type { Doc, Problem } from '../engine/output.js';
import type { Lang } from '../engine/words.js';
import { choiceWords } from '../engine/params.js';
import { groupThousands } from '../engine/words.js';
import { oneLine } from '../engine/problems.js';
import type { Field, ReadParams } from './params.js';
import { ARG_FIELD, fieldsOf, formatsOf, slugOf } from './params.js';
import { SERVE_TEXT } from './text.js';

/** What running a report gave a page: its document, or why there is none. */
export type Shown =
  | { readonly ok: true; readonly doc: Doc; readonly notices: readonly string[]; readonly otherErrors: number }
  | { readonly ok: false; readonly refusal: string }
  | { readonly ok: false; readonly blocked: Gate['blocking'] }
  | { readonly ok: false; readonly missing: true };

/** A report's result as html: its document, or its refusal, or the problems that stop it. */
export function shownHtml(shown: Shown, lang: Lang, problemLink: (p: Problem) => string): string {
  const t = SERVE_TEXT[lang];
  if (shown.ok) {
    const notes = [...shown.notices, ...(shown.otherErrors > 0 ? [t.otherErrors(shown.otherErrors)] : [])].map((n) => `<p class="notice">${esc(n)}</p>`);
    return [...notes, `<div class="scroll doc">${htmlBody(shown.doc, lang)}</div>`].join('\n');
  }
  if ('refusal' in shown) return `<p class="notice bad refusal" role="alert">${esc(shown.refusal)}</p>`;
  if ('blocked' in shown) return `<div class="notice bad" role="alert"><p>${esc(t.blocked)}</p>${problemList(shown.blocked, lang, problemLink, () => undefined)}</div>`;
  return '';
}

/** The form of a report's parameters, filled with the values asked for. */
export function paramsForm(spec: ReportSpec, query: URLSearchParams, read: ReadParams, lang: Lang): string {
  const t = SERVE_TEXT[lang];
  const fields = fieldsOf(spec).map((f) => fieldHtml(f, query.get(f.key) ?? '', read.errors.get(f.key), lang));
  if (spec.args !== undefined) {
    const name = spec.args.replace(/[<>[\]]/g, '');
    fields.unshift(labelled(ARG_FIELD, name, `<input id="p-${ARG_FIELD}" name="${ARG_FIELD}" value="${esc(query.get(ARG_FIELD) ?? '')}" inputmode="numeric" required>`, read.errors.has(ARG_FIELD) ? t.required : undefined));
  }
  return `<form class="params" method="get" action="/r/${slugOf(spec)}">${fields.join('')}<button type="submit">${esc(t.show)}</button></form>`;
}

function fieldHtml(f: Field, value: string, error: ReadParams['errors'] extends Map<string, infer E> ? E | undefined : never, lang: Lang): string {
  const t = SERVE_TEXT[lang];
  const o = f.spec;
  const id = `p-${f.key}`;
  const desc = o.description[lang];
  let control: string;
  if (o.choices !== undefined) {
    const { shown } = choiceWords(o, lang);
    const options = o.choices.map((c, i) => `<option value="${esc(c)}"${value === c ? ' selected' : ''}>${esc(shown[i] ?? c)}</option>`);
    control = `<select id="${id}" name="${f.key}"><option value="">${esc(t.defaultChoice)}</option>${options.join('')}</select>`;
  } else {
    const type = f.key === 'asOf' ? 'date' : f.key === 'month' ? 'month' : 'text';
    control = `<input id="${id}" name="${f.key}" type="${type}" value="${esc(value)}"${type === 'text' ? ` placeholder="${esc(typeof o.default === 'string' ? o.default : '')}"` : ''}${o.required === true ? ' required' : ''}>`;
  }
  const message = error === undefined ? undefined : error === 'missing' ? t.required : t.badChoice(error.badChoice, error.choices);
  return labelled(f.key, `${o.flags.split(' ')[0]!.slice(2)}`, control, message, desc);
}

function labelled(key: string, label: string, control: string, error: string | undefined, hint?: string): string {
  const err = error === undefined ? '' : `<span class="field-error" id="err-${key}" role="alert">${esc(error)}</span>`;
  return `<label for="p-${key}">${esc(label)}${control}${hint === undefined ? '' : `<span class="hint">${esc(hint)}</span>`}${err}</label>`;
}

/** The download links of a report with the parameters asked for, one per format it offers. */
export function downloads(spec: ReportSpec, query: URLSearchParams, lang: Lang): string {
  const q = new URLSearchParams([...query].filter(([k]) => k !== 'format'));
  const links = formatsOf(spec).map((f) => {
    q.set('format', f);
    return `<a href="/r/${slugOf(spec)}/download?${esc(q.toString())}" download>${esc(f)}</a>`;
  });
  return `<p class="downloads"><span>${esc(SERVE_TEXT[lang].download)}:</span>${links.join('')}</p>`;
}

/** Problems as a list: place (a link to the line in its file), severity, rule, the message, and
 *  the source lines around the place. */
export function problemList(problems: readonly Problem[], lang: Lang, link: (p: Problem) => string, around: (p: Problem) => readonly string[] | undefined): string {
  if (problems.length === 0) return `<p>${esc(SERVE_TEXT[lang].noProblems)}</p>`;
  const items = problems.map((p) => {
    const place = `${p.span.file}:${p.span.line}:${p.span.column}`;
    const lines = around(p);
    const source = lines === undefined ? '' : sourceHtml(lines, Math.max(1, p.span.line - 2), p.span.line);
    return `<li class="problem"><a class="place" href="${esc(link(p))}">${esc(place)}</a> <span class="sev-${p.severity}">${p.severity}</span> <code>${esc(p.rule)}</code><p class="message">${esc(oneLine(p, lang))}</p>${source}</li>`;
  });
  return `<ol class="problems">${items.join('\n')}</ol>`;
}

/** Lines of a file, numbered from `first`, the line `at` marked. */
export function sourceHtml(lines: readonly string[], first: number, at: number): string {
  const width = String(first + lines.length - 1).length;
  const body = lines.map((l, i) => {
    const n = first + i;
    const text = `${String(n).padStart(width)} | ${esc(l)}`;
    return `<span id="L${n}"${n === at ? ' class="at"' : ''}>${text}</span>`;
  });
  return `<pre class="source">${body.join('\n')}</pre>`;
}

export interface AddForm {
  readonly values: Readonly<Record<string, string>>;
  readonly lines: readonly LineChoice[];
  readonly token: string;
  /** Field → message; '' for what belongs to no field. */
  readonly errors: ReadonlyMap<string, readonly string[]>;
  readonly allowOverShown: boolean;
}

export const ADD_FIELDS = ['date', 'time', 'line', 'amount', 'payment', 'place', 'purpose', 'attendees', 'dept'] as const;

/** The add-expense form: every field of an entry, the budget's lines with what is left of each,
 *  errors beside their fields. */
export function addForm(f: AddForm, lang: Lang): string {
  const t = SERVE_TEXT[lang];
  const err = (key: string): string => (f.errors.get(key) ?? []).map((m) => `<span class="field-error" role="alert">${esc(m)}</span>`).join('');
  const v = (key: string): string => esc(f.values[key] ?? '');
  const input = (key: (typeof ADD_FIELDS)[number], attrs: string): string =>
    `<label for="f-${key}">${esc(t.fields[key])}<input id="f-${key}" name="${key}" value="${v(key)}" ${attrs}>${err(key)}</label>`;
  const lineOptions = f.lines.map((l) => {
    const left = l.left === null ? '' : ` data-left="${l.left}"`;
    const note = l.left === null ? '' : ` — ${t.remaining(groupThousands(l.left))}`;
    return `<option value="${esc(l.code)}"${left}${f.values['line'] === l.code ? ' selected' : ''}>${esc(`${l.code} ${l.name}${note}`)}</option>`;
  });
  const top = err('');
  return [
    top === '' ? '' : `<div class="notice bad">${top}</div>`,
    `<form class="edit" method="post" action="/expenses/add">`,
    `<input type="hidden" name="token" value="${esc(f.token)}">`,
    input('date', 'type="date" required'),
    input('time', 'type="time"'),
    `<label for="f-line">${esc(t.fields.line)}<select id="f-line" name="line" required>${lineOptions.join('')}</select>${err('line')}</label>`,
    `<label for="f-amount">${esc(t.fields.amount)}<input id="f-amount" name="amount" value="${v('amount')}" inputmode="numeric" required><span class="warn" id="over-live" hidden>${esc(t.overWarning)}</span>${err('amount')}</label>`,
    input('payment', 'list="payments"'),
    `<datalist id="payments"><option value="카드"><option value="법인카드"><option value="제로페이"><option value="계좌이체"><option value="현금"></datalist>`,
    input('place', ''),
    input('purpose', 'required'),
    input('attendees', ''),
    input('dept', ''),
    f.allowOverShown ? `<label class="check"><input type="checkbox" name="allowOver" value="1">${esc(t.allowOver)}</label>` : '',
    `<div><button type="submit">${esc(t.submitAdd)}</button></div>`,
    '</form>',
  ].join('\n');
}

/** The office's name as the page header shows it. */
export const officeName = (office: Office): string => office.r.office[0]?.name ?? office.label;

export interface StatusForm {
  readonly items: readonly { readonly value: string; readonly label: string; readonly status: string }[];
  readonly values: Readonly<Record<string, string>>;
  readonly token: string;
  readonly errors: ReadonlyMap<string, readonly string[]>;
}

/** The form that marks a plan item's status: the item (every 향후계획 of every work item, with
 *  its status now), the new status, and the date or new period it needs. */
export function statusForm(f: StatusForm, lang: Lang): string {
  const t = SERVE_TEXT[lang];
  const err = (key: string): string => (f.errors.get(key) ?? []).map((m) => `<span class="field-error" role="alert">${esc(m)}</span>`).join('');
  const items = f.items.map((i) => `<option value="${esc(i.value)}"${f.values['item'] === i.value ? ' selected' : ''}>${esc(`${i.label} (${i.status === '' ? PLAN_STATUSES[0] : i.status})`)}</option>`);
  const statuses = PLAN_STATUSES.map((s) => `<option value="${s}"${f.values['status'] === s ? ' selected' : ''}>${s}</option>`);
  const top = err('');
  return [
    top === '' ? '' : `<div class="notice bad">${top}</div>`,
    `<form class="edit" method="post" action="/tasks/status">`,
    `<input type="hidden" name="token" value="${esc(f.token)}">`,
    `<label for="f-item" class="wide">${esc(t.planItem)}<select id="f-item" name="item" required>${items.join('')}</select>${err('item')}</label>`,
    `<label for="f-status">${esc(t.planStatus)}<select id="f-status" name="status" required>${statuses.join('')}</select>${err('status')}</label>`,
    `<label for="f-doneOn">${esc(t.doneOn)}<input id="f-doneOn" name="doneOn" type="date" value="${esc(f.values['doneOn'] ?? '')}">${err('doneOn')}</label>`,
    `<label for="f-on">${esc(t.changedOn)}<input id="f-on" name="on" type="date" value="${esc(f.values['on'] ?? '')}">${err('on')}</label>`,
    `<label for="f-postponedTo">${esc(t.postponedTo)}<input id="f-postponedTo" name="postponedTo" value="${esc(f.values['postponedTo'] ?? '')}" placeholder="'22. 9월 중">${err('postponedTo')}</label>`,
    `<div><button type="submit">${esc(t.submitAdd)}</button></div>`,
    '</form>',
  ].join('\n');
}

/** The fields of the import form; `name` and `content` (base64) are filled by the page's script
 *  from the file chosen, `confirm` by the preview's button. */
export const IMPORT_FIELDS = ['name', 'content', 'dept', 'year', 'line', 'skipBad', 'allowOver', 'confirm'] as const;

/** The upload form of a disclosure file (csv, xlsx, the open API's JSON), with the options of
 *  `expenses import`. */
export function importForm(values: Readonly<Record<string, string>>, token: string, lang: Lang): string {
  const t = SERVE_TEXT[lang];
  const v = (k: string): string => esc(values[k] ?? '');
  const check = (k: string, label: string): string => `<label class="check"><input type="checkbox" name="${k}" value="1"${values[k] === '1' ? ' checked' : ''}>${esc(label)}</label>`;
  return [
    `<form class="edit" id="import" method="post" action="/expenses/import">`,
    `<input type="hidden" name="token" value="${esc(token)}">`,
    `<input type="hidden" name="name" id="f-name" value="${v('name')}">`,
    `<input type="hidden" name="content" id="f-content" value="${v('content')}">`,
    `<label for="f-file" class="wide">${esc(t.importFile)}<input id="f-file" type="file" accept=".csv,.xlsx,.json,text/csv,application/json"></label>`,
    `<label for="f-dept">${esc(t.fields.dept)}<input id="f-dept" name="dept" value="${v('dept')}"></label>`,
    `<label for="f-year">${esc(t.importYear)}<input id="f-year" name="year" inputmode="numeric" value="${v('year')}"></label>`,
    `<label for="f-line">${esc(t.importLine)}<input id="f-line" name="line" value="${v('line')}"></label>`,
    check('skipBad', t.skipBad),
    check('allowOver', t.allowOver),
    `<div><button type="submit">${esc(t.importSubmit)}</button></div>`,
    '</form>',
  ].join('\n');
}

/** The preview's button: the same upload again, confirmed. */
export function confirmForm(values: Readonly<Record<string, string>>, token: string, lang: Lang): string {
  const hidden = [['token', token], ...IMPORT_FIELDS.map((k) => [k, values[k] ?? ''])].map(([k, v]) => `<input type="hidden" name="${k}" value="${esc(v!)}">`);
  return `<form method="post" action="/expenses/import" id="confirm">${hidden.join('')}<button type="submit">${esc(SERVE_TEXT[lang].importConfirm)}</button></form>`;
}
