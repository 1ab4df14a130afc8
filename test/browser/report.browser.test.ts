// The html report in a real browser: headless Chromium (Debian's package, driven by
// playwright-core) opens it from a file URL with the network off, and the tables and both charts
// must be there and visible, with no request leaving the page. A screenshot and an A4 PDF are
// kept in test-artifacts/.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { cli, root } from '../e2e/cli.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const artifacts = join(root, 'test-artifacts');
const html = join(artifacts, 'report.html');

let browser: Browser;
let page: Page;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  mkdirSync(artifacts, { recursive: true });
  const r = cli(['report', '--format', 'html', '--out', html]);
  expect(r.code).toBe(0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ offline: true, viewport: { width: 1100, height: 1400 } });
  page = await context.newPage();
  page.on('request', (req) => requests.push(req.url()));
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
}, 60000);

afterAll(async () => {
  await browser?.close();
});

describe('html report in Chromium', () => {
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

  it('makes no request but for the page itself', () => {
    expect(requests).toEqual([pathToFileURL(html).href]);
  });

  it('saves a screenshot and an A4 PDF', async () => {
    const png = join(artifacts, 'report.png');
    const pdf = join(artifacts, 'report.pdf');
    await page.screenshot({ path: png, fullPage: true });
    await page.pdf({ path: pdf, format: 'A4', printBackground: true });
    expect(statSync(png).size).toBeGreaterThan(10000);
    expect(statSync(pdf).size).toBeGreaterThan(10000);
  });
});
