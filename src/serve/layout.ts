// The frame of every page: the office's name, the navigation to every report of the registry, the
// problem-count badge, and the one small script (run only with the page's nonce) that reloads the
// page when a record file changes and warns, while an amount is typed, that it passes what is
// left of its line. Everything is inline: the page fetches nothing but its own address and the
// event stream.
import { REPORT_STYLE, escapeHtml as esc } from '../engine/documents.js';
import { REPORTS } from '../engine/reports.js';
import type { Lang } from '../engine/words.js';
import { slugOf } from './params.js';
import { SERVE_TEXT } from './text.js';

export interface Frame {
  readonly lang: Lang;
  readonly title: string;
  readonly office: string;
  readonly errors: number;
  readonly warnings: number;
  readonly readOnly: boolean;
  /** The nonce of this response's script (the Content-Security-Policy names it). */
  readonly nonce: string;
  /** The path of the page, to mark its link. */
  readonly path: string;
  /** The version of the records the page was made from (a later one on the event stream reloads it). */
  readonly version: number;
}

const APP_STYLE = `
body { margin: 0 auto; max-width: 80rem; }
.top { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1rem; padding: 0.6rem 0; border-bottom: 2px solid #1a1a1a; }
.top .office { font-weight: 700; font-size: 1.15rem; margin-right: auto; }
nav.main { display: flex; flex-wrap: wrap; gap: 0.2rem 0.4rem; padding: 0.5rem 0; border-bottom: 1px solid #ccc; font-size: 0.95rem; }
nav.main a { padding: 0.15rem 0.5rem; border-radius: 4px; color: #1d4f91; text-decoration: none; white-space: nowrap; }
nav.main a[aria-current="page"] { background: #1d4f91; color: #fff; }
nav.main a:focus-visible, a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible { outline: 3px solid #f59e0b; outline-offset: 1px; }
.badge { display: inline-block; padding: 0.1rem 0.6rem; border-radius: 999px; background: #e5e7eb; color: #1a1a1a; font-size: 0.9rem; text-decoration: none; }
.badge.errors { background: #b91c1c; color: #fff; }
.badge.warnings { background: #fde68a; }
main { padding: 0.5rem 0 3rem; }
form.params, form.edit { display: flex; flex-wrap: wrap; gap: 0.6rem 1rem; align-items: flex-end; margin: 1rem 0; padding: 0.8rem; background: #f3f4f6; border-radius: 6px; }
form.edit { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
form label { display: flex; flex-direction: column; font-size: 0.9rem; gap: 0.2rem; max-width: 28rem; }
form label.wide { grid-column: 1 / -1; max-width: none; }
form label.check { flex-direction: row; align-items: center; gap: 0.4rem; }
input, select, button { font: inherit; padding: 0.3rem 0.4rem; }
button { background: #1d4f91; color: #fff; border: 0; border-radius: 4px; padding: 0.4rem 1rem; cursor: pointer; }
.field-error, .refusal, .warn { color: #b91c1c; font-size: 0.9rem; }
.hint { color: #444; font-size: 0.85rem; }
.notice { padding: 0.5rem 0.8rem; border-left: 4px solid #1d4f91; background: #eff6ff; }
.notice.bad { border-color: #b91c1c; background: #fef2f2; }
.downloads { display: flex; flex-wrap: wrap; gap: 0.3rem 0.8rem; font-size: 0.95rem; }
.scroll { overflow-x: auto; }
ol.problems { padding-left: 0; list-style: none; }
ol.problems li { margin: 0 0 1rem; padding: 0.5rem; border: 1px solid #ddd; border-radius: 4px; }
pre.source, pre.diff { overflow-x: auto; background: #f8f8f8; padding: 0.5rem; font-size: 0.85rem; line-height: 1.4; }
pre.source .at { background: #fde68a; display: inline-block; min-width: 100%; }
.sev-error { color: #b91c1c; font-weight: 700; }
.sev-warning { color: #92400e; font-weight: 700; }
section.card { margin: 1rem 0 2rem; }
#reloaded { display: none; }
a.skip { position: absolute; left: -999px; }
a.skip:focus { left: 0.5rem; top: 0.5rem; background: #fff; padding: 0.3rem 0.6rem; z-index: 1; }
@media (max-width: 40rem) { body { padding: 0 0.5rem; } table { font-size: 0.85rem; } th, td { padding: 0.2rem 0.3rem; } }
`;

