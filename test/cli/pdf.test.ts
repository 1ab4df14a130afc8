// --out x.pdf with a browser that fails: fake "browsers" (small scripts) that exit at once, exit
// with an error, answer with what is not a DevTools message, or never answer. Each run ends in
// the one-line chromiumFailed message, exit 2, no stack trace and no file written.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, root, seedData } from '../e2e/cli.js';
import { writePdf } from '../../src/cli/pdf.js';
import { UsageError } from '../../src/cli/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'mayor-office-fake-chromium-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function fake(name: string, script: string): string {
  const path = join(dir, name);
  writeFileSync(path, `#!/bin/sh\n${script}\n`);
  chmodSync(path, 0o755);
  return path;
}

function pdfRun(browser: string): { code: number; stdout: string; stderr: string; written: boolean } {
  const out = join(dir, 'report.pdf');
  const r = cli(['report', '--data', seedData, '--lang', 'en', '--out', out], root, { MAYOR_OFFICE_CHROMIUM: browser });
  return { ...r, written: existsSync(out) };
}

const oneLine = (browser: string, why: RegExp): RegExp =>
  new RegExp(`^mayor-office: Chromium \\(${browser.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\) could not print the PDF: ${why.source}\\. Name another with MAYOR_OFFICE_CHROMIUM, or make --out report\\.html and print it from a browser\\.\\n$`);

describe('--out x.pdf with a browser that fails', () => {
  it('one that exits at once (as /bin/true does): one line, exit 2, nothing written', () => {
    const browser = fake('exits', 'exit 0');
    const r = pdfRun(browser);
    expect(r.stderr).toMatch(oneLine(browser, /exit 0/));
    expect(r.stderr).not.toMatch(/\n\s+at |EPIPE\n/);
    expect([r.code, r.stdout, r.written]).toEqual([2, '', false]);
  });

  it('one that exits 3 after a complaint: its exit and last line in the one line', () => {
    const browser = fake('exits3', 'echo "cannot open display" >&2\nexit 3');
    const r = pdfRun(browser);
    expect(r.stderr).toMatch(oneLine(browser, /exit 3: cannot open display/));
    expect([r.code, r.stdout, r.written]).toEqual([2, '', false]);
  });

  it('one that answers with what is not JSON: stopped, one line', () => {
    const browser = fake('garbage', "printf 'hello\\nworld\\000' >&4\nexec sleep 600");
    const r = pdfRun(browser);
    expect(r.stderr).toMatch(oneLine(browser, /it answered with something that is not a DevTools message \("hello world"\)/));
    expect([r.code, r.stdout, r.written]).toEqual([2, '', false]);
  });

  it('one that never answers: killed at the deadline, refused with the one message, its profile removed', async () => {
    const browser = fake('silent', 'exec sleep 600');
    // The profile is made under os.tmpdir(), which follows TMPDIR: a folder of this test's own, so
    // a profile of another test running beside it (the browser tests print PDFs) is not counted.
    const own = mkdtempSync(join(tmpdir(), 'mayor-office-pdf-test-'));
    const saved = process.env['TMPDIR'];
    process.env['TMPDIR'] = own;
    const profiles = (): string[] => readdirSync(own).filter((f) => f.startsWith('mayor-office-pdf-'));
    const started = Date.now();
    const doc = { title: 't', blocks: [], data: {} };
    const failed = await writePdf(doc, 'en', browser, 300)
      .then(
        () => undefined,
        (e: unknown) => e,
      )
      .finally(() => {
        if (saved === undefined) delete process.env['TMPDIR'];
        else process.env['TMPDIR'] = saved;
      });
    expect(failed).toBeInstanceOf(UsageError);
    expect((failed as Error).message).toBe(
      `Chromium (${browser}) could not print the PDF: it had not finished after 0.3 s and was stopped. Name another with MAYOR_OFFICE_CHROMIUM, or make --out report.html and print it from a browser.`,
    );
    expect(Date.now() - started).toBeLessThan(5000);
    expect(profiles()).toEqual([]);
    rmSync(own, { recursive: true, force: true });
  });
});
