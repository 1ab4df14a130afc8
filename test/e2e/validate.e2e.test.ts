// End-to-end: the built CLI on a fixture data folder; stdout and exit code compared with
// golden files. A golden file is the reviewed, expected output: when behaviour changes on
// purpose, rerun with UPDATE_GOLDEN=1, read the diff, and say why in the commit.
import { describe, expect, it } from 'vitest';

import { cli, golden, root } from './cli.js';

describe('mayor-office validate (end to end)', () => {
  it('the default data is valid (exit 0)', () => {
    const ko = cli(['validate']);
    expect([ko.code, ko.stdout, ko.stderr]).toEqual([0, '✔ 파일 15개, 문제 없음\n', '']);
    const en = cli(['validate', '--lang', 'en']);
    expect([en.code, en.stdout]).toEqual([0, '✔ 15 files, no problems\n']);
  });

  for (const format of ['text', 'json', 'github']) {
    for (const lang of ['ko', 'en']) {
      it(`broken fixture, --format ${format} --lang ${lang}`, () => {
        const r = cli(['validate', '--data', 'test/fixtures/broken', '--format', format, '--lang', lang], root);
        expect(r.code).toBe(1);
        expect(r.stderr).toBe('');
        golden(`validate-broken.${lang}.${format === 'json' ? 'json' : format === 'github' ? 'github.txt' : 'txt'}`, r.stdout);
      });
    }
  }

  it('validates only the paths given', () => {
    const r = cli(['validate', 'test/fixtures/broken/office.yaml', '--format', 'json', '--lang', 'en'], root);
    const body = JSON.parse(r.stdout) as { files: number; problems: { file: string; rule: string; line: number }[] };
    expect([r.code, body.files]).toEqual([1, 1]);
    expect(body.problems.map((p) => [p.file, p.line, p.rule])).toEqual([['test/fixtures/broken/office.yaml', 7, 'yaml-duplicate-key']]);
  });

  it('colour only on request of a terminal, never with NO_COLOR', () => {
    const plain = cli(['validate', '--data', 'test/fixtures/broken'], root);
    expect(plain.stdout).not.toMatch(/\x1b\[/);
    const noColor = cli(['validate', '--data', 'test/fixtures/broken'], root, { NO_COLOR: '1' });
    expect(noColor.stdout).toBe(plain.stdout);
  });

  it('--help lists the commands and exits 0, in Korean unless --lang en', () => {
    const r = cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('validate [옵션] [paths...]');
    const en = cli(['--lang', 'en', '--help']);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('validate [options] [paths...]');
  });
});
