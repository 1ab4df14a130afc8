// Every report command: argv → engine → emit. The report's parameters are checked by the engine
// first (a bad --as-of is a usage error even when the records have errors); the data folder is
// opened and gated (errors in records the report uses are printed, exit 1; errors elsewhere are
// one line pointing at validate); the engine computes the report and makes its document; it is
// written in the format asked for. No records of the report's kind is no failure: its empty
// table, a note on stderr, exit 0 (engine/noRecords.ts). A refusal is one line: exit 2, or 1 when
// it is a fact about the data (the one work item asked for, when there is none).
import type { ReportSpec } from '../engine/reports.js';
import type { Office } from '../engine/office.js';
import { gate, openFolder } from '../engine/office.js';
import { runReportOrEmpty } from '../engine/noRecords.js';
import { CLI_TEXT, isDataRefusal, noticeText, refusalText } from '../engine/words.js';
import type { RunContext } from './context.js';
import { resolveDataDir } from './context.js';
import type { EmitOptions } from './emit.js';
import { colorFor, emit } from './emit.js';
import { DataErrors, EXIT, UsageError } from './errors.js';
import { printProblems } from './problems.js';

export async function reportCommand(ctx: RunContext, spec: ReportSpec, args: readonly string[], o: EmitOptions): Promise<number> {
  let office: Office | undefined;
  const ran = await runReportOrEmpty(spec, () => (office ??= openGated(ctx, spec)), o as unknown as Record<string, unknown>, args, { lang: ctx.lang, color: colorFor(ctx, o) });
  if (!ran.ok) {
    const message = refusalText(ctx.lang, ran.refusal);
    if (!isDataRefusal(ran.refusal)) throw new UsageError(message);
    ctx.io.stderr.write(`${message}\n`);
    return EXIT.dataErrors;
  }
  await emit(ctx, ran.value.doc, o, office?.dataDir ?? resolveDataDir(ctx));
  for (const n of ran.value.notices) ctx.io.stderr.write(`${noticeText(ctx.lang, n)}\n`);
  return EXIT.ok;
}

/** The data folder's office, when the report may run on it: the problems of the records it uses
 *  stop it (printed, exit 1); errors elsewhere are summed up in one line. */
export function openGated(ctx: RunContext, spec: { readonly needs: ReportSpec['needs'] }): Office {
  const office = openFolder(resolveDataDir(ctx), ctx.cwd);
  const { blocking, otherErrors } = gate(office, spec.needs);
  if (blocking.length > 0) {
    printProblems(ctx, office.files, blocking);
    throw new DataErrors('the data has errors');
  }
  if (otherErrors.errors > 0) ctx.io.stderr.write(`${CLI_TEXT[ctx.lang].otherProblems(otherErrors.errors, otherErrors.files)}\n`);
  return office;
}
