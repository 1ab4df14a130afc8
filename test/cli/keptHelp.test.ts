// The help kept in the release (bundle/help.json, src/cli/keptHelp.ts) is the help a full run
// prints, for every command in both languages; and the language it picks without loading the
// program is the one a full run picks, or it leaves the run to the full path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helpWords, quickLang } from '../../src/cli/keptHelp.js';
import type { KeptHelpTexts } from '../../src/cli/keptHelp.js';
import { runLanguage } from '../../src/cli/context.js';
import { helpPaths } from '../../src/cli/program.js';
import { run } from '../../src/cli/run.js';
import type { CliIo } from '../../src/cli/io.js';
import { root } from '../e2e/cli.js';

const kept = JSON.parse(readFileSync(join(root, 'bundle', 'help.json'), 'utf8')) as KeptHelpTexts;

const capture = (cwd: string, env: Record<string, string> = {}) => {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { cwd, env, stdout: { write: (s) => (out.stdout += String(s)) }, stderr: { write: (s) => (out.stderr += s) } };
  return { io, out };
};

describe('the kept help', () => {
  it('holds the program, every group and every command, in both languages', () => {
    const paths = helpPaths();
    expect(paths).toContain('');
    expect(paths).toContain('budget');
    expect(paths).toContain('budget status');
    expect(Object.keys(kept).sort()).toEqual(['en', 'ko']);
    expect(Object.keys(kept.ko)).toEqual(paths);
    expect(Object.keys(kept.en)).toEqual(paths);
  });

  it('is, for each, what a full run prints (else: npm run bundle)', async () => {
    for (const lang of ['ko', 'en'] as const) {
      for (const words of helpPaths()) {
        const { io, out } = capture('/');
        const code = await run(['--lang', lang, ...words.split(' ').filter((w) => w !== ''), '--help'], io);
        expect([code, out.stderr]).toEqual([0, '']);
        expect(kept[lang][words], `${lang}: ${words} --help`).toBe(out.stdout);
      }
    }
  });

  it('answers only a command line of command words and --help or -h', () => {
    expect(helpWords(['--help'])).toBe('');
    expect(helpWords(['-h'])).toBe('');
    expect(helpWords(['budget', 'status', '--help'])).toBe('budget status');
    for (const other of [[], ['budget'], ['--help', 'budget'], ['--lang', 'en', '--help'], ['budget', '--data', 'x', '--help'], ['Budget', '--help'], ['help'], ['budget', '--help=1']]) {
      expect(helpWords(other), other.join(' ')).toBeUndefined();
    }
  });
});

describe('the language of the kept help', () => {
  let tmp = '';
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'mayor-office-kept-help-'));
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('reads a marker in its plain form as a full run does, and leaves any other to the full run', () => {
    // Each marker in a folder of its own, read from a folder below it, with an English locale:
    // what the kept help says, and what a full run says.
    const env = { LANG: 'en_US.UTF-8' };
    const both = (name: string, text: string): [string | undefined, string] => {
      const below = join(tmp, 'read', name, 'a');
      mkdirSync(below, { recursive: true });
      writeFileSync(join(tmp, 'read', name, 'mayor-office.yaml'), text);
      return [quickLang({ cwd: below, env }), runLanguage([], capture(below, env).io)];
    };
    const told: [string, string, string][] = [
      ['its lang', 'data: data\nlang: ko\n', 'ko'],
      ['a byte-order mark, CRLF and comments', '\uFEFF# settings\r\ndata: ./records   # the folder\r\nlang: ko # Korean\r\n\r\n', 'ko'],
      ['only comments', '# only comments\n\n', 'en'],
      ['empty', '', 'en'],
      ['no lang: the locale', 'data: data\nother: thing\n', 'en'],
    ];
    for (const [name, text, lang] of told) expect(both(name, text), name).toEqual([lang, lang]);
    // Only a YAML reader can tell these (or refuses them): the kept help does not decide.
    const left = [
      'lang: "ko"\n', // quoted
      "lang: 'ko'\n",
      'lang:\n', // no value
      'data: data\nlang: fr\n', // not a language: the run refuses the marker
      'lang: ko\nlang: en\n', // a key twice (YAML refuses it)
      'data: data\nTrue: a\ntrue: b\nlang: ko\n', // one key twice to YAML's core schema
      'data: 123\nlang: ko\n', // not text
      'data: true\nlang: ko\n',
      'data: .5\nlang: ko\n',
      'data: ~\nlang: ko\n',
      'data: -x\nlang: ko\n',
      'data:\n  nested: x\nlang: ko\n', // not flat
      '---\nlang: ko\n', // a document marker
      'lang: ko\n  data: x\n',
      '{lang: ko}\n',
      'lang: ko, data: x\n',
    ];
    left.forEach((text, i) => expect(both(`left-${i}`, text)[0], JSON.stringify(text)).toBeUndefined());
  });

  it('is the language a full run takes, wherever it can tell it', () => {
    const cases: [string, string | undefined, Record<string, string>][] = [
      ['none', undefined, {}],
      ['none-en-locale', undefined, { LANG: 'en_US.UTF-8' }],
      ['none-c-locale', undefined, { LC_ALL: 'C', LANG: 'en_US.UTF-8' }],
      ['plain-en', 'data: data\nlang: en\n', { LANG: 'ko_KR.UTF-8' }],
      ['plain-none', 'data: data\n', { LANG: 'en_US.UTF-8' }],
      ['quoted', 'lang: "en"\n', {}],
      ['flow', '{ lang: en }\n', {}],
      ['numeric-data', 'data: 5\nlang: en\n', { LANG: 'ko_KR.UTF-8' }],
      ['broken', 'lang: [\n', { LANG: 'en_GB' }],
    ];
    for (const [name, marker, env] of cases) {
      const office = join(tmp, name);
      const below = join(office, 'a', 'b');
      mkdirSync(below, { recursive: true });
      if (marker !== undefined) writeFileSync(join(office, 'mayor-office.yaml'), marker);
      const quick = quickLang({ cwd: below, env });
      const full = runLanguage([], { ...capture(below, env).io });
      if (quick !== undefined) expect(quick, name).toBe(full);
      // The plain forms are always told.
      if (['none', 'none-en-locale', 'none-c-locale', 'plain-en', 'plain-none'].includes(name)) expect(quick, name).toBeDefined();
    }
  });

  it('takes a folder named like the marker for no marker, as a full run does', () => {
    const office = join(tmp, 'folder-marker');
    mkdirSync(join(office, 'mayor-office.yaml'), { recursive: true });
    expect(quickLang({ cwd: office, env: { LANG: 'en_US' } })).toBe(runLanguage([], capture(office, { LANG: 'en_US' }).io));
  });
});
