// The help kept in the release (bundle/help.json, src/cli/keptHelp.ts) is the help a full run
// prints, for every command in both languages; and the language it picks without loading the
// program is the one a full run picks, or it leaves the run to the full path.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { helpWords, markerLang, quickLang } from '../../src/cli/keptHelp.js';
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

  it('reads a plain marker: its lang, none, or unsure', () => {
    expect(markerLang('data: data\nlang: en\n')).toBe('en');
    expect(markerLang('\uFEFF# settings\r\ndata: ./records   # the folder\r\nlang: ko # Korean\r\n\r\n')).toBe('ko');
    expect(markerLang('# only comments\n\n')).toBeUndefined();
    expect(markerLang('')).toBeUndefined();
    expect(markerLang('data: data\nother: thing\n')).toBeUndefined();
    const unsure = [
      'lang: "en"\n', // quoted
      "lang: 'en'\n",
      'lang: fr\n', // not a language
      'lang:\n', // no value
      'lang: en\nlang: ko\n', // a key twice (YAML refuses it)
      'data: 123\nlang: en\n', // not text: the full run refuses the marker, lang and all
      'data: true\nlang: en\n',
      'data: .5\nlang: en\n',
      'data: ~\nlang: en\n',
      'data: -x\nlang: en\n',
      'data:\n  nested: x\nlang: en\n', // not flat
      '---\nlang: en\n', // a document marker
      'lang: en\n  data: x\n',
      '{lang: en}\n',
      'lang: en, data: x\n',
    ];
    for (const text of unsure) expect(markerLang(text), JSON.stringify(text)).toBe('unsure');
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
