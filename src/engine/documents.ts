// The documents of what is not a report of the registry: the diff of two revisions.
export { diffDocument } from '../render/tables/diff.js';
// A document as html inside a page of a front end's own (a dashboard), with the report's style.
export { htmlBody } from '../render/formats/html.js';
export { REPORT_STYLE } from '../render/formats/htmlStyle.js';
/** Text made safe inside html, in an element or a quoted attribute. */
export { esc as escapeHtml } from '../render/charts.js';
