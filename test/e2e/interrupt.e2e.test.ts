// Runs cut short at random moments while they write a large file: SIGKILL, SIGTERM, SIGINT.
// Afterwards the target is the old file or the complete new one, never a part; after SIGTERM and
// SIGINT no temporary file is left; a temporary file left by SIGKILL goes at the next write.
import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { root } from './cli.js';
import { bigData, bigExpenses } from './bigData.js';

const bin = join(root, 'bin', 'mayor-office.js');
const env = { PATH: process.env['PATH'] ?? '' };
const SIGNALS = ['SIGKILL', 'SIGTERM', 'SIGINT'] as const;
const EXIT_ON = { SIGKILL: undefined, SIGTERM: 143, SIGINT: 130 } as const;
const TRIALS = 4;

interface Ended {
  readonly status: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
}

/** Starts the cli and sends `signal` after `delayMs`. */
function interrupted(args: string[], cwd: string, signal: NodeJS.Signals, delayMs: number): Promise<Ended> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
    const timer = setTimeout(() => child.kill(signal), delayMs);
    child.on('close', (status, sig) => {
      clearTimeout(timer);
      done({ status, signal: sig, stderr });
    });
  });
}

function timed(args: string[], cwd: string): { ms: number; status: number | null } {
  const start = Date.now();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, env, encoding: 'utf8' });
  return { ms: Date.now() - start, status: r.status };
}

const temporaries = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith('.mayor-office.'));

/** The outcome of one signal: a clean end, the signal's own death, or the usual 128 + n. */
function endedAsExpected(r: Ended, signal: (typeof SIGNALS)[number]): boolean {
  return r.status === 0 || r.signal === signal || (EXIT_ON[signal] !== undefined && r.status === EXIT_ON[signal]);
}

describe('an interrupted --out', () => {
  it('leaves the old report or the whole new one, and no temporary file once a write has run', async () => {
    const dir = bigData(20000);
    const args = ['report', '--format', 'html', '--out', 'report.html'];
    const clean = timed(args, dir);
    expect(clean.status).toBe(0);
    const whole = readFileSync(join(dir, 'report.html'));
    expect(whole.length).toBeGreaterThan(2_000_000);
    const old = Buffer.from('<!doctype html><p>the report of last week</p>\n');
    const seen = { old: 0, whole: 0 };
    for (const signal of SIGNALS) {
      for (let i = 0; i < TRIALS; i++) {
        writeFileSync(join(dir, 'report.html'), old);
        const delay = Math.round(Math.random() * clean.ms * 1.1);
        const r = await interrupted(args, dir, signal, delay);
        const now = readFileSync(join(dir, 'report.html'));
        const trial = { signal, delay, status: r.status, died: r.signal, stderr: r.stderr };
        expect(now.equals(old) || now.equals(whole), `partial report after ${JSON.stringify(trial)}`).toBe(true);
        expect(endedAsExpected(r, signal), `unexpected end ${JSON.stringify(trial)}`).toBe(true);
        expect(r.stderr, JSON.stringify(trial)).not.toMatch(/\n\s+at /);
        if (now.equals(old)) seen.old++;
        else seen.whole++;
        if (signal !== 'SIGKILL') expect(temporaries(dir), JSON.stringify(trial)).toEqual([]);
        else if (temporaries(dir).length > 0) {
          // The next write to the same target removes what the killed run left.
          expect(timed(args, dir).status).toBe(0);
          expect(temporaries(dir)).toEqual([]);
          expect(readFileSync(join(dir, 'report.html')).equals(whole)).toBe(true);
        }
      }
    }
    expect(seen.old + seen.whole).toBe(SIGNALS.length * TRIALS);
  });

  it('expenses add cut short leaves the expenses file as it was or with the entry added', async () => {
    const dir = bigExpenses(3000);
    const file = join(dir, 'data', 'expenses', '2022.yaml');
    const before = readFileSync(file);
    const args = ['expenses', 'add', '--date', '2022-07-01', '--line', '203-01', '--amount', '50000', '--purpose', '하반기 간담회'];
    const clean = timed(args, dir);
    expect(clean.status).toBe(0);
    const after = readFileSync(file);
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.subarray(before.length).toString('utf8')).toBe('  - { date: 2022-07-01, line: 203-01, amount: 50000, purpose: 하반기 간담회 }\n');
    for (const signal of SIGNALS) {
      for (let i = 0; i < 2; i++) {
        writeFileSync(file, before);
        const delay = Math.round(Math.random() * clean.ms * 1.1);
        const r = await interrupted(args, dir, signal, delay);
        const now = readFileSync(file);
        const trial = { signal, delay, status: r.status, died: r.signal };
        expect(now.equals(before) || now.equals(after), `partial file after ${JSON.stringify(trial)}`).toBe(true);
        expect(endedAsExpected(r, signal), JSON.stringify(trial)).toBe(true);
        if (signal !== 'SIGKILL') expect(temporaries(join(dir, 'data', 'expenses')), JSON.stringify(trial)).toEqual([]);
      }
    }
  });

  it('once a write has run, SIGTERM and SIGINT end the run with 143 and 130 and leave only the target', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-sig-'));
    const helper = pathToFileURL(join(root, 'dist', 'engine', 'atomicWrite.js')).href;
    // Writes, says so, then waits as a long command would after writing.
    const script = `import { atomicWrite } from ${JSON.stringify(helper)};
atomicWrite(${JSON.stringify(join(dir, 'out.txt'))}, 'whole', 'out.txt', 'en');
process.stdout.write('written\\n');
setInterval(() => {}, 60_000);`;
    for (const [signal, code] of [['SIGTERM', 143], ['SIGINT', 130]] as const) {
      const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      await new Promise<void>((ready) => child.stdout.once('data', () => ready()));
      child.kill(signal);
      const status = await new Promise<number | null>((done) => child.on('close', (c) => done(c)));
      expect([signal, status, readdirSync(dir), readFileSync(join(dir, 'out.txt'), 'utf8')]).toEqual([signal, code, ['out.txt'], 'whole']);
    }
  });
});
