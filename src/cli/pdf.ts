// --out report.pdf: the html of a document printed to an A4 PDF by a Chromium the user has,
// named by MAYOR_OFFICE_CHROMIUM or found on PATH, driven over its DevTools pipe (no library,
// nothing downloaded). The page numbers of the contents are the pages the sections really start
// on: the page is printed once, the PDF's named destinations (one per section id, which
// Chromium writes for the contents' links) say on which page each section starts, and the page is
// printed again with those numbers in its contents. A missing or failing Chromium is one line
// saying how to give one, exit 2.
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Doc } from '../engine/output.js';
import type { Lang } from '../engine/words.js';
import { CLI_TEXT } from '../engine/words.js';
import { UsageError } from './errors.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];

/** MAYOR_OFFICE_CHROMIUM, else the first Chromium-like browser on PATH. */
export function findChromium(env: NodeJS.ProcessEnv, lang: Lang): string {
  const given = env['MAYOR_OFFICE_CHROMIUM'];
  const runnable = (path: string): boolean => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  if (given) {
    if (!runnable(given)) throw new UsageError(CLI_TEXT[lang].chromiumNotRunnable(given));
    return given;
  }
  for (const dir of (env['PATH'] ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) if (runnable(join(dir, name))) return join(dir, name);
  }
  throw new UsageError(CLI_TEXT[lang].noChromium(NAMES));
}

/** The document as an A4 PDF, its contents with page numbers. */
export async function writePdf(doc: Doc, lang: Lang, chromium: string): Promise<Uint8Array> {
  const { writeHtml } = await import('../engine/printHtml.js');
  const browser = await Browser.launch(chromium, lang);
  try {
    const first = await browser.print(writeHtml(doc, lang, {}));
    const pages = sectionPages(first);
    // Nothing to number (no contents): the first print is the PDF.
    if (Object.keys(pages).length === 0) return first;
    return await browser.print(writeHtml(doc, lang, pages));
  } finally {
    await browser.close();
  }
}

/** The page (from 1) each named destination of a Chromium PDF is on: its /Dests dictionary
 *  names the page objects, the page tree gives their order. */
export function sectionPages(pdf: Uint8Array): Record<string, number> {
  const text = Buffer.from(pdf).toString('latin1');
  const object = (n: string): string => {
    const m = new RegExp(`(?:^|\\n)${n} 0 obj\\s*([\\s\\S]*?)endobj`).exec(text);
    return m?.[1] ?? '';
  };
  const order: string[] = [];
  const walk = (n: string): void => {
    const body = object(n);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(body);
    if (/\/Type\s*\/Pages\b/.test(body) && kids) for (const k of kids[1]!.matchAll(/(\d+) 0 R/g)) walk(k[1]!);
    else order.push(n);
  };
  const root = /\/Type\s*\/Catalog[\s\S]*?\/Pages (\d+) 0 R/.exec(text)?.[1];
  if (root) walk(root);
  const dests = /\/Dests (\d+) 0 R/.exec(text)?.[1];
  const pages: Record<string, number> = {};
  if (!dests) return pages;
  for (const m of object(dests).matchAll(/\/([^\s[/]+)\s*\[(\d+) 0 R/g)) {
    const at = order.indexOf(m[2]!);
    if (at >= 0) pages[m[1]!.replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))] = at + 1;
  }
  return pages;
}

/** A headless Chromium spoken to over --remote-debugging-pipe: JSON messages ending in NUL,
 *  sent on its fd 3 and read from its fd 4. */
class Browser {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private buffer = '';

  private constructor(
    private readonly child: import('node:child_process').ChildProcess,
    private readonly profile: string,
    private readonly lang: Lang,
    private readonly path: string,
  ) {}

  static async launch(path: string, lang: Lang): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'mayor-office-pdf-'));
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--remote-debugging-pipe',
      `--user-data-dir=${profile}`,
      // Chromium will not start its sandbox as root (a container, a CI job).
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      'about:blank',
    ];
    const child = spawn(path, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    const browser = new Browser(child, profile, lang, path);
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    const failed = (why: string): void => {
      for (const w of browser.waiting.values()) w.reject(new UsageError(CLI_TEXT[lang].chromiumFailed(path, why)));
      browser.waiting.clear();
    };
    child.on('error', (e) => failed(e.message));
    child.on('exit', (code) => failed(`exit ${code}${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`));
    const output = child.stdio[4] as NodeJS.ReadableStream;
    output.on('data', (d: Buffer) => browser.receive(d.toString('utf8')));
    return browser;
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
      const message = JSON.parse(this.buffer.slice(0, end)) as { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      this.buffer = this.buffer.slice(end + 1);
      const w = message.id === undefined ? undefined : this.waiting.get(message.id);
      if (!w) continue;
      this.waiting.delete(message.id!);
      if (message.error) w.reject(new UsageError(CLI_TEXT[this.lang].chromiumFailed(this.path, message.error.message)));
      else w.resolve(message.result ?? {});
    }
  }

  private send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    const id = this.next++;
    const input = this.child.stdio[3] as NodeJS.WritableStream;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** A page with this html, printed as the print style sheet sets it (A4, its margins). */
  async print(html: string): Promise<Uint8Array> {
    const { targetId } = (await this.send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await this.send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const { frameTree } = (await this.send('Page.getFrameTree', {}, sessionId)) as { frameTree: { frame: { id: string } } };
    await this.send('Page.setDocumentContent', { frameId: frameTree.frame.id, html }, sessionId);
    // The fonts the page asks for, loaded before it is laid out for print.
    await this.send('Runtime.evaluate', { expression: 'document.fonts.ready.then(() => true)', awaitPromise: true }, sessionId);
    const { data } = (await this.send('Page.printToPDF', { preferCSSPageSize: true, printBackground: true, displayHeaderFooter: false }, sessionId)) as { data: string };
    await this.send('Target.closeTarget', { targetId });
    return new Uint8Array(Buffer.from(data, 'base64'));
  }

  async close(): Promise<void> {
    const exited = new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) resolve();
      else this.child.once('exit', () => resolve());
    });
    this.send('Browser.close').catch(() => undefined);
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
    rmSync(this.profile, { recursive: true, force: true });
  }
}