// Reloads when the records are of a later version than the page's, unless a form has been typed in (then it says so); warns
// when the amount typed passes what is left of the chosen line.
const SCRIPT = `
(() => {
  const edited = () => document.querySelector('form.edit[data-dirty]') !== null;
  for (const f of document.querySelectorAll('form.edit')) f.addEventListener('input', () => { f.dataset.dirty = '1'; });
  const seen = Number(document.body.dataset.version);
  // A form being sent: its own write must not reload the page away from the answer.
  let sending = false;
  document.addEventListener('submit', () => { sending = true; });
  const events = new EventSource('/events');
  const news = (e) => {
    if (sending || !(Number(e.data) > seen)) return;
    if (!edited()) { events.close(); location.reload(); return; }
    const n = document.getElementById('reloaded');
    if (n) n.style.display = 'block';
  };
  events.addEventListener('open', () => { document.body.dataset.live = '1'; });
  events.addEventListener('change', news);
  events.addEventListener('message', news);
  // The import form sends the chosen file's bytes as base64 in a form field.
  const upload = document.getElementById('import');
  const file = document.getElementById('f-file');
  if (file) file.addEventListener('change', () => { document.getElementById('f-content').value = ''; });
  if (upload && file) upload.addEventListener('submit', (e) => {
    const chosen = file.files && file.files[0];
    if (!chosen || document.getElementById('f-content').value !== '') return;
    e.preventDefault();
    const reader = new FileReader();
    reader.onload = () => {
      document.getElementById('f-name').value = chosen.name;
      document.getElementById('f-content').value = String(reader.result).replace(/^[^,]*,/, '');
      upload.submit();
    };
    reader.readAsDataURL(chosen);
  });
  const amount = document.getElementById('f-amount');
  const line = document.getElementById('f-line');
  const warn = document.getElementById('over-live');
  if (amount && line && warn) {
    const check = () => {
      const opt = line.selectedOptions[0];
      const left = opt && opt.dataset.left !== undefined ? Number(opt.dataset.left) : NaN;
      const digits = amount.value.replace(/[^0-9]/g, '');
      const value = digits === '' ? 0 : Number(digits) * (/^\\s*[-△]/.test(amount.value) ? -1 : 1);
      warn.hidden = !(Number.isFinite(left) && value > left);
    };
    amount.addEventListener('input', check);
    line.addEventListener('change', check);
    check();
  }
})();
`;

/** A whole page around `body`. */
export function page(frame: Frame, body: string): string {
  const t = SERVE_TEXT[frame.lang];
  const link = (href: string, text: string): string => `<a href="${esc(href)}"${frame.path === href ? ' aria-current="page"' : ''}>${esc(text)}</a>`;
  const badgeClass = frame.errors > 0 ? 'badge errors' : frame.warnings > 0 ? 'badge warnings' : 'badge';
  const nav = [
    link('/', t.overview),
    ...REPORTS.map((r) => link(`/r/${slugOf(r)}`, r.label[frame.lang])),
    link('/diff', t.diff),
    ...(frame.readOnly ? [] : [link('/expenses/add', t.addExpense), link('/expenses/import', t.importTitle), link('/tasks/status', t.markStatus)]),
  ];
  return [
    '<!doctype html>',
    `<html lang="${frame.lang}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="icon" href="data:,">',
    `<title>${esc(frame.title)} · ${esc(frame.office)}</title>`,
    `<style nonce="${frame.nonce}">${REPORT_STYLE}${APP_STYLE}</style>`,
    '</head>',
    `<body data-version="${frame.version}">`,
    `<a class="skip" href="#main">${esc(t.skip)}</a><header class="top"><span class="office">${esc(frame.office)}</span><a class="${badgeClass}" id="problem-badge" href="/problems" title="${esc(t.problems)}">${esc(t.problemBadge(frame.errors, frame.warnings))}</a></header>`,
    `<nav class="main" aria-label="${esc(t.reports)}">${nav.join('')}</nav>`,
    `<p class="notice" id="reloaded" role="status">${esc(t.reloaded)}</p>`,
    `<main id="main">`,
    body,
    '</main>',
    `<script nonce="${frame.nonce}">${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** A page that says only why a request was refused (no frame: the request may not see the office). */
export function refusalPage(lang: Lang, message: string): string {
  return `<!doctype html>\n<html lang="${lang}"><head><meta charset="utf-8"><title>mayor-office</title></head><body><p>${esc(message)}</p></body></html>\n`;
}
