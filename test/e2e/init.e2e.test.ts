// init makes a data repository that validates at once, and never changes an existing folder.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { cli, root } from './cli.js';
import { RECORD_KINDS } from '../../src/model/records.js';
import { scaffold } from '../../src/init/scaffold.js';

/** Every file below `dir` with its contents, for before/after comparisons. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) {
        out[`${relative(dir, full)}/`] = '';
        walk(full);
      } else out[relative(dir, full)] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return out;
}

const fresh = (): string => mkdtempSync(join(tmpdir(), 'mayor-office-init-'));

describe('init', () => {
  it('makes a folder whose records validate at once, also with --strict, from inside it', () => {
    const dir = fresh();
    const made = cli(['init', 'office', '--office', '디지털정책과', '--id', 'digital-policy', '--year', '2026'], dir);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    // As many files as the kit has, and a record file of every kind (counted from the schemas'
    // kinds and the scaffold, so a new kind needs no change here).
    const kit = scaffold({ office: '디지털정책과', id: 'digital-policy', year: 2026, toolVersion: '0.0.0', action: 'x' });
    expect(made.stdout).toContain(`파일 ${kit.length}개`);
    const records = kit.filter((f) => /^data\/.*\.ya?ml$/.test(f.path));
    expect(new Set(records.map((f) => /^kind: ([a-z]+)$/m.exec(f.content)?.[1]))).toEqual(new Set(RECORD_KINDS));
    const repo = join(dir, 'office');
    const v = cli(['validate', '--strict'], repo);
    expect(v.stdout).toBe(`✔ 파일 ${records.length}개, 문제 없음\n`);
    expect(v.code).toBe(0);
    // From a subfolder the marker is found and the search ends there.
    expect(cli(['budget', 'status', '--format', 'json'], join(repo, 'data', 'tasks')).code).toBe(0);
    // The example records are reports the tool can make, not only valid files.
    const budget = JSON.parse(cli(['budget', 'status', '--format', 'json'], repo).stdout);
    expect([budget.fiscalYear, budget.asOf, budget.total.budget, budget.total.executed]).toEqual([2026, '2026-01-31', 18000, 250]);
    expect(cli(['report', '--format', 'md'], repo).code).toBe(0);
  });

  it("shows the office's council as a comment: a district office uncomments it, and says 구의회", () => {
    const dir = fresh();
    expect(cli(['init', 'gu', '--office', '자치행정과', '--year', '2025'], dir).code).toBe(0);
    const repo = join(dir, 'gu');
    const file = join(repo, 'data', 'office.yaml');
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^# council: 구의회 +# 자치구 사무실이면/m);
    expect(cli(['council'], repo).stdout.split('\n')[0]).toBe('시의회 협력 회의');
    writeFileSync(file, text.replace(/^# (council: 구의회)/m, '$1'));
    expect(cli(['validate', '--strict'], repo).code).toBe(0);
    expect(cli(['council'], repo).stdout.split('\n')[0]).toBe('구의회 협력 회의');
    expect(cli(['cities'], repo).stdout).toContain('구의회 의결');
  });

  it('has one record of each kind, each with a modeline that reaches the installed schemas', () => {
    const dir = fresh();
    expect(cli(['init', '--office', '시험과', '--year', '2025'], dir).code).toBe(0);
    const files = Object.keys(snapshot(join(dir, 'data'))).filter((f) => f.endsWith('.yaml'));
    const kinds = new Set<string>();
    const settings = JSON.parse(readFileSync(join(dir, '.vscode', 'settings.json'), 'utf8'))['yaml.schemas'] as Record<string, string[]>;
    for (const f of files) {
      const text = readFileSync(join(dir, 'data', f), 'utf8');
      const kind = (parse(text) as { kind: string }).kind;
      kinds.add(kind);
      const m = /^# yaml-language-server: \$schema=(\S+)$/m.exec(text.split('\n')[0]!);
      expect(m, f).not.toBeNull();
      const target = resolve(dirname(join(dir, 'data', f)), m![1]!);
      // node_modules/mayor-office is this package once the data repository is installed.
      const rel = relative(join(dir, 'node_modules', 'mayor-office'), target);
      expect(rel.startsWith('schemas/'), `${f}: ${m![1]}`).toBe(true);
      expect(existsSync(join(root, rel)), rel).toBe(true);
      expect(JSON.parse(readFileSync(join(root, rel), 'utf8')).properties.kind.const).toBe(kind);
      // The editor checks the file by its place too, without the modeline, with the same schema.
      const byGlob = Object.entries(settings).filter(([, globs]) => globs.some((g) => globMatch(g, `data/${f}`)));
      expect(byGlob.map(([s]) => s), f).toEqual([`./node_modules/mayor-office/${rel}`]);
    }
    expect([...kinds].sort()).toEqual([...RECORD_KINDS].sort());
    expect(JSON.parse(readFileSync(join(dir, '.vscode', 'extensions.json'), 'utf8')).recommendations).toEqual(['redhat.vscode-yaml']);
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    expect(Object.keys(pkg.devDependencies)).toEqual(['mayor-office']);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('npx mayor-office validate');
    expect(parse(readFileSync(join(dir, 'mayor-office.yaml'), 'utf8'))).toEqual({ data: 'data' });
  });

  it('over a folder that is not empty exits 1 and changes nothing', () => {
    const dir = fresh();
    expect(cli(['init', 'a', '--office', '시험과', '--year', '2025'], dir).code).toBe(0);
    writeFileSync(join(dir, 'a', 'data', 'budget', '2025.yaml'), 'edited by staff\n');
    const before = snapshot(dir);
    const again = cli(['init', 'a', '--office', '다른과', '--year', '2026', '--lang', 'en'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe("mayor-office: 'a' is a folder that is not empty: nothing was changed. Give the name of a new folder.\n");
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a file in the way and writes nothing, but takes a folder that holds only .git', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'b'), 'x');
    const before = snapshot(dir);
    const r = cli(['init', 'b', '--office', '시험과'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("mayor-office: 'b'이(가) 이미 있습니다: 아무것도 바꾸지 않았습니다.\n");
    expect(snapshot(dir)).toEqual(before);
    mkdirSync(join(dir, 'c', '.git'), { recursive: true });
    expect(cli(['init', 'c', '--office', '시험과', '--year', '2025'], dir).code).toBe(0);
    expect(existsSync(join(dir, 'c', 'mayor-office.yaml'))).toBe(true);
  });

  it('needs an office name and a usable id (exit 2, nothing written)', () => {
    const dir = fresh();
    const none = cli(['init', 'x', '--lang', 'en'], dir);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe('mayor-office: give the office name with --office (e.g. --office 디지털정책과).\n');
    expect(cli(['init', 'x', '--office', 'A', '--id', 'Bad Id'], dir).code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

/** The few glob forms the settings use: a path, or a folder with *.yaml. */
function globMatch(glob: string, path: string): boolean {
  const re = new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return re.test(path);
}

describe('the language of a new repository', () => {
  it("follows each user's locale: init writes no lang, so an English locale gets English help", () => {
    const dir = fresh();
    expect(cli(['init', 'office', '--office', '디지털정책과', '--year', '2026'], dir).code).toBe(0);
    const repo = join(dir, 'office');
    expect(readFileSync(join(repo, 'mayor-office.yaml'), 'utf8')).not.toMatch(/^lang:/m);
    expect(cli(['budget', '--help'], repo, { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^Usage: mayor-office budget/);
    expect(cli(['budget', '--help'], repo, { LANG: 'ko_KR.UTF-8' }).stdout).toMatch(/^사용법: mayor-office budget/);
  });
});
