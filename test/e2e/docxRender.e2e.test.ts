// The Word report as a person sees it: where LibreOffice is installed (soffice), the seed's docx
// is converted to PDF and its pages read back with pdf.js; where it is not, the test says so and
// checks nothing more (the XML read-back in docx.e2e.test.ts runs everywhere). Debian:
// apt-get install libreoffice-writer-nogui (fonts-noto-cjk for the Korean glyphs).
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from './cli.js';
import type { PdfPage } from '../browser/pdfPages.js';
import { pdfPages } from '../browser/pdfPages.js';

/** soffice on PATH, if any. */
function soffice(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v soffice || command -v libreoffice'], { encoding: 'utf8' });
  const path = found.stdout.trim().split('\n')[0];
  return found.status === 0 && path ? path : undefined;
}

/** The seed's work report as docx, converted by LibreOffice, page by page. */
async function rendered(office: string, args: readonly string[] = []): Promise<PdfPage[]> {
  const dir = mkdtempSync(join(tmpdir(), `mayor-office-docx-render-${office}-`));
  const docx = join(dir, 'report.docx');
  const r = cli([...args, 'report', '--out', docx]);
  expect([r.code, r.stderr]).toEqual([0, '']);
  // A profile of its own, so a LibreOffice the user has open (or another test) does not take the job.
  const convert = spawnSync(soffice()!, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { encoding: 'utf8', timeout: 240_000 });
  expect(convert.status, convert.stderr).toBe(0);
  const pdf = join(dir, 'report.pdf');
  expect(existsSync(pdf)).toBe(true);
  return pdfPages(pdf);
}

/** A page's lines less its footer (the page number "- N -"). */
const body = (p: PdfPage): string[] => p.lines.map((l) => l.text).filter((t) => !/^- ?\d+ ?-$/.test(t));
/** LibreOffice sets a little space between Hangul and digits: text as written. */
const plain = (s: string): string => s.replace(/\s+/g, '');

const found = soffice();
describe('the docx report as LibreOffice lays it out', () => {
  if (found === undefined) {
    it('LibreOffice is not installed here: the layout is not rendered (the XML is read back in docx.e2e.test.ts)', () => {
      console.log('soffice is not on PATH: the docx pages are not rendered here (apt-get install libreoffice-writer-nogui to render them)');
      expect(found).toBeUndefined();
    });
    return;
  }

  it('keeps 7~9급상당 on one line, fills the contents with the pages the headings are on, and ends on a page of more than one line', async () => {
    const pages = await rendered('seed');
    expect(pages.length).toBeGreaterThan(5);
    for (const p of pages) expect(p.width / p.height).toBeCloseTo(210 / 297, 2);
    // The header of the 인력 table: the whole word on one line of its cell.
    const all = pages.flatMap(body).map(plain);
    expect(all.some((l) => l.includes('7~9급상당'))).toBe(true);
    // The cover has no page number; the contents' lines end in the page their heading starts.
    expect(pages[0]!.lines.some((l) => /^- ?\d+ ?-$/.test(l.text))).toBe(false);
    const contents = body(pages[1]!).filter((l) => /\d$/.test(l) && !/목\s*차/.test(l));
    expect(contents.length).toBeGreaterThanOrEqual(7);
    for (const line of contents) {
      const m = /^(.*?)[.\s…]*(\d+)$/.exec(line)!;
      const heading = plain(m[1]!);
      const page = Number(m[2]);
      expect(body(pages[page - 1]!).map(plain).slice(0, 3), line).toContain(heading);
    }
    // No page holds a lone line: the last part of a work item moves whole.
    for (const [i, p] of pages.entries()) expect(body(p).length, `page ${i + 1}`).toBeGreaterThan(1);
  });

  for (const [office, folder, whole] of [
    ['the second office', 'other-office', ['시간선택제임기제', '일반임기제', '관리운영', '기관운영업무추진비', '5,589(20.7%)']],
    // Budget lines indented under their programs' 소계, and a bold 소계's figure with its rate.
    ['the district', 'district', ['기관운영업무추진비', '부서운영업무추진비', '10(23.2%)', '3(41.8%)']],
  ] as const) {
    it(`${office} too: no lone line on a page, every header word, row name and figure whole on its line`, async () => {
      const pages = await rendered(folder, ['--data', join(import.meta.dirname, '..', 'fixtures', folder)]);
      for (const [i, p] of pages.entries()) expect(body(p).length, `page ${i + 1}`).toBeGreaterThan(1);
      const all = pages.flatMap(body).map(plain);
      for (const word of whole) expect(all.some((l) => l.includes(word)), word).toBe(true);
    });
  }
});
