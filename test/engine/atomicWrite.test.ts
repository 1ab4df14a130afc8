// The one atomic-write helper: what it writes through, what it refuses, what it keeps and what
// it cleans up. Runs in-process on temporary folders.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite, temporaryName } from '../../src/engine/atomicWrite.js';
import { UsageError } from '../../src/cli/errors.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'mayor-office-write-'));
const isRoot = process.getuid?.() === 0;

/** The one-line message atomicWrite throws, or undefined when it wrote. */
function attempt(target: string, data: string, shown = target): string | undefined {
  try {
    atomicWrite(target, data, shown, 'en');
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
}

/** A process id that no process has any more. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('atomicWrite', () => {
  it('writes a new file and leaves nothing else in the folder', () => {
    const dir = tmp();
    expect(attempt(join(dir, 'out.md'), '새 내용\n')).toBeUndefined();
    expect(readFileSync(join(dir, 'out.md'), 'utf8')).toBe('새 내용\n');
    expect(readdirSync(dir)).toEqual(['out.md']);
  });

  it('keeps the mode of the file it replaces (0600 stays 0600)', () => {
    const dir = tmp();
    const file = join(dir, 'secret.md');
    writeFileSync(file, 'old');
    chmodSync(file, 0o600);
    attempt(file, 'new');
    expect([readFileSync(file, 'utf8'), statSync(file).mode & 0o777]).toEqual(['new', 0o600]);
  });

  it('writes through a link to a regular file: the link stays a link', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'report.md'), 'old');
    symlinkSync(join('real', 'report.md'), join(dir, 'link.md'));
    expect(attempt(join(dir, 'link.md'), 'new')).toBeUndefined();
    expect(lstatSync(join(dir, 'link.md')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.md'))).toBe(join('real', 'report.md'));
    expect(readFileSync(join(dir, 'real', 'report.md'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.md', 'real']);
  });

  it('a dangling link is written through to the file it names', () => {
    const dir = tmp();
    symlinkSync('later.md', join(dir, 'link.md'));
    attempt(join(dir, 'link.md'), 'new');
    expect([lstatSync(join(dir, 'link.md')).isSymbolicLink(), readFileSync(join(dir, 'later.md'), 'utf8')]).toEqual([true, 'new']);
  });

  it('refuses a folder with one clear line', () => {
    const dir = tmp();
    expect(attempt(dir, 'x', 'out')).toBe("'out' is a folder, not a regular file: give a file name. To print to standard output, leave out --out or use --out -.");
  });

  it('refuses a FIFO (it would block) and leaves it a FIFO', () => {
    const dir = tmp();
    const fifo = join(dir, 'pipe.yaml');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(attempt(fifo, 'x', 'pipe.yaml')).toContain("'pipe.yaml' is a FIFO (named pipe), not a regular file");
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a device node made in a temporary folder, or (not root) a link to a FIFO', () => {
    const dir = tmp();
    if (isRoot) {
      // A null device of our own (char 1,3), never the machine's /dev/null.
      const dev = join(dir, 'null');
      expect(spawnSync('mknod', [dev, 'c', '1', '3']).status).toBe(0);
      expect(attempt(dev, 'x', 'null')).toContain("'null' is a device, not a regular file");
      expect(statSync(dev).isCharacterDevice()).toBe(true);
      symlinkSync(dev, join(dir, 'stdout'));
      expect(attempt(join(dir, 'stdout'), 'x', 'stdout')).toContain("'stdout' is a device");
      expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
    } else {
      // Only root can make a device node; a link to a FIFO takes the same path through the check.
      const fifo = join(dir, 'fifo');
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      symlinkSync(fifo, join(dir, 'stdout'));
      expect(attempt(join(dir, 'stdout'), 'x', 'stdout')).toContain("'stdout' is a FIFO");
      expect(lstatSync(join(dir, 'stdout')).isSymbolicLink()).toBe(true);
    }
  });

  it('takes a 245-byte name: the temporary name stays short', () => {
    const dir = tmp();
    const name = `${'가'.repeat(80)}.md`; // 80 × 3 bytes + 3 = 243 bytes
    const longer = `${'a'.repeat(242)}.md`; // 245 bytes
    expect(Buffer.byteLength(longer)).toBe(245);
    expect(attempt(join(dir, name), 'x')).toBeUndefined();
    expect(attempt(join(dir, longer), 'y')).toBeUndefined();
    expect(readFileSync(join(dir, longer), 'utf8')).toBe('y');
    expect(Buffer.byteLength(temporaryName(join(dir, longer), 4194304).slice(dir.length + 1))).toBeLessThanOrEqual(42);
  });

  it('removes a temporary file left by a killed run at the next write to the same target', () => {
    const dir = tmp();
    const target = join(dir, 'report.html');
    writeFileSync(target, 'old');
    const stale = temporaryName(target, deadPid());
    writeFileSync(stale, 'half of a report');
    const other = temporaryName(join(dir, 'other.html'), deadPid());
    writeFileSync(other, 'not this target');
    attempt(target, 'new');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(other)).toBe(true); // another target's leftovers wait for their own write
    expect(readFileSync(target, 'utf8')).toBe('new');
  });

  it('leaves the temporary file of a run that is still writing', () => {
    const dir = tmp();
    const target = join(dir, 'report.html');
    const live = temporaryName(target, process.ppid);
    writeFileSync(live, 'being written');
    attempt(target, 'new');
    expect(existsSync(live)).toBe(true);
  });

  it('a folder that does not exist or a path through a file: one line naming the file asked for', () => {
    const dir = tmp();
    expect(attempt(join(dir, 'nope', 'x.md'), 'x', 'nope/x.md')).toBe("cannot write 'nope/x.md': ENOENT");
    writeFileSync(join(dir, 'file'), '');
    expect(attempt(join(dir, 'file', 'x.md'), 'x', 'file/x.md')).toBe("cannot write 'file/x.md': ENOTDIR (a part of the path is not a folder)");
  });
});
