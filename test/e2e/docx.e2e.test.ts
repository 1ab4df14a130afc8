// report --format docx: a Word document that opens (a zip with word/document.xml) and holds
// every figure of the seed's two tables, the grouped 인력 header as merged cells, the outline
// as Word-numbered paragraphs, A4 and 맑은 고딕; the same records give the same bytes.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { cli, root } from './cli.js';
import { textTwips } from '../../src/render/formats/docx.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'mayor-office-docx-'));

async function parts(args: string[]): Promise<{ bytes: Buffer; document: string; numbering: string; styles: string; footer: string; text: string }> {
  const out = join(tmp(), 'report.docx');
  const r = cli([...args, '--out', out]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  const bytes = readFileSync(out);
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string): Promise<string> => (await zip.file(name)?.async('string')) ?? '';
  const document = await read('word/document.xml');
  const footers = Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n));
  const footer = (await Promise.all(footers.map(read))).join('');
  const entities: Record<string, string> = { '&apos;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };
  const text = [...document.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]!.replace(/&\w+;/g, (e) => entities[e] ?? e)).join('|');
  return { bytes, document, numbering: await read('word/numbering.xml'), styles: await read('word/styles.xml'), footer, text };
}

describe('report --format docx', () => {
  it('holds every figure of the seed 인력 and 예산 tables', async () => {
    const { text } = await parts(['report', '--format', 'docx']);
    const cells = text.split('|');
    // 인력: 정원 and 현원 of 총계, each track's 소계 and every grade.
    const quota = ['23', '7', '1', '2', '2', '1', '1', '16', '2', '12', '2', '0'];
    const current = ['22', '9', '1', '3', '2', '3', '0', '13', '2', '6', '3', '2'];
    const at = cells.indexOf('정원');
    expect(cells.slice(at, at + 13)).toEqual(['정원', ...quota]);
    expect(cells.slice(at + 13, at + 26)).toEqual(['현원', ...current]);
    // 예산: every amount and rate as the report writes them.
    for (const figure of ['337,200', '74,085 (22.0%)', '263,115', '277,200', '71,882 (25.9%)', '205,318', '60,000', '2,203 (3.7%)', '57,797']) expect(cells).toContain(figure);
  });

  it('groups the 인력 grades under 일반직 and 별정직 with merged header cells repeated on each page', async () => {
    const { document } = await parts(['report', '--format', 'docx']);
    const table = document.slice(document.indexOf('<w:tbl>'), document.indexOf('</w:tbl>'));
    expect(table.match(/<w:tblHeader\/>/g)!.length).toBe(2);
    expect(table).toMatch(/<w:gridSpan w:val="6"\/>[\s\S]*?일반직/);
    expect(table).toMatch(/<w:gridSpan w:val="5"\/>[\s\S]*?별정직/);
    expect(table.match(/<w:vMerge w:val="restart"\/>/g)!.length).toBe(2);
  });

  it('is A4 with 맑은 고딕 as the East-Asian font, the outline in Word numbering, page numbers in the footer', async () => {
    const { document, numbering, styles, footer } = await parts(['report', '--format', 'docx']);
    expect(document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styles).toContain('w:eastAsia="맑은 고딕"');
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:lvlText w:val="□"/>');
    expect(numbering).toMatch(/<w:ind w:left="\d+" w:hanging="400"\/>/);
    expect(document.match(/<w:numPr>/g)!.length).toBeGreaterThan(50);
    expect(footer).toContain('PAGE');
    // The cover, then the table of contents (more than one part).
    expect(document).toContain('목 차');
  });

  it('needs --out, and the same records give the same bytes', async () => {
    expect(cli(['report', '--format', 'docx', '--lang', 'en']).stderr).toBe('mayor-office: the docx format is written to a file only: give a file name with --out report.docx.\n');
    const a = await parts(['report', '--format', 'docx']);
    const b = await parts(['report', '--format', 'docx']);
    expect(a.bytes.equals(b.bytes)).toBe(true);
  });

  it('--out x.docx picks the format; a table command writes one too, with its title and no contents page', async () => {
    const { text } = await parts(['budget', 'status']);
    expect(text.split('|')).toEqual(expect.arrayContaining(["예산 집행현황 (기준 / 단위 : '21. 4. 28. / 천원)", '74,085', '22.0%', '부진 △10.3%p']));
    expect(text).not.toContain('목 차');
  });
});

