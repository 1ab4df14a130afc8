// Reads back the PDF that Chromium printed: the text lines of each page with their place, and a
// PNG of each page, through pdf.js (pdfjs-dist, with @napi-rs/canvas to draw). The browser
// cannot tell where its printed pages break; the PDF can.
import { writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfLine {
  readonly text: string;
  /** Distance from the top of the page to the line's baseline, in points. */
  readonly top: number;
  readonly left: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  /** Lines from the top of the page down. */
  readonly lines: readonly PdfLine[];
}

interface Part {
  readonly str: string;
  readonly x: number;
  readonly width: number;
  readonly size: number;
  readonly top: number;
}

async function open(path: string): Promise<PDFDocumentProxy> {
  const data = new Uint8Array(await readFile(path));
  return getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
}

/** Text items on one baseline (within a point) make one line, read left to right. */
export async function pdfPages(path: string): Promise<PdfPage[]> {
  const doc = await open(path);
  const pages: PdfPage[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , width, height] = page.view as [number, number, number, number];
    const content = await page.getTextContent();
    const items: Part[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const size = Math.hypot(item.transform[2] as number, item.transform[3] as number);
      items.push({ str: item.str, x: item.transform[4] as number, width: item.width, size, top: height - (item.transform[5] as number) });
    }
    items.sort((a, b) => a.top - b.top || a.x - b.x);
    const lines: { parts: Part[]; top: number }[] = [];
    for (const it of items) {
      const last = lines[lines.length - 1];
      if (last && Math.abs(last.top - it.top) < 1) last.parts.push(it);
      else lines.push({ parts: [it], top: it.top });
    }
    pages.push({
      width,
      height,
      lines: lines.map((l) => {
        const parts = l.parts.sort((a, b) => a.x - b.x);
        // A gap wider than a fifth of the type size is a space between words or cells.
        const text = parts.map((p, i) => (i > 0 && p.x - (parts[i - 1]!.x + parts[i - 1]!.width) > p.size / 5 ? ' ' : '') + p.str).join('');
        // Chromium's fonts map the space glyph to U+0001.
        return { text: text.replace(/[\s\u0000-\u001f]+/g, ' ').trim(), top: l.top, left: parts[0]!.x };
      }),
    });
    page.cleanup();
  }
  await doc.destroy();
  return pages;
}

/** Draws pages of the PDF to PNG files `${prefix}-N.png` and returns their paths. */
export async function pdfToPngs(path: string, prefix: string, pageNumbers: readonly number[], scale = 1.5): Promise<string[]> {
  const doc = await open(path);
  const out: string[] = [];
  for (const n of pageNumbers) {
    if (n > doc.numPages) break;
    const page = await doc.getPage(n);
    const viewport = page.getViewport({ scale });
    const factory = doc.canvasFactory as { create(w: number, h: number): { canvas: { toBuffer(mime: string): Buffer }; context: unknown } };
    const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
    await page.render({ canvasContext: context as CanvasRenderingContext2D, viewport, background: 'white' }).promise;
    const file = `${prefix}-${n}.png`;
    writeFileSync(file, canvas.toBuffer('image/png'));
    out.push(file);
    page.cleanup();
  }
  await doc.destroy();
  return out;
}
