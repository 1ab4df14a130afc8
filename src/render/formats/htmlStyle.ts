// The html work report's style sheet, on screen and printed on A4: kept apart from the html
// writer so the document's structure can change without losing how it prints. Korean words are
// never broken mid-word (a table widens a column instead), each printed page carries its number
// in the bottom margin, headings stay with what follows them, a table that does not fit where
// it would start begins on the next page (with its heading) and repeats its header row on every
// page it spans, and the document's markers (□ ○ - ※ ▶ …) hang in front of their text.

/** The fonts a Korean office has, then a safe fallback that every system can resolve. */
export const REPORT_FONTS = '"Malgun Gothic", "맑은 고딕", "NanumGothic", "나눔고딕", "Nanum Gothic", "Noto Sans KR", "Noto Sans CJK KR", "Apple SD Gothic Neo", sans-serif';

export const REPORT_STYLE = `
:root { color-scheme: light; }
html { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
body { font-family: ${REPORT_FONTS}; color: #1a1a1a; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; line-height: 1.6; word-break: keep-all; overflow-wrap: break-word; line-break: strict; }
.cover { text-align: center; margin: 4rem 0; }
.cover h1 { font-size: 2.4rem; letter-spacing: 0.3em; margin-bottom: 2rem; }
.cover .office { font-size: 1.4rem; font-weight: 700; }
.toc { margin: 2rem 0; }
.toc .toc-title { font-size: 1.6rem; font-weight: 700; text-align: center; letter-spacing: 0.5em; }
.toc ol { list-style: none; padding: 0; }
.toc li.toc-1 { font-weight: 700; margin-top: 0.8rem; }
.toc li.toc-2 { padding-left: 2em; }
.toc a { color: inherit; text-decoration: none; }
.toc.paged li { display: flex; align-items: baseline; }
.toc.paged li::after { content: ""; order: 1; flex: 1; border-bottom: 1px dotted #999; margin: 0 0.4em; }
.toc .toc-page { order: 2; min-width: 2em; text-align: right; }
@media print { .toc:not(.paged) a::after { content: target-counter(attr(href url), page); float: right; } }
h2 { border-bottom: 2px solid #1a1a1a; padding-bottom: 0.2rem; }
h3 { margin-top: 2rem; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-variant-numeric: tabular-nums; }
caption { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
th, td { border: 1px solid #666; padding: 0.25rem 0.6rem; }
thead { display: table-header-group; }
thead th { background: #e8edf3; }
td.num { text-align: right; white-space: nowrap; }
tr.total th, tr.total td { font-weight: 700; background: #f5f5f5; }
ul.outline, ol.task-list, ul.functions, ul.functions ul { list-style: none; padding-left: 0; margin: 0.2rem 0; }
ul.outline ul { list-style: none; padding-left: 0.3em; margin: 0; }
ul.functions ul { padding-left: 1.2em; }
ul.outline li, ol.task-list li, ul.functions li, .section-title { padding-left: 1.3em; text-indent: -1.3em; }
ul.outline li > ul, ul.functions li > ul { text-indent: 0; }
.marker { display: inline-block; min-width: 1.3em; text-indent: 0; }
.section-title { font-weight: 700; margin: 1.2rem 0 0.3rem; }
.purpose { border: 1px solid #999; padding: 0.5rem 0.8rem; background: #fafafa; }
figure { margin: 1rem 0; }
figcaption { font-size: 0.9rem; color: #444; }
svg.chart { max-width: 100%; height: auto; }
svg.chart text { font-family: inherit; font-size: 12px; fill: #1a1a1a; }
svg.chart .small { font-size: 11px; }
svg.chart .track { fill: #eef0f3; }
svg.chart .bar { fill: #2f6db5; }
svg.chart .bar.behind { fill: #c2410c; }
svg.chart .elapsed { stroke: #111; stroke-width: 2; stroke-dasharray: 4 3; }
svg.chart .quota { fill: #94a3b8; }
svg.chart .current { fill: #2f6db5; }
svg.chart .axis { stroke: #333; }
/* A narrow screen (a phone): a table wider than it scrolls in its own box, not the whole page. */
@media screen and (max-width: 48rem) { table { display: block; max-width: 100%; overflow-x: auto; } }
@page { size: A4; margin: 18mm 15mm 20mm;
  @bottom-center { content: "- " counter(page) " -"; font-family: ${REPORT_FONTS}; font-size: 9pt; color: #333; }
}
/* The cover carries no page number. */
@page :first { @bottom-center { content: none; } }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 10.5pt; }
  .cover { margin: 70mm 0 0; }
  .toc { break-before: page; }
  section.part, article.task { break-before: page; }
  h1, h2, h3, .section-title, .subtitle, .purpose { break-after: avoid; break-inside: avoid; }
  table, figure, tr { break-inside: avoid; }
  tbody tr:first-child, tbody tr:nth-child(2) { break-before: avoid; }
  th, td { padding: 0.2rem 0.45rem; }
  table { font-size: 9.5pt; }
  p, li { orphans: 2; widows: 2; }
}
`;
