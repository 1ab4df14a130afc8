// docx: a Word document (the `docx` package) that 한글 and Word open and people edit: A4, 맑은
// 고딕 for Korean and Latin text, the cover and a table of contents when there is more than one
// part, headings as Word headings, each part and work item on a page of its own, tables with
// their grouped headers (merged cells, header rows repeated on every page), the outline as real
// numbered and bulleted paragraphs (Word numbering, the document's own markers □ ○ - ▶ as
// bullets, hanging indents), the page number in the footer. Charts are left out.
import type { Lang } from '../../messages/catalog.js';
import type { Block, Doc } from '../document.js';
import { TOC_TITLE, docTables, documentDate, tableOfContents } from '../document.js';
import type { TableModel } from '../tableModel.js';
import { headerRows, humanCell } from '../tableModel.js';
import type { OutlineLine } from '../outline.js';
import { stampZip, xmlSafe } from './officeZip.js';
import { displayWidth } from '../displayWidth.js';

type Docx = typeof import('docx');
type Child = import('docx').Paragraph | import('docx').Table;

const FONT = { ascii: 'Malgun Gothic', hAnsi: 'Malgun Gothic', eastAsia: '맑은 고딕', cs: 'Malgun Gothic' };
/** Indent of each outline depth and the hanging width of its marker, in twentieths of a point. */
const STEP = 400;
const HANG = 400;
const NUMBERED = 'numbered';
const DEPTHS = 6;

/** A paragraph whose Korean breaks between words, never inside one (Word's wordWrap off:
 *  "한글 단어 잘림 허용" unchecked). */
const para = (d: Docx, options: import('docx').IParagraphOptions): import('docx').Paragraph => new d.Paragraph({ wordWrap: true, ...options });

/** The width of the text between the margins, in twentieths of a point. */
const TEXT_WIDTH = 11906 - 2 * 850;

/** The indent of a member row's name under its group (a line under its 소계), in twips. */
const MEMBER_INDENT = 200;
/** Twips of a cell's two margins (Word's default is 2 × 108), with a little to spare. */
const CELL_MARGINS = 260;
/** The document's type size and the smaller ones a table too wide for the page may take, in
 *  half-points (10.5pt, 9pt, 8pt). */
const BODY_SIZE = 21;
const TABLE_SIZES: readonly number[] = [BODY_SIZE, 18, 16];
const SMALLEST_SIZE = 16;

/** The width of a text set bold at `size` half-points, in twips (an em is size × 10): a wide
 *  character (Hangul, and the middle dot and tilde, which Korean fonts draw full width) takes an
 *  em, any other 0.7 em: a digit of 맑은 고딕 bold takes less, but a program without 맑은 고딕
 *  sets it in another font (LibreOffice: DejaVu Sans Bold, whose digits are 0.7 em), and a figure
 *  must not break there either. Measured per character, not per terminal column: a terminal
 *  column is half a Hangul syllable but more than half a digit, and an estimate by columns made
 *  a header such as 7~9급상당 look wider than it is, so a wide table was squeezed until that
 *  header broke. */
export function textTwips(text: string, size: number): number {
  let ems = 0;
  for (const ch of text) ems += displayWidth(ch) >= 2 || ch === '·' || ch === '~' ? 1 : ch === ' ' ? 0.3 : 0.7;
  return Math.ceil(ems * size * 10);
}

/** The width a header needs: its longest word, since a header may wrap between its words. */
const headerWords = (header: string): string[] => header.split(/\s+/);

/** Column widths in twips and the type size of a table: every column as wide as what it holds
 *  as shown (a header as its longest word), so figures, row names and words never break; what is
 *  left goes to the text columns, and when the table is too wide the text columns give way
 *  (their words wrap, never a figure). A table without text columns that is too wide for the
 *  page at 10.5pt is set at 9pt or 8pt, the largest that fits; at 8pt the widest columns give way. */
