// The output formats: each one writer of a Doc (render/document.ts), listed once here. The
// commands' --format choices, their help and the choice of a format from --out's extension
// all read this table. The first seven are listed below, in the order help names them, and their
// modules load only when they are used; a new format is one module of this folder that exports
// `format` (a Format: its description, endings and writer), which joins them after the seven
// (modules.gen.ts, made from the folder at `npm run compile`: no line to add here). A format's
// `example` is what it writes for the example document (exampleDoc.ts), which
// test/render/formatExamples.test.ts checks: a found format declares one, so it is its own test.
import type { Format } from './formatSpec.js';
import { FOUND_FORMATS } from './modules.gen.js';

export type { Format, FormatExample, WriteOptions } from './formatSpec.js';

export const FORMATS = {
  table: {
    description: 'a terminal table (headings and outlines as text)',
    extensions: ['.txt'],
    binary: false,
    write: async (doc, o) => (await import('./table.js')).writeText(doc, o),
    example: async () => (await import('./table.js')).example,
  },
  md: {
    description: 'Markdown, figures as the report writes them',
    extensions: ['.md', '.markdown'],
    binary: false,
    write: async (doc, o) => (await import('./markdown.js')).writeMarkdown(doc, o.lang),
    example: async () => (await import('./markdown.js')).example,
  },
  csv: {
    description: 'RFC 4180 CSV of the tables, UTF-8, plain numbers (--bom for Excel)',
    extensions: ['.csv'],
    binary: false,
    bom: true,
    write: async (doc, o) => (await import('./csv.js')).writeCsv(doc, o),
    example: async () => (await import('./csv.js')).example,
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
    example: async () => (await import('./html.js')).example,
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
  ...(FOUND_FORMATS satisfies Record<string, Format>),
} as const satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;
export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];

export const isFormat = (name: string): name is FormatName => Object.hasOwn(FORMATS, name);

/** The format an output file's name asks for, if its ending names one. */
export function formatOfFile(file: string): FormatName | undefined {
  const lower = file.toLowerCase();
  return FORMAT_NAMES.find((name) => FORMATS[name].extensions.some((ext) => lower.endsWith(ext)));
}
