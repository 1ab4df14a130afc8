// Record text that tries to act on what shows it: script in the html page, a formula in a csv
// cell, escape sequences in the terminal. Each hole has a hostile record here, run in-process on
// a copy of the seed records; and a report with data errors asked for json leaves stdout empty.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempTree } from '../helpers.js';

const SEED = join(import.meta.dirname, '..', 'fixtures', 'secretariat', 'data');

/** A copy of the seed records with `from` replaced by `to` in one file; returns its root. */
function seedWith(file: string, from: string, to: string): string {
  const dir = tempTree({});
  cpSync(SEED, join(dir, 'data'), { recursive: true });
  const p = join(dir, 'data', file);
  const before = readFileSync(p, 'utf8');
  expect(before).toContain(from);
  writeFileSync(p, before.replace(from, to));
  return dir;
}

const TITLE = 'title: 시정 동반자인 시의회와 정책소통 활성화';
const TASK = 'tasks/1-council-communication.yaml';

describe('html: record text cannot run script', () => {
  it('escapes markup in every text and forbids scripts by Content-Security-Policy', async () => {
    const dir = seedWith(TASK, TITLE, `title: "<script>alert(1)</script><img src=x onerror=alert(2)> \\"q\\" & 'a'"`);
    const r = await runCli(['--data', 'data', 'report', '--format', 'html'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/<script|<img/i);
    expect(r.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt; &quot;q&quot; &amp;');
    const head = r.stdout.slice(0, r.stdout.indexOf('</head>'));
    expect(head).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  });
});

describe('csv: a text cell cannot be a formula', () => {
  it("puts an apostrophe before =, +, -, @, tab and CR at the start of a text cell, never before a number", async () => {
    for (const [written, shown] of [
      [`'=HYPERLINK("http://x","y")'`, `"'=HYPERLINK(""http://x"",""y"")"`],
      ['+1+cmd', "'+1+cmd"],
      ['"-2+3"', "'-2+3"],
      ['"@SUM(A1:A2)"', "'@SUM(A1:A2)"],
      ['"\\tx"', "'\tx"],
      ['"\\r=1"', `"'\r=1"`],
    ] as const) {
      const dir = seedWith(TASK, TITLE, `title: ${written}`);
      const r = await runCli(['--data', 'data', 'tasks', 'list', '--format', 'csv'], dir);
      expect(r.code, r.stderr).toBe(0);
      const row = r.stdout.split('\r\n').find((l) => l.startsWith('1,') || l.includes(shown));
      expect(row, r.stdout).toContain(shown);
    }
  });

  it('leaves negative numbers as numbers', async () => {
    const dir = tempTree({});
    cpSync(join(import.meta.dirname, '..', 'fixtures', 'other-office'), join(dir, 'data'), { recursive: true });
    const r = await runCli(['--data', 'data', 'headcount', 'status', '--format', 'csv'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/,-\d+(\r\n|,)/);
    expect(r.stdout).not.toContain("'-");
  });
});

describe('terminal: control characters in record text are shown, not sent', () => {
  const HOSTILE = 'title: "\\e[2J\\e]0;pwned\\a 보통 글자\\x9b31m"';

  it('in the table format', async () => {
    const dir = seedWith(TASK, TITLE, HOSTILE);
    const r = await runCli(['--data', 'data', 'tasks', 'list'], dir);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(r.stdout).toContain('␛[2J␛]0;pwned␇ 보통 글자�31m');
  });

  it("in validate's text: the message quotes the key as read, made visible", async () => {
    const dir = seedWith('events.yaml', 'kind: events', 'kind: events\n"\\e[2J\\a": 1');
    const r = await runCli(['--data', 'data', 'validate'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(r.stdout).toMatch(/^data\/events\.yaml:\d+:1 error ␛\[2J␇: .*'␛\[2J␇'.* \[schema-unknown-key\]$/m);
  });
});

describe('a report with data errors and --format json', () => {
  it('prints nothing on stdout (the problems go to stderr) and writes no --out file', async () => {
    const dir = seedWith('budget/2021.yaml', 'budget: 277200', 'budget: "277,200"');
    const r = await runCli(['--data', 'data', 'budget', 'status', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^data\/budget\/2021\.yaml:\d+:\d+ error /m);
    const out = join(dir, 'out.json');
    writeFileSync(out, '{"kept": true}\n');
    const w = await runCli(['--data', 'data', 'budget', 'status', '--format', 'json', '--out', out], dir);
    expect(w.code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual({ kept: true });
    const fresh = join(dir, 'fresh.json');
    await runCli(['--data', 'data', 'report', '--out', fresh], dir);
    expect(existsSync(fresh)).toBe(false);
  });
});
