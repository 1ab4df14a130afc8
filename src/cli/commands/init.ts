// mayor-office init [DIR] --office NAME: a new office's data repository that validates at once.
// It never overwrites: every check runs before the first file is written, and each file is
// written atomically.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { scaffold, DEFAULT_ACTION } from '../../init/scaffold.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { EXIT, UsageError } from '../errors.js';
import { writeOutput } from '../output.js';
import { version } from '../run.js';

export interface InitOptions {
  readonly office?: string;
  readonly id?: string;
  readonly year?: string;
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

  const shown = dir ?? '.';
  const root = resolve(ctx.cwd, shown);
  const files = scaffold({ office, id, year, toolVersion: version(), action: DEFAULT_ACTION });
  const refuse = (message: string): number => {
    ctx.io.stderr.write(`mayor-office: ${message}\n`);
    return EXIT.dataErrors;
  };
  if (existsSync(root)) {
    if (!statSync(root).isDirectory()) return refuse(text.initExists(shown));
    // A folder that only holds a fresh `git init` is still empty for this purpose.
    if (readdirSync(root).some((name) => name !== '.git')) return refuse(text.initNotEmpty(shown));
  }
  for (const f of files) if (existsSync(join(root, f.path))) return refuse(text.initExists(join(shown, f.path)));

  for (const f of files) {
    const target = join(root, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeOutput(ctx, f.content, target, undefined);
  }
  ctx.io.stdout.write(`${text.initDone(shown, files.length)}\n`);
  return EXIT.ok;
}
