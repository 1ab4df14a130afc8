// The output formats: each one writer of a Doc (render/document.ts), listed once here. The
// commands' --format choices, their help and the choice of a format from --out's extension
// all read this table. A writer's module is loaded only when it is used.
import type { Lang } from '../../messages/catalog.js';
import type { Doc } from '../document.js';

export interface WriteOptions {
  readonly lang: Lang;
  /** Colour in the terminal table (decided by the cli, never detected here). */
  readonly color: boolean;
  /** csv: start with the byte-order mark Excel needs to show Korean. */
  readonly bom: boolean;
}

export interface Format {
  readonly description: string;
  /** File name endings that mean this format, for --out without --format. */
  readonly extensions: readonly string[];
  /** Written to a file only (bytes that a terminal cannot show). */
  readonly binary: boolean;
  readonly write: (doc: Doc, options: WriteOptions) => Promise<string | Uint8Array>;
}

export const FORMATS = {
  table: {
    description: 'a terminal table (headings and outlines as text)',
    extensions: ['.txt'],
    binary: false,
    write: async (doc, o) => (await import('./table.js')).writeText(doc, o),
  },
  md: {
    description: 'Markdown, figures as the report writes them',
    extensions: ['.md', '.markdown'],
    binary: false,
    write: async (doc, o) => (await import('./markdown.js')).writeMarkdown(doc, o.lang),
  },
  csv: {
    description: 'RFC 4180 CSV of the tables, UTF-8, plain numbers (--bom for Excel)',
    extensions: ['.csv'],
    binary: false,
    write: async (doc, o) => (await import('./csv.js')).writeCsv(doc, o),
  },
  json: {
    description: 'the computed report as JSON (docs/formats.md); the same in every language',
    extensions: ['.json'],
    binary: false,
    write: async (doc) => JSON.stringify(doc.data, null, 2) + '\n',
  },
  html: {
    description: 'one self-contained page, print-ready on A4, with charts',
    extensions: ['.html', '.htm'],
    binary: false,
    write: async (doc, o) => (await import('./html.js')).writeHtml(doc, o.lang),
  },
  xlsx: {
    description: 'an Excel workbook, a sheet per table (needs --out)',
    extensions: ['.xlsx'],
    binary: true,
    write: async (doc, o) => (await import('./xlsx.js')).writeXlsx(doc, o.lang),
  },
  docx: {
    description: 'a Word document (A4, headings, tables, numbered outline; needs --out)',
    extensions: ['.docx'],
    binary: true,
    write: async (doc, o) => (await import('./docx.js')).writeDocx(doc, o.lang),
  },
} as const satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export const isFormat = (name: string): name is FormatName => Object.hasOwn(FORMATS, name);

/** The format an output file's name asks for, if its ending names one. */
export function formatOfFile(file: string): FormatName | undefined {
  const lower = file.toLowerCase();
  return FORMAT_NAMES.find((name) => FORMATS[name].extensions.some((ext) => lower.endsWith(ext)));
}
