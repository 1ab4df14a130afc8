// The html report in a real browser, as an office prints it: headless Chromium (chromium.ts picks
// it: MAYOR_OFFICE_CHROMIUM, a system Chromium, or the one npm brings) opens it from a file URL
// with the network off and prints it to an A4 PDF, seeing only Noto Sans KR. For the seed report
// and a second office's: the page fetches nothing, no Korean word in a table is broken across
// lines, every printed page has its number, no heading ends a page, and the PDF has the page
// count reviewed for it. The PDF, a screenshot and PNGs of the first printed pages are kept in
// test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { cli, root, seedRoot } from '../e2e/cli.js';
import { launchChromium } from './chromium.js';
import { pdfPages, pdfToPngs, type PdfPage } from './pdfPages.js';

const artifacts = join(root, 'test-artifacts');
const MM = 72 / 25.4; // points in a millimetre
/** The printed text width of A4 less the style sheet's 15 mm side margins, in CSS pixels. */
const A4_TEXT_WIDTH_PX = Math.floor(((210 - 2 * 15) / 25.4) * 96);

let browser: Browser;

beforeAll(async () => {
  mkdirSync(artifacts, { recursive: true });
  const launched = await launchChromium();
  browser = launched.browser;
  console.info(`browser test: Chromium ${browser.version()} (${launched.choice.source}: ${launched.choice.executable})`);
});

afterAll(async () => {
  await browser?.close();
});

/** Korean words of the table headers and cells that the layout put on more than one line. */
async function brokenTableWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('table th, table td')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (const m of node.data.matchAll(/\S+/g)) {
          if (!/[\uAC00-\uD7A3]/.test(m[0])) continue;
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(`${m[0]} (in "${cell.textContent}")`);
        }
      }
    }
    return broken;
  });
}

const squash = (s: string): string => s.replace(/\s+/g, '');

interface Printed {
  readonly page: Page;
  readonly url: string;
  readonly requests: string[];
  readonly pdf: string;
  readonly pages: PdfPage[];
  /** Headings and lines that lead into what follows (no whitespace), from the DOM. */
  readonly headings: string[];
}

/** Writes the report with the CLI, opens it offline, saves a screenshot and the A4 PDF, and
 *  reads the PDF back. */
async function print(name: string, args: string[], cwd: string): Promise<Printed> {
  const html = join(artifacts, `${name}.html`);
  const r = cli([...args, '--format', 'html', '--out', html], cwd);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  const context = await browser.newContext({ offline: true, viewport: { width: 1100, height: 1400 } });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  const url = pathToFileURL(html).href;
  await page.goto(url, { waitUntil: 'load' });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
  const pdf = join(artifacts, `${name}.pdf`);
  await page.pdf({ path: pdf, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await pdfToPngs(pdf, join(artifacts, `${name}-page`), [1, 2, 3, 4, 5]);
  // The words are measured as printed: print media, A4's text width.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: A4_TEXT_WIDTH_PX, height: 1000 });
  const headings = (await page.locator('h1, h2, h3, .section-title, .subtitle').allInnerTexts()).map(squash);
  return { page, url, requests, pdf, pages: await pdfPages(pdf), headings };
}

const offices = [
  { name: 'report', what: 'the seed report', args: ['report'], cwd: seedRoot, pages: 11 },
  { name: 'other-office-report', what: "the second office's report", args: ['report', '--data', 'test/fixtures/other-office'], cwd: root, pages: 8 },
];

for (const office of offices) {
  describe(`${office.what}, printed from Chromium`, () => {
    let p: Printed;
    beforeAll(async () => {
      p = await print(office.name, office.args, office.cwd);
    });

    it('makes no request but for the page itself', () => {
      expect(p.requests).toEqual([p.url]);
    });

    it('breaks no Korean word across lines in any table header or cell', async () => {
      expect(await p.page.locator('table th').count()).toBeGreaterThan(5);
      expect(await brokenTableWords(p.page)).toEqual([]);
    });

    it(`is ${office.pages} A4 pages, each but the cover with its number at the foot`, () => {
      expect(p.pages.map((pg) => [Math.round(pg.width), Math.round(pg.height)])).toEqual(p.pages.map(() => [595, 842]));
      expect(p.pages.length).toBe(office.pages);
      expect(p.pages[0]!.lines.some((l) => /^- \d+ -$/.test(l.text))).toBe(false);
      p.pages.forEach((pg, i) => {
        if (i === 0) return;
        const last = pg.lines[pg.lines.length - 1]!;
        expect(last.text, `page ${i + 1}`).toBe(`- ${i + 1} -`);
        expect(last.top, `page ${i + 1}`).toBeGreaterThan(pg.height - 20 * MM);
      });
    });

    it('ends no page with a heading', () => {
      expect(p.headings.length).toBeGreaterThan(4);
      const endings = p.pages.map((pg, i) => {
        const body = pg.lines.filter((l) => l.text !== `- ${i + 1} -`);
        return squash(body[body.length - 1]?.text ?? '');
      });
      // The words of every heading are found in the PDF, so the comparison below can match.
      const text = squash(p.pages.flatMap((pg) => pg.lines.map((l) => l.text)).join(''));
      for (const h of p.headings) expect(text).toContain(h);
      // The table of contents (its own page after the cover) lists the headings: its last
      // entry is not a heading left alone.
      const toc = p.pages.findIndex((pg) => pg.lines.some((l) => squash(l.text) === '목차'));
      expect(toc).toBe(1);
      const headingEnds = endings.map((e, i) => ({ page: i + 1, line: e, heading: i !== toc && p.headings.find((h) => e.length > 0 && h.endsWith(e)) })).filter((x) => x.heading);
      expect(headingEnds).toEqual([]);
    });

    it('sets every glyph in Noto Sans KR, the one font the test gives the browser', () => {
      const fonts = [...readFileSync(p.pdf, 'latin1').matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)/g)].map((m) => m[1]);
      expect([...new Set(fonts)].sort()).toEqual(['NotoSansKR-Bold', 'NotoSansKR-Regular']);
    });

    it('keeps a screenshot, the PDF and PNGs of its first pages', () => {
      for (const f of [`${office.name}.png`, `${office.name}.pdf`, `${office.name}-page-1.png`, `${office.name}-page-2.png`]) {
        expect(statSync(join(artifacts, f)).size, f).toBeGreaterThan(10000);
      }
    });
  });
}

