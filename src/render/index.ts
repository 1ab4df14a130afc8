// The output formats of the report commands. A command hands over a view: the report object
// (what json prints, as it is) and the tables made from it (what table, md and csv print).
import type { Lang } from '../messages/catalog.js';
import type { TableModel } from './tableModel.js';

export interface ReportView {
  readonly data: unknown;
  readonly tables: readonly TableModel[];
  /** A document that is not a table (a work item's outline): printed instead of the tables. */
  readonly document?: { readonly text: string; readonly md: string };
}

export interface FormatOptions {
  readonly lang: Lang;
  readonly color: boolean;
  readonly bom: boolean;
}

export interface ReportFormat {
  readonly description: string;
  readonly render: (view: ReportView, options: FormatOptions) => Promise<string>;
}

// Each format's module is loaded only when it is used.
export const REPORT_FORMATS: Readonly<Record<string, ReportFormat>> = {
  table: {
    description: 'a terminal table (the default)',
    render: async (view, o) => {
      if (view.document) return view.document.text;
      const { renderTable } = await import('./formats/table.js');
      return view.tables.map((t) => renderTable(t, o)).join('\n');
    },
  },
  md: {
    description: 'Markdown, figures as the report writes them',
    render: async (view, o) => {
      if (view.document) return view.document.md;
      const { renderMarkdown } = await import('./formats/markdown.js');
      return view.tables.map((t) => renderMarkdown(t, o.lang)).join('\n');
    },
  },
  csv: {
    description: 'RFC 4180 CSV, UTF-8, plain numbers (--bom for Excel)',
    render: async (view, o) => {
      const { renderCsv } = await import('./formats/csv.js');
      return renderCsv(view.tables, o);
    },
  },
  json: {
    description: 'the computed report as JSON (docs/formats.md)',
    render: async (view) => JSON.stringify(view.data, null, 2) + '\n',
  },
};
