// A second office, as a stranger on this machine: the tool's repository is a bare git repository
// with a release tag (made from this working tree), and nothing else of this checkout is used.
// The stranger installs the tool from the tag, runs `init --tool` with that tag, and then does
// only what the new repository's own files say: npm install, the package.json script, the
// workflow's run steps in order, the composite action's shell steps at the tag, the pre-commit
// hook. Slow: it installs for real (offline, from its own empty npm cache).
import { beforeAll, describe, expect, it } from 'vitest';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { parse } from 'yaml';
import { copyCheckout, GIT_CONFIG, runIn, strangerEnv, type Ran } from './stranger.js';

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly env?: Record<string, string>;
}

const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
const TAG = `v${VERSION}`;

describe('the data-repository kit, end to end', () => {
  let tmp = '';
  let cache = '';
  let bare = '';
  let spec = '';
  let prefix = '';
  let kit = '';
  let extraEnv: NodeJS.ProcessEnv = {};
  const env = (more: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => {
    const e = strangerEnv(cache, { ...extraEnv, ...more });
    return { ...e, PATH: [join(prefix, 'bin'), e['PATH']].join(delimiter) };
  };
  const run = (cmd: string, args: string[], cwd: string, more: NodeJS.ProcessEnv = {}): Ran => runIn(cmd, args, cwd, env(more));
  const git = (args: string[], cwd: string): Ran => run('git', [...GIT_CONFIG, ...args], cwd);
  const ok = (r: Ran, what: string): Ran => {
    expect(r.code, `${what}\n${r.stdout}\n${r.stderr}`).toBe(0);
    return r;
  };
  /** The budget written with a thousands separator, staged as a commit would take it (each test
   *  that needs it says so, so a test can run alone). */
  const breakBudget = (): void => {
    const file = join(kit, 'data', 'budget', '2026.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('budget: 12000', 'budget: "12,000"'));
    ok(git(['add', 'data/budget/2026.yaml'], kit), 'git add');
  };
  const restoreBudget = (): Ran => ok(git(['checkout', 'HEAD', '--', 'data/budget/2026.yaml'], kit), 'git checkout');

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'mayor-office-kit-'));
    cache = join(tmp, 'npm-cache');
    prefix = join(tmp, 'prefix');
    // The tool's repository with a release tag, and a bare clone of it: all a stranger has.
    const checkout = join(tmp, 'checkout');
    copyCheckout(checkout);
    for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-q', '-m', 'release'], ['tag', TAG]]) ok(git(args, checkout), `git ${args[0]}`);
    bare = join(tmp, 'mayor-office.git');
    ok(git(['clone', '-q', '--bare', checkout, bare], tmp), 'git clone --bare');
    spec = `git+file://${bare}#${TAG}`;
    // Identity for the commits init and the test make, in the environment as a CI runner has it.
    extraEnv = { PRE_COMMIT_HOME: join(tmp, 'pre-commit-home'), GIT_AUTHOR_NAME: 'staff', GIT_AUTHOR_EMAIL: 'staff@example.invalid', GIT_COMMITTER_NAME: 'staff', GIT_COMMITTER_EMAIL: 'staff@example.invalid', npm_config_offline: 'true' };
    ok(run('npm', ['i', '-g', '--prefix', prefix, spec], tmp), 'npm i -g');
    kit = join(tmp, 'office');
  });

  it('init --tool with the tag makes a git repository whose first commit is the kit, naming the tag everywhere', () => {
    const made = ok(run('mayor-office', ['init', 'office', '--office', '시험과', '--id', 'test-office', '--year', '2026', '--tool', spec, '--lang', 'en'], tmp), 'init');
    expect(made.stdout).toMatch(/made it a git repository with a first commit \([0-9a-f]+\)\./);
    // A file of this machine: said once, as a note.
    expect(made.stderr).toContain('GitHub Actions cannot reach it');
    expect(ok(git(['log', '--format=%s'], kit), 'git log').stdout).toBe('시험과 기록 저장소 (mayor-office init)\n');
    const pkg = JSON.parse(readFileSync(join(kit, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies).toEqual({ 'mayor-office': spec });
    const hook = (parse(readFileSync(join(kit, '.pre-commit-config.yaml'), 'utf8')) as { repos: { hooks: { additional_dependencies: string[] }[] }[] }).repos[0]!.hooks[0]!;
    expect(hook.additional_dependencies).toEqual([spec]);
  });

  it("the editor's schemas are in the repository before any install, and judge the records as validate does", () => {
    expect(existsSync(join(kit, 'node_modules'))).toBe(false);
    const settings = JSON.parse(readFileSync(join(kit, '.vscode', 'settings.json'), 'utf8'))['yaml.schemas'] as Record<string, string[]>;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv, ['date']);
    for (const name of readdirSync(join(kit, 'schemas'))) ajv.addSchema(JSON.parse(readFileSync(join(kit, 'schemas', name), 'utf8')));
    const budgetFile = join(kit, 'data', 'budget', '2026.yaml');
    const schemaOf = (path: string): string => Object.entries(settings).find(([, globs]) => globs.includes(path))![0].replace(/^\.\/schemas\//, '');
    expect(ajv.validate(schemaOf('data/budget/*.yaml'), parse(readFileSync(budgetFile, 'utf8'))), ajv.errorsText()).toBe(true);
    // A budget written with a thousands separator: the editor's schema and validate both refuse it, at the same place.
    const broken = parse(readFileSync(budgetFile, 'utf8').replace('budget: 12000', 'budget: "12,000"')) as unknown;
    expect(ajv.validate(schemaOf('data/budget/*.yaml'), broken)).toBe(false);
    expect(ajv.errors!.map((e) => e.instancePath)).toContain('/lines/0/budget');
  });

  it('npm install, then the package.json script validates', () => {
    ok(run('npm', ['install', '--no-audit', '--no-fund'], kit), 'npm install');
    const v = ok(run('npm', ['run', '--silent', 'validate', '--', '--lang', 'en'], kit), 'npm run validate');
    // Every record file of the kit (one of each kind, counted: a new kind changes nothing here).
    const records = readdirSync(join(kit, 'data'), { recursive: true }).filter((f) => String(f).endsWith('.yaml')).length;
    expect(records).toBeGreaterThan(0);
    expect(v.stdout).toBe(`✔ ${records} files, no problems\n`);
  });

  it("the workflow's run steps in order pass; with a bad value the validate step fails with an annotation and a summary row", () => {
    const workflow = parse(readFileSync(join(kit, '.github', 'workflows', 'mayor-office.yml'), 'utf8')) as { jobs: { validate: { steps: Step[] } } };
    const steps = workflow.jobs.validate.steps;
    // checkout and setup-node are GitHub's: here the folder is the checkout and node is installed.
    expect(steps.filter((s) => s.uses !== undefined).map((s) => s.uses)).toEqual(['actions/checkout@v6', 'actions/setup-node@v6']);
    const runs = steps.filter((s) => s.run !== undefined);
    const runSteps = (more: NodeJS.ProcessEnv): Ran[] => runs.map((s) => run('bash', ['-e', '-c', s.run!], kit, { ...s.env, ...more }));
    const summary = join(tmp, 'summary-clean.md');
    const clean = runSteps({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: join(tmp, 'output') });
    for (const [i, r] of clean.entries()) ok(r, String(runs[i]!.name));

    breakBudget();
    const badSummary = join(tmp, 'summary-bad.md');
    const validate = runSteps({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: badSummary, GITHUB_OUTPUT: join(tmp, 'output') }).at(-1)!;
    expect(validate.code).toBe(1);
    expect(validate.stdout).toMatch(/^::error file=data\/budget\/2026\.yaml,line=\d+,col=\d+/m);
    expect(readFileSync(badSummary, 'utf8')).toContain('data/budget/2026.yaml');
  });

  it("the composite action's shell steps at the tag, in order, with the repository's own install: the same verdict", () => {
    const text = ok(git(['--git-dir', bare, 'show', `${TAG}:action.yml`], tmp), 'git show').stdout;
    const action = parse(text) as { inputs: Record<string, { default: string }>; runs: { steps: Step[] } };
    const inputs = Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, v.default]));
    const expand = (s: string): string =>
      s.replace(/\$\{\{\s*inputs\.([a-z-]+)\s*\}\}/g, (_, k: string) => inputs[k] ?? '').replace(/\$\{\{\s*github\.[a-z_]+\s*\}\}/g, '');
    const summary = join(tmp, 'summary-action.md');
    breakBudget();
    const results: Ran[] = [];
    for (const step of action.runs.steps) {
      if (step.run === undefined) continue;
      // The pull-request step is for pull requests only: this run is a push.
      if (step.if !== undefined && /pull_request/.test(step.if)) continue;
      const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v)]));
      results.push(run('bash', ['-e', '-c', expand(step.run)], kit, { ...stepEnv, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary, GITHUB_OUTPUT: join(tmp, 'output') }));
    }
    expect(results.length).toBeGreaterThanOrEqual(2);
    ok(results[0]!, 'install');
    // The records still hold the bad value of the test before.
    expect(results.at(-1)!.code).toBe(1);
    expect(results.at(-1)!.stdout).toMatch(/^::error file=data\/budget\/2026\.yaml/m);
    expect(readFileSync(summary, 'utf8')).toContain('data/budget/2026.yaml');
  });

  it('the pre-commit hook: by pre-commit where installed, else its entry run as pre-commit runs it (the spec installed alone)', () => {
    const config = parse(readFileSync(join(kit, '.pre-commit-config.yaml'), 'utf8')) as { repos: { repo: string; hooks: { entry: string; language: string; additional_dependencies: string[]; pass_filenames: boolean }[] }[] };
    const hook = config.repos[0]!.hooks[0]!;
    const preCommit = run('pre-commit', ['--version'], kit);
    breakBudget();
    let verdict: Ran;
    if (preCommit.code === 0) {
      verdict = run('pre-commit', ['run', '--all-files'], kit);
    } else {
      console.log('pre-commit is not installed here: the hook is run as pre-commit would run it (its additional_dependencies installed alone, then its entry)');
      expect([config.repos[0]!.repo, hook.language, hook.pass_filenames]).toEqual(['local', 'node', false]);
      const hookPrefix = join(tmp, 'hook-env');
      mkdirSync(hookPrefix);
      ok(run('npm', ['install', '-g', '--prefix', hookPrefix, ...hook.additional_dependencies], tmp), 'hook install');
      const [cmd, ...args] = hook.entry.split(' ');
      verdict = runIn(join(hookPrefix, 'bin', cmd!), args, kit, env());
    }
    expect(verdict.code).toBe(1);
    expect(verdict.stdout + verdict.stderr).toContain('data/budget/2026.yaml');
    restoreBudget();
    const clean = preCommit.code === 0 ? run('pre-commit', ['run', '--all-files'], kit) : runIn(join(tmp, 'hook-env', 'bin', 'mayor-office'), ['validate'], kit, env());
    ok(clean, 'hook on clean records');
  });

  it("init from the kit's own installed tool, without --tool, names the tag's commit npm installed", () => {
    const commit = ok(git(['--git-dir', bare, 'rev-parse', `${TAG}^{commit}`], tmp), 'rev-parse').stdout.trim();
    ok(run('npx', ['--no-install', 'mayor-office', 'init', join(tmp, 'second'), '--office', '두번째과', '--year', '2026'], kit), 'npx init');
    const pkg = JSON.parse(readFileSync(join(tmp, 'second', 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['mayor-office']).toBe(`git+file://${bare}#${commit}`);
  });
});