describe('tables on the page', () => {
  /** Each table's column widths (twips) and the type sizes its runs set (half-points). */
  const tables = (document: string) =>
    [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => ({
      width: [...m[1]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((a, g) => a + Number(g[1]), 0),
      sizes: [...new Set([...m[1]!.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((s) => Number(s[1])))],
      text: [...m[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('|'),
    }));
  // A4 less two margins of 850 twips.
  const TEXT_WIDTH = 11906 - 2 * 850;

  for (const [office, data] of [
    ['the seed', []],
    ['the second office', ['--data', join(root, 'test/fixtures/other-office')]],
    ['the district', ['--data', join(root, 'test/fixtures/district')]],
  ] as const) {
    it(`every table of ${office} fits between the margins, all at one type size: the one the wide 인력 table needs`, async () => {
      const { document } = await parts([...data, 'report', '--format', 'docx']);
      const all = tables(document);
      expect(all.length).toBeGreaterThanOrEqual(2);
      for (const t of all) expect(t.width).toBeLessThanOrEqual(TEXT_WIDTH);
      const headcount = all.find((t) => t.text.includes('현원'))!;
      // 13 or 14 columns of grades need 9pt or 8pt; the district's 10 fit at the body's 10.5pt
      // (no size of their own).
      if (office === 'the district') expect(headcount.sizes).toEqual([]);
      else {
        expect(headcount.sizes.length).toBe(1);
        expect([16, 18]).toContain(headcount.sizes[0]);
      }
      for (const t of all) expect(t.sizes).toEqual(headcount.sizes);
    });

    it(`every header word and figure of ${office}'s 인력 table has room in its column at the table's size (nothing squeezed until a word breaks)`, async () => {
      const { document } = await parts([...data, 'report', '--format', 'docx']);
      const xml = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!).find((t) => t.includes('현원'))!;
      const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1]));
      const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(xml)?.[1] ?? 21);
      // The second header row (under the groups) names one column each (구분 and 총계 are merged
      // down into it: empty cells there).
      const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((r) => [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => [...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
      const under = rows[1]!;
      expect(under.length).toBe(widths.length);
      // Word's cell margins are 108 twips a side.
      for (const [i, header] of under.entries()) for (const word of header.split(/\s+/)) expect(widths[i]!, word).toBeGreaterThanOrEqual(textTwips(word, size) + 216);
      for (const row of rows.slice(2)) for (const [i, cell] of row.entries()) expect(widths[i]!, cell).toBeGreaterThanOrEqual(textTwips(cell, size) + 216);
      expect(under.some((h) => /7~9급상당|시간선택제임기제/.test(h))).toBe(true);
    });

    it(`every figure and row name of ${office}'s 예산 table has room in its column, a member row's indent included`, async () => {
      const { document } = await parts([...data, 'report', '--format', 'docx']);
      const xml = [...document.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]!).find((t) => t.includes('집행액'))!;
      const widths = [...xml.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1]));
      const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(xml)?.[1] ?? 21);
      const rows = [...xml.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].slice(1).map((r) =>
        [...r[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => ({
          text: [...c[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
          indent: Number(/<w:ind w:left="(\d+)"/.exec(c[1]!)?.[1] ?? 0),
        })),
      );
      expect(rows.length).toBeGreaterThan(1);
      // Every column but the last (비고, text that wraps between its words).
      for (const row of rows) for (const [i, cell] of row.slice(0, -1).entries()) expect(widths[i]!, cell.text).toBeGreaterThanOrEqual(textTwips(cell.text, size) + cell.indent + 216);
    });
  }
});

/** The document's paragraphs as Word reads them: style, numbering, alignment and their runs. */
function paragraphs(document: string) {
  return [...document.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => {
    const p = m[1]!;
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p)?.[1] ?? '';
    const runs = [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => {
      const rPr = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(r[1]!)?.[1] ?? '';
      return { text: [...r[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''), bold: /<w:b\/>/.test(rPr), notBold: /<w:b w:val="(false|0)"\/>/.test(rPr) };
    });
    return {
      style: /<w:pStyle w:val="([^"]+)"\/>/.exec(pPr)?.[1],
      numId: /<w:numId w:val="(\d+)"\/>/.exec(pPr)?.[1],
      ilvl: Number(/<w:ilvl w:val="(\d+)"\/>/.exec(pPr)?.[1] ?? 0),
      align: /<w:jc w:val="([^"]+)"\/>/.exec(pPr)?.[1],
      runs,
      text: runs.map((r) => r.text).join(''),
      xml: p,
    };
  });
}