function columnWidths(t: TableModel, lang: Lang, atMost = BODY_SIZE): { widths: number[]; size: number } {
  // What each column holds: its header's words, and each row's cell with the indent a member
  // row's name takes in the first column.
  const texts = t.columns.map((c, i) => [
    ...headerWords(c.grouped ?? c.header).map((s) => ({ s, indent: 0 })),
    ...t.rows.map((r) => ({ s: r.cells[i] ? humanCell(r.cells[i]!, lang) : '', indent: i === 0 && r.level > 0 ? MEMBER_INDENT : 0 })),
  ]);
  const text = t.columns.map((c, i) => (c.align === 'left' && i > 0 ? i : -1)).filter((i) => i >= 0);
  const needAt = (size: number): number[] => texts.map((ts) => Math.max(2 * size * 10, ...ts.map((x) => textTwips(x.s, size) + x.indent)) + CELL_MARGINS);
  const sizes = TABLE_SIZES.filter((z) => z <= atMost);
  const size = text.length > 0 ? atMost : (sizes.find((z) => needAt(z).reduce((a, b) => a + b, 0) <= TEXT_WIDTH) ?? SMALLEST_SIZE);
  const need = needAt(size);
  // The first column names its rows and keeps its width like a figure.
  const fixed = need.reduce((sum, n, i) => (text.includes(i) ? sum : sum + n), 0);
  const flexible = text.reduce((sum, i) => sum + need[i]!, 0);
  const room = TEXT_WIDTH - fixed;
  if (text.length === 0 || room <= 0) {
    // Too wide: the widest columns give way (down to one width for all of them, their words
    // wrapping), the narrow ones keep what they need, so 구분 and 소계 never break.
    const sorted = [...need].sort((a, b) => a - b);
    let cap = sorted[sorted.length - 1]!;
    for (let i = 0, below = 0; i < sorted.length; below += sorted[i]!, i++) {
      const c = (TEXT_WIDTH - below) / (sorted.length - i);
      if (c < sorted[i]!) {
        cap = Math.floor(c);
        break;
      }
    }
    return { widths: need.map((n) => Math.min(n, cap)), size };
  }
  // Text columns share the room in proportion to what they hold, at most what they need
  // plus an even share of what is left over.
  return { widths: need.map((n, i) => (text.includes(i) ? Math.floor((n / flexible) * room) : n)), size };
}

/** Text with **bold** spans as runs. */
function runs(d: Docx, s: string, bold = false, size?: number): import('docx').TextRun[] {
  const parts = xmlSafe(s).split(/\*\*(.+?)\*\*/);
  // Bold only where it is: a run that says bold=false would undo a heading style's bold.
  return parts.flatMap((part, i) => (part === '' && parts.length > 1 ? [] : [new d.TextRun({ text: part, ...(bold || i % 2 === 1 ? { bold: true } : {}), ...(size ? { size } : {}) })]));
}

