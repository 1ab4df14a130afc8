// The repository root GitHub annotations are relative to: $GITHUB_WORKSPACE in Actions, else
// what git says, else none (paths stay relative to the cwd).
import { spawnSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RunContext } from './context.js';

export function findWorkspace(ctx: RunContext): { root: string; cwd: string } | undefined {
  const real = (p: string): string => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  const cwd = real(ctx.cwd);
  const fromEnv = ctx.io.env['GITHUB_WORKSPACE'];
  if (fromEnv) return { root: real(fromEnv), cwd };
  const git = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: ctx.cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  if (git.status !== 0 || !git.stdout) return undefined;
  return { root: real(git.stdout.trim()), cwd };
}
