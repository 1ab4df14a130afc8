// The lists of self-describing modules (a format writer, a report, a cross-record check, a rule
// that declares itself in its folder) are made from the folders at compile time and not committed:
// each must be what scripts/gen-module-lists.mjs makes from its folder now, and must list a
// module that declares itself and no other.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { LIST_FILE, MODULE_LISTS, ModuleListError, OTHER_NAMES, builtInNames, listText, otherNames, writeLists } from '../../scripts/gen-module-lists.mjs';
import { FORMAT_NAMES } from '../../src/render/formats/index.js';
import { FOUND_FORMATS } from '../../src/render/formats/modules.gen.js';
import { REPORTS } from '../../src/engine/reports.js';
import { FOUND_REPORTS } from '../../src/engine/reports/modules.gen.js';
import { SCHEMA_LISTS } from '../../src/model/records.js';
import { CHECKS } from '../../src/validate/checks/index.js';
import { FOUND_CHECKS } from '../../src/validate/checks/modules.gen.js';
import { FOUND_RULES } from '../../src/rules/modules.gen.js';
import { RULES } from '../../src/messages/catalog.js';
import { COMMANDS } from '../../src/cli/options.js';

const root = join(import.meta.dirname, '..', '..');
type Spec = { folder: string; export: string; list: string; what: string; registry: string[] };
const spec = (what: string): Spec => (MODULE_LISTS as Spec[]).find((s) => s.what === what)!;

/** A scratch copy of the registries' files, with the modules given added to it. */
function scratch(modules: Readonly<Record<string, string>>): string {
  const base = mkdtempSync(join(tmpdir(), 'mayor-office-lists-'));
  for (const s of MODULE_LISTS as Spec[]) {
    mkdirSync(join(base, s.folder), { recursive: true });
    for (const reg of s.registry) {
      mkdirSync(dirname(join(base, reg)), { recursive: true });
      copyFileSync(join(root, reg), join(base, reg));
    }
  }
  for (const other of Object.values(OTHER_NAMES).flat()) {
    mkdirSync(dirname(join(base, other.file)), { recursive: true });
    copyFileSync(join(root, other.file), join(base, other.file));
  }
  for (const [file, text] of Object.entries(modules)) writeFileSync(join(base, file), text);
  return base;
}

