// What the packaging and kit tests share: this repository as a stranger gets it (the files git
// knows in the working tree, committed or not, never ignored ones like dist/ and node_modules/),
// and commands run with an environment that knows nothing of this checkout.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { root } from './cli.js';

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** The environment without the npm_* variables of an enclosing `npm test` and without this
 *  checkout on PATH (its node_modules/.bin), so npm reads only the options given to it (its own
 *  empty cache, no update check) and nothing of the checkout is found by name. */
export function strangerEnv(cache: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const e = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  const path = (process.env['PATH'] ?? '').split(delimiter).filter((p) => p !== '' && !p.startsWith(root)).join(delimiter);
  return { ...e, PATH: path, NO_COLOR: '1', npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_cache: cache, ...extra };
}

/** Runs a command, its output as text. */
export function runIn(cmd: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Ran {
  const r = spawnSync(cmd, [...args], { cwd, encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? (r.error ? String(r.error) : '') };
}

/** Copies the files of this repository that git knows (committed or not) to `dest`. */
export function copyCheckout(dest: string): void {
  const files = spawnSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
    .stdout.split('\n')
    .filter((f) => f !== '' && existsSync(join(root, f)));
  for (const f of files) cpSync(join(root, f), join(dest, f));
}

/** git with an identity and branch name of its own, whatever the machine's config says. */
export const GIT_CONFIG = ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'init.defaultBranch=main'];