/** A Word bookmark's name for a section id: letters, digits and _ only (task-1 → toc_task_1). */
const bookmarkOf = (id: string): string => `toc_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

/** A numbered list's reference at a depth of the outline. */
const numberedRef = (depth: number): string => `${NUMBERED}-${depth}`;

/** A bullet's numbering reference: one per marker, its levels the outline's depths. */
const bulletRef = (marker: string): string => `bullet-${[...marker].map((c) => c.codePointAt(0)!.toString(16)).join('-')}`;

/** One type size for every table of a document: the largest at which each of them fits (a
 *  table set smaller than the one beside it reads as a footnote). */
export function tableSize(tables: readonly TableModel[], lang: Lang): number {
  return Math.min(BODY_SIZE, ...tables.map((t) => columnWidths(t, lang).size));
}

function table(d: Docx, t: TableModel, lang: Lang, atMost: number): import('docx').Table {
  const { widths, size: fontSize } = columnWidths(t, lang, atMost);
  const size = fontSize === BODY_SIZE ? undefined : fontSize;
  const border = { style: d.BorderStyle.SINGLE, size: 4, color: '666666' };
  const borders = { top: border, bottom: border, left: border, right: border };
  const head = (text: string, extra: { columnSpan?: number; rowSpan?: number } = {}): import('docx').TableCell =>
    new d.TableCell({
      children: [para(d, { alignment: d.AlignmentType.CENTER, children: runs(d, text, true, size) })],
      shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: 'E8EDF3' },
      verticalAlign: d.VerticalAlign.CENTER,
      borders,
      ...extra,
    });
  const groups = headerRows(t);
  const headRows = groups
    ? [
        new d.TableRow({ tableHeader: true, cantSplit: true, children: groups.first.map((g) => head(g.label, { ...(g.span > 1 ? { columnSpan: g.span } : {}), ...(g.rows > 1 ? { rowSpan: g.rows } : {}) })) }),
        new d.TableRow({ tableHeader: true, cantSplit: true, children: groups.second.map((g) => head(g.label)) }),
      ]
    : [new d.TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c) => head(c.header)) })];
  const body = t.rows.map(
    (r) =>
      new d.TableRow({
        cantSplit: true,
        children: t.columns.map((c, i) => {
          const cell = r.cells[i];
          const value = cell ? humanCell(cell, lang) : '';
          const indent = i === 0 && r.level > 0 ? { left: MEMBER_INDENT } : {};
          return new d.TableCell({
            children: [para(d, { alignment: c.align === 'right' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT, indent, children: runs(d, value, r.role !== 'item', size) })],
            borders,
            verticalAlign: d.VerticalAlign.CENTER,
            ...(r.role === 'item' ? {} : { shading: { type: d.ShadingType.CLEAR, color: 'auto', fill: 'F5F5F5' } }),
          });
        }),
      }),
  );
  return new d.Table({ width: { size: widths.reduce((a, b) => a + b, 0), type: d.WidthType.DXA }, columnWidths: widths, layout: d.TableLayoutType.FIXED, rows: [...headRows, ...body] });
}

interface State {
  /** The markers used as bullets, for the numbering definitions. */
  readonly markers: Set<string>;
  /** The section whose first heading is still to come: it carries the section's bookmark. */
  bookmark: string | undefined;
  /** Bookmarks made so far. */
  bookmarks: number;
  /** The type size of every table (half-points). */
  readonly tableSize: number;
  /** The depths that hold numbered items: one numbering definition each. */
  readonly numberedDepths: Set<number>;
  /** Each numbered list restarts at 1: a new instance of the numbered definition. */
  instance: number;
  /** How many sections the blocks being written are inside. */
  sections: number;
}

/** A □ section of at most this many lines is kept on one page: a page break inside it would
 *  leave a line or two alone (the last page of a report held one line of 향후계획). */
const KEEP_SECTION = 8;

/** The lines that keep with the next one: a □ heading always, and every line of a short □
 *  section but its last. */
export function keptWithNext(lines: readonly OutlineLine[]): boolean[] {
  const keep = lines.map((l) => l.depth === 0);
  for (let start = 0; start < lines.length; ) {
    let end = start + 1;
    while (end < lines.length && lines[end]!.depth !== 0) end++;
    if (end - start <= KEEP_SECTION) for (let i = start; i < end - 1; i++) keep[i] = true;
    start = end;
  }
  return keep;
}

function outline(d: Docx, lines: readonly OutlineLine[], state: State): import('docx').Paragraph[] {
  const keep = keptWithNext(lines);
  return lines.map((l, at) => {
    const numbered = /^\d+\.$/.test(l.marker);
    // The outline numbers its lists itself: a list starts where it writes 1. (its items may have
    // bulleted children between them, which do not end it).
    if (numbered && (l.marker === '1.' || state.instance === 0)) state.instance++;
    const level = Math.min(l.depth, DEPTHS - 1);
    if (!numbered) state.markers.add(l.marker);
    else state.numberedDepths.add(level);
    return para(d, {
      // A numbered list is level 0 of its depth's own definition, indented as that depth: Word
      // restarts an instance at level 0 only, so items on a deeper level went on counting (5., 6.).
      numbering: numbered ? { reference: numberedRef(level), level: 0, instance: state.instance } : { reference: bulletRef(l.marker), level },
      children: runs(d, l.text, l.depth === 0),
      spacing: l.depth === 0 ? { before: 200, after: 80 } : { after: 40 },
      ...(keep[at] ? { keepNext: true } : {}),
    });
  });
}

function blocks(d: Docx, bs: readonly Block[], lang: Lang, state: State, all: readonly Block[]): Child[] {
  return bs.flatMap((b): Child[] => {
    switch (b.type) {
      case 'cover': {
        const cover: Child[] = [
          para(d, { alignment: d.AlignmentType.CENTER, spacing: { before: 3600, after: 600 }, children: runs(d, b.title, true, 48) }),
          para(d, { alignment: d.AlignmentType.CENTER, spacing: { after: 2400 }, children: runs(d, b.issued, false, 28) }),
          para(d, { alignment: d.AlignmentType.CENTER, children: runs(d, b.office, true, 32) }),
        ];
        const toc = tableOfContents(all);
        if (toc.length === 0) return cover;
        return [
          ...cover,
          para(d, { pageBreakBefore: true, alignment: d.AlignmentType.CENTER, spacing: { after: 400 }, children: runs(d, TOC_TITLE[lang], true, 32) }),
          // Each line ends in its page: a PAGEREF field to the bookmark on the section's heading,
          // right-aligned after dots; Word fills it (the document asks to update its fields).
          ...toc.map((e) =>
            para(d, {
              indent: { left: e.level === 1 ? 0 : 600 },
              spacing: { before: e.level === 1 ? 200 : 60 },
              tabStops: [{ type: d.TabStopType.RIGHT, position: TEXT_WIDTH, leader: d.LeaderType.DOT }],
              children: [...runs(d, e.text, e.level === 1), new d.TextRun({ text: '\t' }), new d.PageReference(bookmarkOf(e.id))],
            }),
          ),
        ];
      }
      case 'section': {
        // Each part and work item starts a page, as in print; its first heading is the bookmark
        // the table of contents refers to.
        state.bookmark = b.id;
        state.sections++;
        const inside = blocks(d, b.blocks, lang, state, all);
        state.sections--;
        return [pageBreak(d), ...inside];
      }
      case 'heading': {
        const id = state.bookmark;
        state.bookmark = undefined;
        // The start and end made here, numbered in order: docx's Bookmark numbers every one 1.
        const n = ++state.bookmarks;
        const children = id === undefined ? runs(d, b.text) : [new d.BookmarkStart(bookmarkOf(id), n) as never, ...runs(d, b.text), new d.BookmarkEnd(n) as never];
        return [para(d, { heading: b.level === 2 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2, keepNext: true, children })];
      }
      case 'paragraph':
        return [
          para(d, {
            children: runs(d, b.text),
            // A subtitle introduces the table under it, from the left as the document's other lines.
            ...(b.subtitle ? { keepNext: true } : {}),
            ...(b.boxed ? { border: { top: box(d), bottom: box(d), left: box(d), right: box(d) }, spacing: { before: 120, after: 120 } } : {}),
          }),
        ];
      case 'list':
        state.markers.add('○').add('-');
        return b.items.flatMap((item) => [
          para(d, { numbering: { reference: bulletRef('○'), level: 1 }, keepNext: true, children: runs(d, item.title, true) }),
          ...item.points.map((p) => para(d, { numbering: { reference: bulletRef('-'), level: 2 }, children: runs(d, p) })),
        ]);
      case 'lines':
        return b.lines.map((l) => para(d, { indent: { left: HANG, hanging: HANG }, children: runs(d, l) }));
      case 'table': {
        const t = table(d, b.table, lang, state.tableSize);
        const spacer = para(d, { children: [] });
        if (!b.titled) return [t, spacer];
        return [
          // A table's title heads a document of tables; inside a section (추진실적 of the work
          // report) it stands under the section's heading, so it is a bold line, not a larger heading.
          state.sections > 0
            ? para(d, { keepNext: true, spacing: { before: 160, after: 80 }, children: runs(d, b.table.title, true) })
            : para(d, { heading: d.HeadingLevel.HEADING_1, keepNext: true, children: runs(d, b.table.title) }),
          t,
          ...(b.table.notes ?? []).map((n) => para(d, { children: runs(d, n, false, 18) })),
          spacer,
        ];
      }
      case 'chart':
        return [];
      case 'outline':
        return outline(d, b.lines, state);
    }
  });
}

const box = (d: Docx) => ({ style: d.BorderStyle.SINGLE, size: 6, color: '999999', space: 4 });
const pageBreak = (d: Docx): import('docx').Paragraph => para(d, { children: [new d.PageBreak()] });

/** A level of a list: the marker hangs in front of its text, each depth further in. */
function level(d: Docx, depth: number, format: (typeof import('docx').LevelFormat)[keyof typeof import('docx').LevelFormat], text: string, at = depth) {
  return {
    level: at,
    format,
    text,
    alignment: d.AlignmentType.LEFT,
    style: { paragraph: { indent: { left: depth * STEP + HANG, hanging: HANG } }, run: { font: FONT } },
  };
}

export async function writeDocx(doc: Doc, lang: Lang): Promise<Uint8Array> {
  const d = await import('docx');
  const state: State = { markers: new Set(), numberedDepths: new Set(), instance: 0, sections: 0, bookmark: undefined, bookmarks: 0, tableSize: tableSize(docTables(doc.blocks), lang) };
  const children = blocks(d, doc.blocks, lang, state, doc.blocks);
  // A document that starts with a section would open on an empty page.
  if (children[0] instanceof d.Paragraph && doc.blocks[0]?.type === 'section') children.shift();
  const levels = (f: (depth: number) => ReturnType<typeof level>) => Array.from({ length: DEPTHS }, (_, i) => f(i));
  const cover = doc.blocks[0]?.type === 'cover';
  const document = new d.Document({
    // The table of contents' page numbers are fields: Word offers to fill them on opening.
    ...(tableOfContents(doc.blocks).length > 0 ? { features: { updateFields: true } } : {}),
    creator: 'mayor-office',
    lastModifiedBy: 'mayor-office',
    title: xmlSafe(doc.title),
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY_SIZE }, paragraph: { spacing: { line: 300 } } },
        heading1: { run: { font: FONT, size: 30, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 240, after: 160 }, keepNext: true } },
        heading2: { run: { font: FONT, size: 26, bold: true, color: '1A1A1A' }, paragraph: { spacing: { before: 200, after: 120 }, keepNext: true } },
      },
    },
    numbering: {
      config: [
        ...[...state.numberedDepths].sort().map((depth) => ({ reference: numberedRef(depth), levels: [level(d, depth, d.LevelFormat.DECIMAL, '%1.', 0)] })),
        ...[...state.markers].map((m) => ({ reference: bulletRef(m), levels: levels((i) => level(d, i, d.LevelFormat.BULLET, m)) })),
      ],
    },
    sections: [
      {
        properties: {
          // The cover has no page number: its own (empty) first-page footer.
          ...(cover ? { titlePage: true } : {}),
          page: {
            size: { width: 11906, height: 16838, orientation: d.PageOrientation.PORTRAIT },
            margin: { top: 1020, bottom: 1134, left: 850, right: 850 },
          },
        },
        footers: {
          default: new d.Footer({
            children: [para(d, { alignment: d.AlignmentType.CENTER, children: [new d.TextRun({ children: ['- ', d.PageNumber.CURRENT, ' -'], size: 18 })] })],
          }),
          ...(cover ? { first: new d.Footer({ children: [para(d, { children: [] })] }) } : {}),
        },
        children,
      },
    ],
  });
  const bytes = await d.Packer.toBuffer(document);
  const date = new Date(`${documentDate(doc) ?? '2000-01-01'}T00:00:00Z`);
  // The package stamps its properties with the clock: the report's date instead, so the same
  // records give the same bytes.
  const stamp = date.toISOString().replace(/\.\d+Z$/, 'Z');
  return stampZip(new Uint8Array(bytes), date, (name, text) =>
    name === 'docProps/core.xml' ? text.replace(/(<dcterms:(?:created|modified) [^>]*>)[^<]*/g, `$1${stamp}`) : text,
  );
}