/** The message writeLists fails with on a folder, or undefined when it makes the lists. */
function failure(base: string): string | undefined {
  try {
    writeLists(base);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(ModuleListError);
    return (e as Error).message;
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}

const reportModule = (name: string): string => `import { report } from '../reportSpec.js';\nexport const report = report({\n  name: '${name}',\n});\n`;

describe('module lists', () => {
  for (const spec of MODULE_LISTS as Spec[]) {
    it(`${spec.folder}/${LIST_FILE} is what its folder makes now (npm run compile writes it)`, () => {
      expect(readFileSync(join(root, spec.folder, LIST_FILE), 'utf8')).toBe(listText(spec));
    });
  }

  it('lists a module that exports its declaration, by its file name, and leaves out the others', () => {
    const base = mkdtempSync(join(tmpdir(), 'mayor-office-lists-'));
    try {
      for (const spec of MODULE_LISTS as Spec[]) {
        mkdirSync(join(base, spec.folder), { recursive: true });
        writeFileSync(join(base, spec.folder, 'by-place.ts'), `export const ${spec.export} = {};\n`);
        writeFileSync(join(base, spec.folder, 'helper.ts'), `export const other = {};\n// export const ${spec.export} in a comment is no declaration\n`);
      }
      expect(writeLists(base)).toHaveLength(MODULE_LISTS.length);
      for (const spec of MODULE_LISTS as Spec[]) {
        const text = readFileSync(join(base, spec.folder, LIST_FILE), 'utf8');
        expect(text).toContain(`import { ${spec.export} as byPlace } from './by-place.js';`);
        expect(text).not.toContain('helper');
      }
      // Written again only when a folder changed.
      expect(writeLists(base)).toEqual([]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });

  it('reads the same built-in names from the registries as they hold (so a clash with one is seen)', () => {
    const found = (names: readonly string[], of: readonly string[]) => names.filter((n) => !of.includes(n));
    expect([...builtInNames(spec('format')).keys()]).toEqual(found(FORMAT_NAMES, Object.keys(FOUND_FORMATS)));
    // The lists the schemas declare are reports too, named in their schemas.
    expect([...builtInNames(spec('report')).keys()].sort()).toEqual(found(REPORTS.map((r) => r.name), [...FOUND_REPORTS.map((r) => r.name), ...SCHEMA_LISTS.map((l) => l.command)]).sort());
    expect([...builtInNames(spec('check')).keys()]).toEqual(found(CHECKS.map((c) => c.name), [...FOUND_CHECKS.map((c: { name: string }) => c.name), ...FOUND_RULES.map((r) => r.id)]));
    expect([...builtInNames(spec('rule')).keys()]).toEqual(Object.keys(RULES));
  });

  it('fails on a found format named as a built-in one, saying where each is', () => {
    const msg = failure(scratch({ 'src/render/formats/html.ts': 'export const format = {};\n' }));
    expect(msg).toMatch(/^src\/render\/formats\/html\.ts:1:1: the format 'html' is already declared at src\/render\/formats\/index\.ts:\d+:3; expected a name of its own: rename this file\.$/);
  });

  it('fails on a found report named as a built-in one, or as another found one', () => {
    expect(failure(scratch({ 'src/engine/reports/status.ts': reportModule('budget status') }))).toMatch(
      /^src\/engine\/reports\/status\.ts:3:10: the report 'budget status' is already declared at src\/engine\/reports\.ts:\d+:12;/,
    );
    const msg = failure(scratch({ 'src/engine/reports/visits.ts': reportModule('visits'), 'src/engine/reports/visitsAgain.ts': reportModule('visits') }));
    expect(msg).toMatch(/^src\/engine\/reports\/visitsAgain\.ts:3:10: the report 'visits' is already declared at src\/engine\/reports\/visits\.ts:3:10;/);
  });

  it('reads the names of the commands that are not reports from the table of commands, all of them', () => {
    const names = [...otherNames(spec('report')).keys()];
    expect(names.sort()).toEqual(COMMANDS.map((c) => c.name).filter((n) => !REPORTS.some((r) => r.name === n)).sort());
    expect(names).toEqual(expect.arrayContaining(['validate', 'expenses add', 'init', 'serve']));
  });

  it('fails on a found report named as a command that is not a report, saying where that command is', () => {
    const options = readFileSync(join(root, 'src/cli/options.ts'), 'utf8').split('\n');
    for (const name of ['validate', 'expenses add', 'init', 'serve']) {
      const line = options.findIndex((l) => l === `    name: '${name}',`) + 1;
      expect(line).toBeGreaterThan(0);
      expect(failure(scratch({ 'src/engine/reports/again.ts': reportModule(name) }))).toBe(
        `src/engine/reports/again.ts:3:10: the report '${name}' is already declared at src/cli/options.ts:${line}:12 (a command that is not a report); expected a name of its own: rename this report.`,
      );
    }
    // A report's name that only begins as a command's is its own.
    expect(failure(scratch({ 'src/engine/reports/expensesAdded.ts': reportModule('expenses added') }))).toBeUndefined();
  });

  it('fails on a found report named as a command group, or under a command that has no subcommands', () => {
    expect(failure(scratch({ 'src/engine/reports/budget.ts': reportModule('budget') }))).toMatch(
      /^src\/engine\/reports\/budget\.ts:3:10: the report 'budget' is the group of the command 'budget (status|monthly)', declared at src\/engine\/reports\.ts:\d+:12; expected a name of its own: rename this report\.$/,
    );
    expect(failure(scratch({ 'src/engine/reports/expenses.ts': reportModule('expenses') }))).toMatch(/the report 'expenses' is the group of the command 'expenses /);
    expect(failure(scratch({ 'src/engine/reports/eventsList.ts': reportModule('events list') }))).toMatch(
      /^src\/engine\/reports\/eventsList\.ts:3:10: the report 'events list' would be a subcommand of the command 'events', declared at src\/engine\/reports\.ts:\d+:12;/,
    );
    // A new command of a group that has no command of its name is its own (`expenses summary`).
    expect(failure(scratch({ 'src/engine/reports/tasksSummary.ts': reportModule('tasks summary') }))).toBeUndefined();
  });

  it('fails on a found check named as a built-in one', () => {
    const msg = failure(scratch({ 'src/validate/checks/again.ts': "export const crossCheck = { name: 'unique-ids', check: () => [] };\n" }));
    expect(msg).toMatch(/^src\/validate\/checks\/again\.ts:1:36: the check 'unique-ids' is already declared at src\/validate\/checks\/index\.ts:\d+:12;/);
  });

  const ruleModule = (id: string): string => `import { defineRule } from './defineRule.js';\n\nexport const rule = defineRule({\n  id: '${id}',\n  check: () => [],\n});\n`;

  it('fails on a rule module whose id is an entry of the rule table, or another module\'s', () => {
    expect(failure(scratch({ 'src/rules/again.ts': ruleModule('duplicate-id') }))).toMatch(
      /^src\/rules\/again\.ts:4:8: the rule 'duplicate-id' is already declared at src\/messages\/catalog\.ts:\d+:4; expected a name of its own: rename this rule\.$/,
    );
    const msg = failure(scratch({ 'src/rules/lateNight.ts': ruleModule('expense-late-night'), 'src/rules/night.ts': ruleModule('expense-late-night') }));
    expect(msg).toBe("src/rules/night.ts:4:8: the rule 'expense-late-night' is already declared at src/rules/lateNight.ts:4:8; expected a name of its own: rename this rule.");
  });

  it('fails on two files of one identifier, and on a file that is no identifier', () => {
    const two = failure(scratch({ 'src/render/formats/by-place.ts': 'export const format = {};\n', 'src/render/formats/byPlace.ts': 'export const format = {};\n' }));
    expect(two).toBe("src/render/formats/byPlace.ts: it and src/render/formats/by-place.ts are both listed as 'byPlace' (a file's name loses its - and .): rename one of them.");
    const bad = failure(scratch({ 'src/validate/checks/class.ts': "export const crossCheck = { name: 'x', check: () => [] };\n", 'src/validate/checks/2nd.ts': "export const crossCheck = { name: 'y', check: () => [] };\n" }));
    expect(bad?.split('\n')).toEqual([
      "src/validate/checks/2nd.ts: its name '2nd' is not one a check can be listed under (a JavaScript identifier, not a reserved word): rename the file, e.g. to check-2nd.ts.",
      "src/validate/checks/class.ts: its name 'class' is not one a check can be listed under (a JavaScript identifier, not a reserved word): rename the file, e.g. to check-class.ts.",
    ]);
  });

  it('the script says so and exits 1, writing no list', () => {
    const base = scratch({ 'src/render/formats/html.ts': 'export const format = {};\n' });
    try {
      mkdirSync(join(base, 'scripts'));
      copyFileSync(join(root, 'scripts', 'gen-module-lists.mjs'), join(base, 'scripts', 'gen-module-lists.mjs'));
      const r = spawnSync(process.execPath, [join(base, 'scripts', 'gen-module-lists.mjs')], { encoding: 'utf8' });
      expect([r.status, r.stdout]).toEqual([1, '']);
      expect(r.stderr).toMatch(/^src\/render\/formats\/html\.ts:1:1: the format 'html' is already declared at src\/render\/formats\/index\.ts:\d+:3; .+\n$/);
      expect(() => readFileSync(join(base, 'src/render/formats', LIST_FILE))).toThrow();
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
