// --out report.pdf: the html of a document printed to an A4 PDF by a Chromium the user has,
// named by MAYOR_OFFICE_CHROMIUM or found on PATH, driven over its DevTools pipe (no library,
// nothing downloaded). The page numbers of the contents are the pages the sections really start
// on: the page is printed once, the PDF's named destinations (one per section id, which
// Chromium writes for the contents' links) say on which page each section starts, and the page is
// printed again with those numbers in its contents. A missing or failing Chromium is one line
// saying how to give one, exit 2 — so is a Chromium that exits, breaks its pipe, answers what is not
// a DevTools message, or does not finish within CHROMIUM_DEADLINE_MS (it is then killed).
import { spawn } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { Doc } from '../engine/output.js';
import type { Lang } from '../engine/words.js';
import { CLI_TEXT } from '../engine/words.js';
import { UsageError } from './errors.js';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];

/** How long one PDF may take, both prints together: a browser that hangs (a wrapper script that
 *  waits on something, a Chromium stuck at a dialog) is killed then instead of holding the
 *  command forever. The seed report prints in about two seconds. */
export const CHROMIUM_DEADLINE_MS = 60_000;

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

/** The document as an A4 PDF, its contents with page numbers. `deadlineMs`: tests shorten it. */
export async function writePdf(doc: Doc, lang: Lang, chromium: string, deadlineMs = CHROMIUM_DEADLINE_MS): Promise<Uint8Array> {
  const { writeHtml } = await import('../engine/printHtml.js');
  const browser = Browser.launch(chromium, lang);
  const deadline = setTimeout(() => browser.abort(CLI_TEXT[lang].chromiumNoAnswer(deadlineMs / 1000)), deadlineMs);
  try {
    const first = await browser.print(writeHtml(doc, lang, {}));
    const pages = sectionPages(first);
    // Nothing to number (no contents): the first print is the PDF.
    if (Object.keys(pages).length === 0) return first;
    return await browser.print(writeHtml(doc, lang, pages));
  } finally {
    clearTimeout(deadline);
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
 *  sent on its fd 3 and read from its fd 4. The first failure (the process cannot start or
 *  exits, a pipe breaks, a reply is not JSON, the deadline passes) is kept, every waiting and
 *  later request is refused with it, and nothing more is written to the pipe. */
class Browser {
  private next = 1;
  private readonly waiting = new Map<number, { resolve: (v: Record<string, unknown>) => void; reject: (e: Error) => void }>();
  private buffer = '';
  private failure: UsageError | undefined;
  private stderr = '';
  /** Settles when the process has exited, or could not be started. */
  private readonly gone: Promise<void>;

  private constructor(
    private readonly child: import('node:child_process').ChildProcess,
    private readonly profile: string,
    private readonly lang: Lang,
    private readonly path: string,
  ) {
    this.gone = new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.once('error', () => resolve());
    });
  }

  static launch(path: string, lang: Lang): Browser {
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
    child.stderr!.on('data', (d: Buffer) => (browser.stderr = (browser.stderr + d.toString()).slice(-2000)));
    child.on('error', (e) => browser.fail(e.message));
    child.on('exit', (code, signal) => browser.fail(`exit ${code ?? signal}${browser.stderr ? `: ${browser.stderr.trim().split('\n').pop()}` : ''}`));
    // A browser that exits (or closes fd 3/4) breaks the pipes: EPIPE, ECONNRESET. Unheard, those
    // end the process with a stack trace. Its exit, which says more (its code, its last complaint),
    // usually follows at once, so the pipe's error is the reason only when no exit comes soon.
    for (const fd of [3, 4]) (child.stdio[fd] as NodeJS.EventEmitter).on('error', (e: Error) => setTimeout(() => browser.fail(e.message), 1000).unref());
    (child.stdio[4] as NodeJS.ReadableStream).on('data', (d: Buffer) => browser.receive(d.toString('utf8')));
    return browser;
  }

  /** The deadline passed: the browser is killed and every request refused with `why`. */
  abort(why: string): void {
    this.fail(why);
    this.child.kill('SIGKILL');
  }

  private fail(why: string): void {
    this.failure ??= new UsageError(CLI_TEXT[this.lang].chromiumFailed(this.path, why));
    for (const w of this.waiting.values()) w.reject(this.failure);
    this.waiting.clear();
  }

  private get running(): boolean {
    return this.child.pid !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  private receive(chunk: string): void {
    this.buffer += chunk;
    for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
      let message: { id?: number; result?: Record<string, unknown>; error?: { message: string } };
      try {
        message = JSON.parse(this.buffer.slice(0, end)) as typeof message;
      } catch {
        const start = this.buffer.slice(0, Math.min(end, 60));
        this.buffer = '';
        this.abort(CLI_TEXT[this.lang].chromiumNotDevTools(start));
        return;
      }
      this.buffer = this.buffer.slice(end + 1);
      const w = message?.id === undefined ? undefined : this.waiting.get(message.id);
      if (!w) continue;
      this.waiting.delete(message.id!);
      if (message.error) w.reject(new UsageError(CLI_TEXT[this.lang].chromiumFailed(this.path, message.error.message)));
      else w.resolve(message.result ?? {});
    }
  }

  private send(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> {
    if (this.failure) return Promise.reject(this.failure);
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

  /** Asks the browser to close (when it still runs and its pipe is whole), kills it after 5 s,
   *  and removes its profile. The pipes are let go, so that a process the browser left behind
   *  holding them does not keep this one alive. */
  async close(): Promise<void> {
    if (this.running && !this.failure) this.send('Browser.close').catch(() => undefined);
    else if (this.running) this.child.kill('SIGKILL');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.gone;
    clearTimeout(timer);
    for (const fd of [2, 3, 4]) (this.child.stdio[fd] as unknown as { destroy?: () => void } | null)?.destroy?.();
    rmSync(this.profile, { recursive: true, force: true });
  }
}