describe('the seed report in Chromium', () => {
  let page: Page;
  beforeAll(async () => {
    const context = await browser.newContext({ offline: true, viewport: { width: 1100, height: 1400 } });
    page = await context.newPage();
    await page.goto(pathToFileURL(join(artifacts, 'report.html')).href, { waitUntil: 'load' });
  });

  it('shows both tables with their headers', async () => {
    for (const id of ['#table-headcount', '#table-budget']) {
      await expect(page.locator(id).isVisible()).resolves.toBe(true);
      expect(await page.locator(`${id} thead th`).count()).toBeGreaterThan(3);
    }
    const budgetRows = await page.locator('#table-budget tbody tr').allInnerTexts();
    expect(budgetRows[0]).toMatch(/계\s+337,200\s+74,085 \(22\.0%\)\s+263,115/);
  });

  it('shows both charts, with a title and a text alternative', async () => {
    for (const id of ['#chart-budget', '#chart-headcount']) {
      const chart = page.locator(id);
      await expect(chart.isVisible()).resolves.toBe(true);
      const box = await chart.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(80);
      expect(await chart.getAttribute('role')).toBe('img');
      expect((await page.locator(`${id} title`).textContent())!.length).toBeGreaterThan(3);
      expect(await page.locator(`${id} desc`).textContent()).toMatch(/\d/);
    }
    expect(await page.locator('#chart-budget desc').textContent()).toContain('연중 경과율 32.3%');
  });

  it('fits a 375 px phone screen: the page never scrolls sideways, a wide table scrolls in its own box', async () => {
    const context = await browser.newContext({ offline: true, viewport: { width: 375, height: 800 } });
    const phone = await context.newPage();
    await phone.goto(pathToFileURL(join(artifacts, 'report.html')).href, { waitUntil: 'load' });
    const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await phone.screenshot({ path: join(artifacts, 'report-375.png') });
    await context.close();
  });
});

describe('the word-break check itself', () => {
  it('finds a Korean word that a narrow cell breaks', async () => {
    const page = await browser.newPage();
    await page.setContent('<table><tr><td style="width:2em;word-break:break-all">기관운영업무추진비</td><td style="word-break:keep-all">구분</td></tr></table>');
    expect(await brokenTableWords(page)).toEqual(['기관운영업무추진비 (in "기관운영업무추진비")']);
    await page.close();
  });
});

describe('a table longer than a page, printed with the report style sheet', () => {
  it('repeats its header row on each page and never leaves it alone at a page foot', async () => {
    const { REPORT_STYLE } = await import('../../src/render/formats/htmlStyle.js');
    const rows = Array.from({ length: 90 }, (_, i) => `<tr><th scope="row">기관운영업무추진비 ${i + 1}</th><td class="num">${(i + 1) * 1000}</td></tr>`).join('');
    const filler = Array.from({ length: 38 }, (_, i) => `<p>본문 ${i + 1}</p>`).join('');
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><html lang="ko"><head><style>${REPORT_STYLE}</style></head><body>${filler}<h3>긴 표</h3><table><thead><tr><th>구분머리</th><th>금액머리</th></tr></thead><tbody>${rows}</tbody></table></body></html>`);
    const pdf = join(artifacts, 'long-table.pdf');
    await page.pdf({ path: pdf, format: 'A4', preferCSSPageSize: true });
    await page.close();
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    const withTable = pages.filter((pg) => pg.lines.some((l) => l.text.startsWith('기관운영업무추진비')));
    expect(withTable.length).toBeGreaterThanOrEqual(2);
    for (const pg of withTable) {
      const head = pg.lines.findIndex((l) => l.text === '구분머리 금액머리');
      expect(head).toBeGreaterThanOrEqual(0);
      expect(pg.lines[head + 1]?.text).toMatch(/^기관운영업무추진비 \d+/);
    }
    // The heading stays with the table: the line above its first header row.
    const first = withTable[0]!.lines.findIndex((l) => l.text === '구분머리 금액머리');
    expect(withTable[0]!.lines[first - 1]?.text).toBe('긴 표');
    // The header is never the last line before the page number.
    for (const pg of pages) expect(pg.lines[pg.lines.length - 2]?.text).not.toBe('구분머리 금액머리');
  });
});
