// mayor-office report: the whole 주요업무보고 from the records, as md, html, xlsx or json.
import { workReport } from '../../compute/workReport.js';
import { referencedRecords } from '../../compute/references.js';
import { walkOutline } from '../../compute/outline.js';
import { reportSections } from '../../render/report/sections.js';
import { reportMarkdown } from '../../render/report/markdown.js';
import { reportHtml } from '../../render/report/html.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { parseAsOf } from '../asOf.js';
import { loadValidated } from '../loadValidated.js';
import { writeOutput } from '../output.js';
import { EXIT, UsageError } from '../errors.js';

export interface ReportOptions {
  readonly asOf?: string;
  readonly format: 'md' | 'html' | 'xlsx' | 'json';
  readonly out?: string;
}

export async function reportCommand(ctx: RunContext, opts: ReportOptions): Promise<number> {
  const t = CLI_TEXT[ctx.lang];
  const asOf = parseAsOf(ctx, opts.asOf);
  if (opts.format === 'xlsx' && opts.out === undefined) throw new UsageError(t.xlsxNeedsOut);
  const { records, dataDir } = loadValidated(ctx);
  const result = workReport(records, asOf);
  if (!result.ok) {
    if (result.reason === 'outside-year') throw new UsageError(t.outsideYear(result.detail!, result.year!));
    if (result.reason === 'before-first') throw new UsageError(t.beforeFirst(asOf!, result.detail!));
    throw new UsageError(result.reason === 'no-report' ? t.noRecords('report') : t.noOffice(result.detail ?? ''));
  }
  const { report, refs } = result;
  let output: string | Uint8Array;
  if (opts.format === 'json') {
    const allRefs = report.tasks.flatMap((task) => [...walkOutline(task)].flatMap((v) => (v.node.ref ? [v.node.ref] : [])));
    output = JSON.stringify({ ...report, references: referencedRecords(allRefs, refs) }, null, 2) + '\n';
  } else if (opts.format === 'xlsx') {
    const { reportXlsx } = await import('../../render/report/xlsx.js');
    output = await reportXlsx(report, ctx.lang);
  } else {
    const sections = reportSections(report, refs, ctx.lang);
    output = opts.format === 'md' ? reportMarkdown(sections, ctx.lang) : reportHtml(sections, report, ctx.lang);
  }
  writeOutput(ctx, output, opts.out, dataDir);
  return EXIT.ok;
}
