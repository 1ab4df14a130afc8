// Shared test helpers: temporary data folders and an in-process run of the cli.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { run } from '../src/cli/run.js';

/** Writes files (text or bytes) under a new temporary folder and returns the folder. */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'mayor-office-test-'));
  for (const [name, body] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
  }
  return root;
}

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(args: readonly string[], cwd: string, env: Record<string, string | undefined> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    cwd,
    env,
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
  });
  return { code, stdout, stderr };
}

export interface JsonProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: string;
  severity: string;
  rule: string;
  message: string;
  hint: string | null;
  actual: string | null;
  related: { file: string; line: number; column: number }[];
}

/** Runs `validate --format json` (English) on a temporary data folder holding `files`. */
export async function validateJson(files: Record<string, string | Uint8Array>, extra: string[] = []): Promise<{ code: number; problems: JsonProblem[]; stderr: string; body: Record<string, unknown> }> {
  const dir = tempTree(files);
  const r = await runCli(['--data', dir, '--lang', 'en', 'validate', '--format', 'json', ...extra], dir);
  const body = r.stdout ? (JSON.parse(r.stdout) as Record<string, unknown>) : {};
  return { code: r.code, problems: (body['problems'] as JsonProblem[]) ?? [], stderr: r.stderr, body };
}

/** A minimal valid budget file, to which a test adds one mistake. */
export const BUDGET = `kind: budget
fiscal_year: 2021
unit: 천원
lines:
  - code: 203-01
    name: 기관운영업무추진비
    budget: 277200
snapshots:
  - as_of: 2021-04-28
    lines:
      - line: 203-01
        executed: 71882
`;
