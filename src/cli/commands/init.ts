// mayor-office init [DIR] --office NAME [--tool SPEC]: a new office's data repository that
// validates at once, made by the engine all or nothing (engine/init.ts) and committed as the
// first commit of a git repository. It never overwrites.
import { join, resolve } from 'node:path';
import { initOffice, parseToolSpec } from '../../engine/init.js';
import { CLI_TEXT } from '../../engine/words.js';
import type { RunContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { homeRepo, installedSpec } from '../version.js';

export interface InitOptions {
  readonly office?: string;
  readonly id?: string;
  readonly year?: string;
  readonly tool?: string;
}

const ID = /^[a-z0-9][a-z0-9-]*$/;

export function initCommand(ctx: RunContext, dir: string | undefined, opts: InitOptions): number {
  const text = CLI_TEXT[ctx.lang];
  const office = opts.office?.trim();
  if (!office) throw new UsageError(text.initNeedsOffice);
  const id = opts.id ?? 'office';
  if (!ID.test(id)) throw new UsageError(text.badOfficeId(id));
  // The example records' fiscal year: the current one unless asked; the records never depend
  // on today after this.
  const year = opts.year === undefined ? new Date().getFullYear() : Number(opts.year);
  if (!/^\d{4}$/.test(String(opts.year ?? year)) || year < 2000 || year > 2100) throw new UsageError(text.badYear(String(opts.year)));
  const spec = opts.tool ?? installedSpec();
  const parsed = parseToolSpec(spec, homeRepo(), (p) => resolve(ctx.cwd, p));
  if (!parsed.ok) throw new UsageError(text.badToolSpec(spec, parsed.reason));

  const shown = dir ?? '.';
  const result = initOffice(resolve(ctx.cwd, shown), { office, id, year, tool: parsed.tool });
  if (!result.ok) {
    if (result.reason === 'write-failed') throw new UsageError(text.writeFailed(shown, text.writeReason(result.code)));
    ctx.io.stderr.write(`mayor-office: ${result.reason === 'not-empty' ? text.initNotEmpty(shown) : text.initExists(result.path === '' ? shown : join(shown, result.path))}\n`);
    return EXIT.dataErrors;
  }
  const git = result.git;
  ctx.io.stdout.write(`${text.initDone(shown, result.files)}\n`);
  if (git.kind === 'committed') ctx.io.stdout.write(`${text.initCommitted(git.commit)}\n`);
  else ctx.io.stderr.write(`mayor-office: ${git.kind === 'no-git' ? text.initNoGit : git.kind === 'inside' ? text.initInside(git.top) : text.initNotCommitted(git.reason)}\n`);
  if (parsed.tool.local) ctx.io.stderr.write(`mayor-office: ${text.initLocalTool(parsed.tool.dependency)}\n`);
  return EXIT.ok;
}
