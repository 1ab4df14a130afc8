// init makes a data repository that validates at once, and never changes an existing folder.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { checkoutCli as cli, root } from './cli.js';
import { RECORD_KINDS } from '../../src/model/records.js';
import { scaffold } from '../../src/init/scaffold.js';
import { parseToolSpec } from '../../src/init/toolSpec.js';
import { execFileSync, spawnSync } from 'node:child_process';

/** A git identity of its own, so the first commit does not depend on the machine's git config. */
const GIT_ID = { GIT_AUTHOR_NAME: 'test', GIT_AUTHOR_EMAIL: 'test@example.invalid', GIT_COMMITTER_NAME: 'test', GIT_COMMITTER_EMAIL: 'test@example.invalid' };
const gitIn = (dir: string, args: string[]): string => spawnSync('git', args, { cwd: dir, encoding: 'utf8' }).stdout;

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
    const made = cli(['init', 'office', '--office', '디지털정책과', '--id', 'digital-policy', '--year', '2026'], dir, GIT_ID);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    // As many files as the kit has, and a record file of every kind (counted from the schemas'
    // kinds and the scaffold, so a new kind needs no change here).
    const schemas = readdirSync(join(root, 'schemas')).map((name) => ({ name, content: readFileSync(join(root, 'schemas', name), 'utf8') }));
    const tool = parseToolSpec('0.0.0', 'x/y', (p) => p);
    const kit = scaffold({ office: '디지털정책과', id: 'digital-policy', year: 2026, tool: tool.ok ? tool.tool : (undefined as never), schemas });
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

  it("has one record of each kind, each with a modeline that reaches the kit's own copy of the tool's schemas, there before any install", () => {
    const dir = fresh();
    expect(cli(['init', '--office', '시험과', '--year', '2025'], dir, GIT_ID).code).toBe(0);
    expect(existsSync(join(dir, 'node_modules'))).toBe(false);
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
      const rel = relative(dir, target);
      expect(rel.startsWith('schemas/'), `${f}: ${m![1]}`).toBe(true);
      // The file is in the kit, and it is the schema validate's checks are compiled from, byte for byte.
      expect(readFileSync(target, 'utf8'), rel).toBe(readFileSync(join(root, rel), 'utf8'));
      expect(JSON.parse(readFileSync(target, 'utf8')).properties.kind.const).toBe(kind);
      // The editor checks the file by its place too, without the modeline, with the same schema.
      const byGlob = Object.entries(settings).filter(([, globs]) => globs.some((g) => globMatch(g, `data/${f}`)));
      expect(byGlob.map(([s]) => s), f).toEqual([`./${rel}`]);
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

describe('init makes a repository', () => {
  it('a git repository whose first commit holds every file, with .gitattributes and .editorconfig; the work tree is clean after it', () => {
    const dir = fresh();
    const made = cli(['init', 'office', '--office', '디지털정책과', '--year', '2026', '--lang', 'en'], dir, GIT_ID);
    expect(made.stderr).toBe('');
    const repo = join(dir, 'office');
    const head = gitIn(repo, ['rev-parse', '--short', 'HEAD']).trim();
    expect(made.stdout.split('\n')[1]).toBe(`made it a git repository with a first commit (${head}).`);
    expect(gitIn(repo, ['log', '--format=%s']).trim()).toBe('디지털정책과 기록 저장소 (mayor-office init)');
    expect(gitIn(repo, ['status', '--porcelain'])).toBe('');
    const committed = gitIn(repo, ['ls-files']).trim().split('\n').sort();
    const onDisk = Object.keys(snapshot(repo)).filter((f) => !f.endsWith('/') && !f.startsWith('.git/')).sort();
    expect(committed).toEqual(onDisk);
    // YAML is text with LF line ends whatever the checkout's platform.
    expect(gitIn(repo, ['check-attr', 'text', 'eol', '--', 'data/budget/2026.yaml'])).toBe('data/budget/2026.yaml: text: set\ndata/budget/2026.yaml: eol: lf\n');
    const editorconfig = readFileSync(join(repo, '.editorconfig'), 'utf8');
    for (const line of ['root = true', 'charset = utf-8', 'end_of_line = lf', 'indent_size = 2']) expect(editorconfig.split('\n'), line).toContain(line);
  });

  it('without git: the files, and a note saying how to make the repository (exit 0)', () => {
    const dir = fresh();
    const noGit = mkdtempSync(join(tmpdir(), 'mayor-office-nogit-'));
    const made = cli(['init', 'office', '--office', '시험과', '--year', '2026', '--lang', 'en'], dir, { PATH: noGit });
    expect(made.code).toBe(0);
    expect(made.stderr).toBe('mayor-office: git is not installed, so this is not a git repository: install git, then git init && git add -A && git commit.\n');
    expect(existsSync(join(dir, 'office', '.git'))).toBe(false);
    expect(cli(['validate'], join(dir, 'office')).code).toBe(0);
  });

  it('when git will not commit (no identity), the repository is there and the note names git\'s reason', () => {
    const dir = fresh();
    const strict = { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'user.useConfigOnly', GIT_CONFIG_VALUE_0: 'true', GIT_CONFIG_NOSYSTEM: '1', HOME: dir };
    const made = cli(['init', 'office', '--office', '시험과', '--year', '2026', '--lang', 'en'], dir, strict);
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/^mayor-office: made a git repository but not the first commit \((?:fatal|error): [^)]+\): set git config user\.name and user\.email, then git add -A && git commit\.\n$/);
    expect(existsSync(join(dir, 'office', '.git'))).toBe(true);
  });

  it('inside another repository it makes no repository of its own and commits nothing there', () => {
    const dir = fresh();
    spawnSync('git', ['init', '-q'], { cwd: dir });
    const made = cli(['init', 'sub/office', '--office', '시험과', '--year', '2026', '--lang', 'en'], dir, GIT_ID);
    expect(made.code).toBe(0);
    expect(made.stderr).toMatch(/^mayor-office: '.+' is a git repository already, so no new one was made: commit the files there\.\n$/);
    expect(existsSync(join(dir, 'sub', 'office', '.git'))).toBe(false);
    expect(spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).status).not.toBe(0);
  });
});

