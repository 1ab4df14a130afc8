// The examples of docs/errors.md are true: each section's `<!-- example: [...] -->` comment says
// how to make the mistake in a copy of the seed records; the copy is validated, and the page
// must show the file as changed and the messages exactly as the tool prints them, in Korean and
// in English. A new rule's example is written once, in the page: for a rule module of src/rules/
// it is the rule's test.
import { describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ruleIds, ruleSeverity } from '../../src/messages/catalog.js';
import type { RuleId } from '../../src/model/problem.js';
import { FOUND_RULES } from '../../src/rules/modules.gen.js';
import { runCli, tempTree } from '../helpers.js';

const root = join(import.meta.dirname, '..', '..');
const SEED = join(root, 'test', 'fixtures', 'secretariat', 'data');

/** One step of making a mistake in a copy of the seed records, as written in the page's
 *  `<!-- example: [...] -->` comments (paths are inside data/). */
type Step =
  | readonly ['replace', string, string, string]
  | readonly ['append' | 'write' | 'latin1', string, string]
  | readonly ['copy', string, string, string, string]
  | readonly ['link', string, string]
  | readonly ['mkdir', string];

/** Rules of `expenses import` (test/import raises each of them on a table it makes). */
const IMPORT_RULES = ['import-not-table', 'import-header-unmapped', 'import-missing-value', 'import-bad-date', 'import-bad-time', 'import-bad-amount', 'import-no-budget', 'import-line-not-in-budget', 'import-line-unknown', 'import-line-ambiguous', 'import-program-unknown', 'import-near-match', 'import-dept-column-unknown'];
/** Rules no example here can raise: a schema condition without a message, a FIFO or device
 *  (test/load makes them), a 64 MiB file, a folder without records (test/e2e/recordsInUse), a
 *  file of more than 1,000 schema errors (test/validate/badInput). */
const NO_EXAMPLE = new Set(['data-empty', 'schema-other', 'schema-checking-stopped', 'file-special', 'file-too-large', 'string-too-long', 'list-too-long', ...IMPORT_RULES]);

function sections(): Map<string, string> {
  const text = readFileSync(join(root, 'docs', 'errors.md'), 'utf8');
  const out = new Map<string, string>();
  for (const part of text.split(/^(?=### `)/m).slice(1)) out.set(/^### `([a-z0-9-]+)`/.exec(part)![1]!, part.split(/^## /m)[0]!);
  return out;
}

/** The seed records with the mistake made; returns the folder that holds `data/`. */
function withMistake(steps: readonly Step[]): string {
  const dir = tempTree({});
  cpSync(SEED, join(dir, 'data'), { recursive: true });
  for (const step of steps) {
    const p = join(dir, 'data', step[1]);
    mkdirSync(dirname(p), { recursive: true });
    switch (step[0]) {
      case 'replace': {
        const before = readFileSync(p, 'utf8');
        const after = before.replace(step[2], step[3]);
        expect(after, `the seed changed: ${step[1]} has no ${step[2]}`).not.toBe(before);
        writeFileSync(p, after);
        break;
      }
      case 'copy': {
        const before = readFileSync(p, 'utf8');
        expect(before).toContain(step[3]);
        writeFileSync(join(dir, 'data', step[2]), before.replace(step[3], step[4]));
        break;
      }
      case 'append':
        appendFileSync(p, step[2]);
        break;
      case 'write':
        writeFileSync(p, step[2]);
        break;
      case 'latin1': // bytes that are not UTF-8, written one character per byte
        writeFileSync(p, Buffer.from(step[2], 'latin1'));
        break;
      case 'link':
        symlinkSync(step[2], p);
        break;
      case 'mkdir':
        mkdirSync(p);
        break;
    }
  }
  return dir;
}

const EXAMPLE = /<!-- example: (.*) -->/;

describe('docs/errors.md examples', () => {
  it('has an example for every rule but those no data can raise', () => {
    const all = sections();
    expect(ruleIds().filter((id) => !NO_EXAMPLE.has(id) && !EXAMPLE.test(all.get(id) ?? ''))).toEqual([]);
  });

  it('has an example for every rule module of src/rules/ (its test), which the rule ids include', () => {
    const all = sections();
    expect(FOUND_RULES.length).toBeGreaterThan(0);
    for (const { id } of FOUND_RULES) {
      expect(ruleIds(), id).toContain(id);
      expect(NO_EXAMPLE.has(id), `${id}: a rule module is tested by its example`).toBe(false);
      expect(EXAMPLE.test(all.get(id) ?? ''), `${id}: no section with an example in docs/errors.md`).toBe(true);
    }
  });

  for (const [id, doc] of sections()) {
    const example = EXAMPLE.exec(doc);
    if (!example) continue;
    it(id, async () => {
      const dir = withMistake(JSON.parse(example[1]!) as Step[]);
      const lines: string[] = [];
      for (const lang of ['ko', 'en']) {
        const r = await runCli(['--data', 'data', '--lang', lang, 'validate'], dir);
        expect(r.code, r.stderr).toBe(ruleSeverity(id as RuleId) === 'warning' ? 0 : 1);
        const line = r.stdout.split('\n').find((l) => l.endsWith(`[${id}]`));
        expect(line, `${lang}: no ${id} problem in\n${r.stdout}`).toBeDefined();
        // The place that raised it gave it the severity of the rule table.
        expect(line).toMatch(ruleSeverity(id as RuleId) === 'warning' ? /^\S+ (warning|경고) / : /^\S+ (error|오류) /);
        lines.push(line!);
      }
      // The messages as printed, one under the other, in a text block.
      expect(doc).toContain(`\`\`\`text\n${lines.join('\n')}\n\`\`\``);
      // A YAML example is the changed file's lines up to the line the problem is on.
      const yaml = /```yaml\n# (\S+)\n([\s\S]*?)\n```/.exec(doc);
      if (yaml) {
        const [, file, body] = yaml;
        expect(lines[1]!.startsWith(`${file}:`)).toBe(true);
        expect(readFileSync(join(dir, file!), 'utf8')).toContain(body!);
      }
    });
  }
});