describe('the report as Word reads it back', () => {
  it('numbers each work item\'s list from 1, as the md does: every numbered list is its own instance, restarted at the level its items are on', async () => {
    const { document, numbering } = await parts(['report', '--format', 'docx']);
    // Which numIds are decimal lists, and where each starts again.
    const abstractFormat = new Map([...numbering.matchAll(/<w:abstractNum [^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)].map((m) => [m[1]!, /<w:numFmt w:val="([^"]+)"\/>/.exec(m[2]!)?.[1]]));
    const nums = new Map(
      [...numbering.matchAll(/<w:num w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)].map((m) => [
        m[1]!,
        { abstract: /<w:abstractNumId w:val="(\d+)"\/>/.exec(m[2]!)![1]!, restarts: [...m[2]!.matchAll(/<w:lvlOverride w:ilvl="(\d+)"><w:startOverride w:val="1"\/>/g)].map((o) => Number(o[1])) },
      ]),
    );
    // Word's counting: a counter per list definition and level; an instance restarts the levels it overrides.
    const counters = new Map<string, number>();
    const seen = new Set<string>();
    const labels: string[] = [];
    for (const p of paragraphs(document)) {
      if (p.numId === undefined) continue;
      const num = nums.get(p.numId)!;
      if (abstractFormat.get(num.abstract) !== 'decimal') continue;
      const key = `${num.abstract}/${p.ilvl}`;
      if (!seen.has(p.numId) && num.restarts.includes(p.ilvl)) counters.set(key, 0);
      seen.add(p.numId);
      counters.set(key, (counters.get(key) ?? 0) + 1);
      labels.push(`${counters.get(key)}. ${p.text}`);
    }
    const md = cli(['report']).stdout;
    const mdLabels = md.split('\n').filter((l) => /^\d+\. /.test(l));
    expect(labels.length).toBeGreaterThan(4);
    expect(labels).toEqual(mdLabels.map((l) => l.replace(/\\/g, '')));
  });

  it('sets headings bold (no run undoes the style), the contents page with a page field for each line, and no page number on the cover', async () => {
    const { document, styles, footer } = await parts(['report', '--format', 'docx']);
    const ps = paragraphs(document);
    const headings = ps.filter((p) => p.style === 'Heading1' || p.style === 'Heading2');
    expect(headings.map((p) => p.text)).toEqual(expect.arrayContaining(['Ⅰ. 일반 현황', '1. 주요 기능', '1. 시정 동반자인 시의회와 정책소통 활성화']));
    for (const h of headings) expect([h.text, h.runs.some((r) => r.notBold)]).toEqual([h.text, false]);
    for (const style of ['Heading1', 'Heading2']) expect(styles).toMatch(new RegExp(`<w:style [^>]*w:styleId="${style}"[\\s\\S]*?<w:b/>[\\s\\S]*?</w:style>`));
    // The outline's □ lines are bold, its plain lines are not marked at all.
    expect(ps.filter((p) => p.text === '추진방향').every((p) => p.runs.every((r) => r.bold))).toBe(true);
    expect(ps.flatMap((p) => p.runs).some((r) => r.notBold)).toBe(false);
    // The subtitle over the 예산 table starts at the left like the lines around it.
    const subtitle = ps.find((p) => p.text === '● 과목별 집행현황')!;
    expect(subtitle.align).toBeUndefined();
    // Contents: a right tab with dots and a PAGEREF to a bookmark on each section's heading.
    const toc = ps.slice(ps.findIndex((p) => p.text === '목 차') + 1, ps.findIndex((p) => p.style === 'Heading1')).filter((p) => p.text !== '');
    expect(toc.map((p) => p.text.split('\t')[0])).toEqual(['Ⅰ. 일반 현황', 'Ⅱ. 주요 업무', ...headings.filter((h) => h.style === 'Heading2' && /^\d\. /.test(h.text) && !h.text.includes('현황') && !h.text.includes('기능')).map((h) => h.text)]);
    const bookmarks = new Map([...document.matchAll(/<w:bookmarkStart w:name="([^"]+)" w:id="(\d+)"\/>/g)].map((m) => [m[1]!, m[2]!]));
    expect(new Set(bookmarks.values()).size).toBe(bookmarks.size);
    for (const line of toc) {
      expect(line.xml).toContain('<w:tab w:val="right" w:pos="10206" w:leader="dot"/>');
      const ref = /PAGEREF (\w+)/.exec(line.xml)?.[1];
      expect(bookmarks.has(ref!)).toBe(true);
    }
    expect(document).toContain('<w:titlePg/>');
    expect(document).toMatch(/<w:footerReference w:type="first" r:id="[^"]+"\/>/);
    // One footer has the page number, the cover's is empty.
    expect(footer.match(/PAGE/g)!.length).toBe(1);
  });

  it('sets the title of a table inside a section (추진실적) as a bold line under the section\'s heading, not as a larger heading', async () => {
    const { document } = await parts(['--data', join(root, 'test/fixtures/other-office'), 'report', '--format', 'docx']);
    const ps = paragraphs(document);
    const at = ps.findIndex((p) => p.text === '추진실적');
    expect(ps[at]!.style).toBe('Heading2');
    const title = ps.slice(at + 1).find((p) => p.text !== '')!;
    expect(title.text).toMatch(/^(완료한|지연된|기한이 지난)/);
    expect([title.style, title.runs.every((r) => r.bold), /<w:keepNext\/>/.test(title.xml)]).toEqual([undefined, true, true]);
    // A document of tables (budget status) keeps its table's title as its heading.
    const status = paragraphs((await parts(['budget', 'status', '--format', 'docx'])).document);
    expect(status.find((p) => p.text.startsWith('예산 집행현황'))!.style).toBe('Heading1');
  });

  it('keeps a short □ section on one page: each of its lines keeps with the next but its last, so a work item never ends with a line alone on a page', async () => {
    const { document } = await parts(['report', '--format', 'docx']);
    const ps = paragraphs(document);
    const plans = ps.flatMap((p, i) => (p.text === '향후계획' ? [i] : []));
    expect(plans.length).toBe(5);
    for (const at of plans) {
      // The section runs to the next page break (the next work item) or the end.
      let end = at + 1;
      while (end < ps.length && ps[end]!.numId !== undefined) end++;
      const section = ps.slice(at, end);
      expect(section.length).toBeGreaterThan(1);
      expect(section.slice(0, -1).map((p) => /<w:keepNext\/>/.test(p.xml))).toEqual(section.slice(0, -1).map(() => true));
      expect(/<w:keepNext\/>/.test(section[section.length - 1]!.xml)).toBe(false);
    }
  });
});