describe('init --tool', () => {
  /** package.json's dependency, the workflow's last step and the pre-commit hook's install, of a new kit. */
  const kitOf = (tool: string[], cwd = fresh()): { dependency: string; lastStep: Record<string, unknown>; hookInstall: unknown; stderr: string } => {
    const made = cli(['init', 'k', '--office', '시험과', '--year', '2026', '--lang', 'en', ...tool], cwd, GIT_ID);
    expect(made.code, made.stderr).toBe(0);
    const repo = join(cwd, 'k');
    const workflow = parse(readFileSync(join(repo, '.github', 'workflows', 'mayor-office.yml'), 'utf8')) as { jobs: { validate: { steps: Record<string, unknown>[] } } };
    const hooks = parse(readFileSync(join(repo, '.pre-commit-config.yaml'), 'utf8')) as { repos: { hooks: { additional_dependencies: string[] }[] }[] };
    return {
      dependency: (JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies['mayor-office']!,
      lastStep: workflow.jobs.validate.steps.at(-1)!,
      hookInstall: hooks.repos[0]!.hooks[0]!.additional_dependencies,
      stderr: made.stderr,
    };
  };

  it('an exact version: that version in package.json, the action at its tag, the hook installs it', () => {
    const k = kitOf(['--tool', '1.2.3']);
    expect([k.dependency, k.lastStep['uses'], k.hookInstall, k.stderr]).toEqual(['1.2.3', 'seoul-mayor-office/mayor-office@v1.2.3', ['mayor-office@1.2.3'], '']);
  });

  it('a git URL with a tag on GitHub: the URL in package.json and the hook, the action of that repository at that tag', () => {
    const url = 'git+https://github.com/some-city/mayor-office.git#v1.2.3';
    const k = kitOf(['--tool', url]);
    expect([k.dependency, k.lastStep['uses'], k.hookInstall]).toEqual([url, 'some-city/mayor-office@v1.2.3', [url]]);
  });

  it('a tarball on this machine: an absolute file: dependency, the install steps written out, a note that CI cannot reach it', () => {
    const cwd = fresh();
    const k = kitOf(['--tool', './mayor-office-1.2.3.tgz'], cwd);
    const path = join(cwd, 'mayor-office-1.2.3.tgz');
    expect([k.dependency, k.hookInstall]).toEqual([`file:${path}`, [path]]);
    expect(k.lastStep['run']).toBe('npx --no-install mayor-office validate --format github');
    expect(k.stderr).toContain(`the tool comes from a file of this computer (file:${path}): GitHub Actions cannot reach it`);
  });

  it('a range or a git URL without a tag is refused (exit 2, nothing written): the kit would not say which tool it runs', () => {
    const dir = fresh();
    for (const [spec, words] of [['^1.2.0', 'a range that moves'], ['latest', 'a range that moves'], ['git+https://github.com/a/b.git', 'a git URL without a tag or commit'], ['hello', 'not a form the tool knows']] as const) {
      const r = cli(['init', 'x', '--office', 'A', '--tool', spec, '--lang', 'en'], dir);
      expect(r.code, spec).toBe(2);
      expect(r.stderr, spec).toContain(`--tool '${spec}' is ${words}: give a fixed one`);
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("the kit's copy of the schemas", () => {
  it('validate says when the copy is not this tool\'s (another version): on stderr, the exit code left to the records', () => {
    const dir = fresh();
    expect(cli(['init', 'k', '--office', '시험과', '--year', '2026'], dir, GIT_ID).code).toBe(0);
    const repo = join(dir, 'k');
    const clean = cli(['validate', '--lang', 'en'], repo);
    expect([clean.code, clean.stderr]).toEqual([0, '']);
    // One record file of each kind the kit has (counted, so a new kind changes nothing here).
    const recordFiles = readdirSync(join(repo, 'data'), { recursive: true }).filter((f) => String(f).endsWith('.yaml')).length;
    expect(recordFiles).toBeGreaterThanOrEqual(RECORD_KINDS.length);
    const file = join(repo, 'schemas', 'budget.schema.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"title"', '"$comment": "an older tool", "title"'));
    const drift = cli(['validate', '--lang', 'en'], repo);
    expect(drift.code).toBe(0);
    expect(drift.stdout).toBe(`✔ ${recordFiles} files, no problems\n`);
    expect(drift.stderr).toBe(
      `mayor-office: the schemas in schemas differ from those of this mayor-office ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version} (1: budget.schema.json): the editor checks by other rules than validate. Copy them: cp ${join(root, 'schemas')}/*.schema.json schemas/\n`,
    );
    // The command it gives puts things right.
    spawnSync('sh', ['-c', `cp ${join(root, 'schemas')}/*.schema.json schemas/`], { cwd: repo });
    expect(cli(['validate', '--lang', 'en'], repo).stderr).toBe('');
    // A copy that is a folder or a FIFO is not read (no hang, no internal error): it differs.
    for (const [name, make] of [
      ['budget.schema.json', (p: string) => mkdirSync(p)],
      ['expenses.schema.json', (p: string) => execFileSync('mkfifo', [p])],
    ] as const) {
      rmSync(join(repo, 'schemas', name));
      make(join(repo, 'schemas', name));
    }
    const odd = cli(['validate', '--lang', 'en'], repo);
    expect([odd.code, odd.stdout]).toEqual([0, `✔ ${recordFiles} files, no problems\n`]);
    expect(odd.stderr).toContain('(2: budget.schema.json, expenses.schema.json)');
  });
});
