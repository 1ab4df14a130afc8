// Where the records are: --data, else MAYOR_OFFICE_DATA, else the folder the nearest
// mayor-office.yaml names (the marker ends the search), else ./data. Never an unrelated data/
// further up.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GlobalOptions } from '../../src/cli/context.js';
import { resolveDataDir, runContext } from '../../src/cli/context.js';
import { UsageError } from '../../src/cli/errors.js';

function tree(files: Record<string, string | null>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'mayor-office-datadir-')));
  for (const [path, content] of Object.entries(files)) {
    if (content === null) mkdirSync(join(dir, path), { recursive: true });
    else {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  }
  return dir;
}

const ctxAt = (cwd: string, opts: Partial<GlobalOptions> = {}, env: Record<string, string> = {}) =>
  runContext({ cwd, env, stdout: { write: () => true }, stderr: { write: () => true } }, { lang: 'en', color: false, langSource: 'default', ...opts });

describe('data folder search', () => {
  it('never walks up to an unrelated data/ folder', () => {
    const t = tree({ data: null, 'project/sub': null });
    expect(() => resolveDataDir(ctxAt(join(t, 'project', 'sub')))).toThrow(UsageError);
    expect(() => resolveDataDir(ctxAt(join(t, 'project', 'sub')))).toThrow("the data folder 'data' does not exist");
  });

  it('takes ./data in the cwd when there is no marker', () => {
    const t = tree({ 'project/data': null });
    expect(resolveDataDir(ctxAt(join(t, 'project')))).toBe(join(t, 'project', 'data'));
  });

  it('takes the folder the nearest marker names, from any folder below it, before a data/ in the cwd', () => {
    const t = tree({ 'repo/mayor-office.yaml': 'data: records\n', 'repo/records': null, 'repo/a/b/data': null, data: null });
    expect(resolveDataDir(ctxAt(join(t, 'repo')))).toBe(join(t, 'repo', 'records'));
    expect(resolveDataDir(ctxAt(join(t, 'repo', 'a', 'b')))).toBe(join(t, 'repo', 'records'));
  });

  it('stops at the marker: a data/ above it is not looked at, and a missing one is named', () => {
    const t = tree({ data: null, 'repo/mayor-office.yaml': '# nothing set: data/ beside this file\n' });
    expect(() => resolveDataDir(ctxAt(join(t, 'repo')))).toThrow(`the data folder 'data' that ${join(t, 'repo', 'mayor-office.yaml')} names does not exist`);
  });

  it('a nearer marker wins over one further up', () => {
    const t = tree({ 'mayor-office.yaml': 'data: outer\n', outer: null, 'inner/mayor-office.yaml': 'data: ../inner-data\n', 'inner-data': null, 'inner/x': null });
    expect(resolveDataDir(ctxAt(join(t, 'inner', 'x')))).toBe(join(t, 'inner-data'));
    expect(resolveDataDir(ctxAt(t))).toBe(join(t, 'outer'));
  });

  it('MAYOR_OFFICE_DATA comes before the marker, and --data before both', () => {
    const t = tree({ 'mayor-office.yaml': 'data: a\n', a: null, b: null, c: null });
    expect(resolveDataDir(ctxAt(t, {}, { MAYOR_OFFICE_DATA: 'b' }))).toBe(join(t, 'b'));
    expect(resolveDataDir(ctxAt(t, { data: 'c' }, { MAYOR_OFFICE_DATA: 'b' }))).toBe(join(t, 'c'));
    expect(() => resolveDataDir(ctxAt(t, {}, { MAYOR_OFFICE_DATA: 'nope' }))).toThrow("the data folder 'nope' does not exist");
  });
});

describe('settings in mayor-office.yaml', () => {
  it('sets the language unless --lang is given', () => {
    const t = tree({ 'mayor-office.yaml': 'data: data\nlang: en\n', data: null });
    expect(ctxAt(t, { lang: 'ko', langSource: 'default' }).lang).toBe('en');
    expect(ctxAt(t, { lang: 'ko', langSource: 'cli' }).lang).toBe('ko');
  });

  it('refuses wrong settings with the file, what was expected and the value', () => {
    const lang = tree({ 'mayor-office.yaml': 'lang: fr\n' });
    expect(() => ctxAt(lang)).toThrow(`settings file ${join(lang, 'mayor-office.yaml')}: lang is ko or en, not 'fr'`);
    const data = tree({ 'mayor-office.yaml': 'data: 3\n' });
    expect(() => ctxAt(data)).toThrow("data is the path of the records folder (e.g. data), not '3'");
    const list = tree({ 'mayor-office.yaml': '- data\n' });
    expect(() => ctxAt(list)).toThrow('write the settings as keys and values');
  });

  it('locates a YAML error in the settings file', () => {
    const t = tree({ 'mayor-office.yaml': 'data: data\nlang: [en\n' });
    expect(() => ctxAt(t)).toThrow(new RegExp(`^settings file ${join(t, 'mayor-office.yaml').replace(/[.]/g, '\\.')}:3:1: `));
  });
});
