// The rule table: every rule the code can raise has its Korean and English words and a section
// in docs/errors.md, and no lookup reads an inherited property (`__proto__` and `constructor`
// are ordinary words in a record).
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe as describeProblem, isRuleId, oneLine, ruleEntry, ruleIds } from '../../src/messages/catalog.js';
import type { Problem, ProblemBase } from '../../src/model/problem.js';
import { problemOf } from '../../src/model/problem.js';
import { RECORD_KINDS } from '../../src/model/records.js';
import { runCli, tempTree } from '../helpers.js';

const root = join(import.meta.dirname, '..', '..');

/** Rule ids the code names where it builds a problem: the first argument of a problem builder,
 *  a `rule:` property or a `rule =` choice, including both arms of a conditional. */
function rulesNamedInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'messages') walk(p);
        continue;
      }
      if (!name.endsWith('.ts')) continue;
      // A rule named in a `//` comment (an example of how to raise one) is not raised.
      const text = readFileSync(p, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      // Each builder, with how many arguments stand before the rule id.
      for (const m of text.matchAll(/\b(problemAt|problemOf|add|make|problem|fileProblem|tableProblem|fail)\(|\brule\s*[:=]/g)) {
        const skip = m[1] === 'tableProblem' ? 3 : m[1] === 'problemAt' ? 2 : m[1] === 'problem' || m[1] === 'fileProblem' || m[1] === 'fail' ? 1 : 0;
        const arg = argument(text, m.index + m[0].length, skip);
        for (const id of arg.matchAll(/'([a-z0-9]+(?:-[a-z0-9]+)+)'/g)) found.set(id[1]!, p.slice(root.length + 1));
      }
    }
  };
  walk(join(root, 'src'));
  return found;
}

/** The text of the argument after `skip` others, from `at` (just past an opening bracket or a
 *  `rule:`): it ends at a comma, semicolon or line end outside brackets, or at the closing one. */
function argument(text: string, at: number, skip: number): string {
  let depth = 0;
  let start = at;
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if ('([{'.includes(c)) depth++;
    else if (')]}'.includes(c)) {
      if (depth === 0) return text.slice(start, i);
      depth--;
    } else if (depth === 0 && (c === ',' || c === ';' || c === '\n')) {
      if (c !== ',' || skip === 0) return text.slice(start, i);
      skip--;
      start = i + 1;
    }
  }
  return text.slice(start);
}

/** docs/errors.md split into its rule sections: `### \`rule-id\``, up to the next heading. */
function docSections(): Map<string, string> {
  const text = readFileSync(join(root, 'docs', 'errors.md'), 'utf8');
  const sections = new Map<string, string>();
  const parts = text.split(/^### `([a-z0-9-]+)`[^\n]*$/m);
  for (let i = 1; i < parts.length; i += 2) sections.set(parts[i]!, parts[i + 1]!.split(/^#{2,3} /m)[0]!);
  return sections;
}

const base: ProblemBase = {
  severity: 'error',
  span: { file: 'data/x.yaml', line: 3, column: 7, endLine: 3, endColumn: 10 },
  path: 'office',
};

describe('the rule table', () => {
  it('finds the rules the code raises', () => {
    const named = rulesNamedInSource();
    // The finder must see the builders it is meant to see, or the checks below prove nothing.
    for (const id of ['file-encoding', 'kind-unknown', 'kind-missing', 'yaml-syntax', 'yaml-tab-indent', 'schema-negative', 'schema-minimum', 'file-is-directory', 'duplicate-id', 'listed-count']) {
      expect(named.has(id), id).toBe(true);
    }
  });

  it('holds every rule the code names, and every rule it holds is raised somewhere', () => {
    const named = rulesNamedInSource();
    expect([...named].filter(([id]) => !isRuleId(id))).toEqual([]);
    expect(ruleIds().filter((id) => !named.has(id))).toEqual([]);
  });

  it('words every rule in Korean and in English, even with its parameters missing', () => {
    for (const id of ruleIds()) {
      const entry = ruleEntry(id);
      expect(typeof entry?.ko, id).toBe('function');
      expect(typeof entry?.en, id).toBe('function');
      for (const lang of ['ko', 'en'] as const) {
        const m = describeProblem({ ...base, rule: id, params: {} } as unknown as Problem, lang);
        expect(m.message.length, `${id} ${lang}`).toBeGreaterThan(3);
        expect(m.message).not.toBe(id);
      }
      const ko = describeProblem({ ...base, rule: id, params: {} } as unknown as Problem, 'ko').message;
      expect(ko, id).toMatch(/[가-힣]/);
    }
  });

  it('has a section in docs/errors.md for every rule, in both languages, and none for a rule it does not hold', () => {
    const sections = docSections();
    const missing = ruleIds().filter((id) => !sections.has(id));
    expect(missing).toEqual([]);
    expect([...sections.keys()].filter((id) => !isRuleId(id))).toEqual([]);
    const line = (body: string, label: string): string => new RegExp(`^- \\*\\*${label}\\*\\*: (.+)$`, 'm').exec(body)?.[1] ?? '';
    for (const [id, body] of sections) {
      for (const label of ['뜻', '고치기']) expect(line(body, label), `${id}: ${label}`).toMatch(/[가-힣]{2}/);
      for (const label of ['Meaning', 'Fix']) expect(line(body, label), `${id}: ${label}`).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/);
      // The example's message, as the tool prints it in Korean and in English.
      const messages = body.split('\n').filter((l) => l.endsWith(`[${id}]`));
      expect(messages.filter((l) => /[가-힣]/.test(l.slice(l.indexOf(' ')))).length, `${id}: Korean message`).toBeGreaterThanOrEqual(1);
      expect(messages.length, `${id}: messages in both languages`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('lookups never read inherited properties', () => {
  const words = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];

  it('a rule id that is an inherited property name is not a rule', () => {
    for (const w of words) expect(isRuleId(w), w).toBe(false);
    for (const w of words) expect(describeProblem({ ...base, rule: w, params: {} } as unknown as Problem, 'ko')).toEqual({ message: w });
  });

  it('messages quote __proto__ and constructor as words, in Korean and English', () => {
    const cases: [Problem, string, string][] = [
      [
        problemOf('yaml-proto-key', { key: '__proto__' }, base),
        "office: 키 '__proto__'는 쓸 수 없습니다; 이 키를 지우세요",
        "office: the key '__proto__' is not allowed; remove this key",
      ],
      [
        problemOf('unknown-ref', { what: 'constructor', id: 'constructor', suggestion: undefined, known: ['__proto__'] }, base),
        "office: constructor 'constructor'을(를) 찾을 수 없습니다; 있는 값: __proto__",
        "office: no constructor 'constructor' exists; known: __proto__",
      ],
      [
        problemOf('unknown-ref', { what: 'office', id: 'constructor', suggestion: undefined, known: undefined }, base),
        "office: 사무실 ID 'constructor'을(를) 찾을 수 없습니다; 가리키는 기록을 먼저 추가하세요",
        "office: no office id 'constructor' exists; add the record it points at first",
      ],
      [
        problemOf('schema-type', { expected: 'constructor', found: '__proto__' }, { ...base, actual: 'constructor' }),
        "office: constructor이(가) 와야 하는데 __proto__ 'constructor'이(가) 있습니다",
        "office: expected constructor, found __proto__ 'constructor'",
      ],
      [
        problemOf('yaml-syntax', { code: '__proto__', detail: 'constructor' }, base),
        'office: YAML 문법 오류: constructor; 표시된 위치와 그 앞뒤 줄의 들여쓰기, 괄호, 따옴표를 확인하세요',
        'office: YAML syntax error: constructor; check the indentation, brackets and quotes here and on the lines around it',
      ],
      [
        problemOf('stated-mismatch', { what: '__proto__', stated: 'constructor', computed: '__proto__' }, base),
        'office: 보고서 표기 __proto__ constructor이(가) 기록에서 계산한 값 __proto__와 다릅니다; 기록의 수치를 고치거나, 표기값이 틀렸다면 stated 값을 고치세요',
        'office: the stated __proto__ constructor differs from __proto__ computed from the records; correct the records, or the stated value if the document was wrong',
      ],
      [
        problemOf('schema-enum', { allowed: ['a', 'b'], suggestion: 'constructor' }, { ...base, actual: '__proto__' }),
        "office: 허용되지 않는 값 '__proto__'; 'constructor'을(를) 쓰려던 것인가요? 가능한 값: a, b",
        "office: value not allowed '__proto__'; did you mean 'constructor'? one of: a, b",
      ],
    ];
    for (const [p, ko, en] of cases) {
      expect(oneLine(p, 'ko')).toBe(ko);
      expect(oneLine(p, 'en')).toBe(en);
    }
  });

  it('validate words a record that says constructor or __proto__, in Korean (the default)', async () => {
    const run = async (files: Record<string, string>): Promise<string[]> => {
      const dir = tempTree(files);
      const r = await runCli(['--data', dir, 'validate'], dir);
      expect(r.code).toBe(1);
      expect(r.stderr).not.toMatch(/내부 오류|internal error/);
      return r.stdout.split('\n').filter((l) => / error /.test(l));
    };
    // A file with no record hides unknown references (they may point into it): two folders.
    expect(
      await run({
        'o.yaml': 'kind: office\nid: test-office\nname: constructor\nfunctions:\n  - title: __proto__\n    items: [constructor]\n',
        'r.yaml': 'kind: report\nid: r\ntitle: t\nissued: 2021-05\noffice: constructor\nfiscal_year: 2021\nas_of: 2021-04-28\n',
      }),
    ).toEqual(["r.yaml:5:9 error office: 사무실 ID 'constructor'을(를) 찾을 수 없습니다; 있는 값: test-office [unknown-ref]"]);
    expect(
      await run({
        'k.yaml': 'kind: constructor\n',
        'p.yaml': 'kind: countries\ncountries:\n  - { code: CN, name: constructor, name_en: __proto__, region: 아시아 }\n__proto__:\n  polluted: true\n',
      }),
    ).toEqual([
      `k.yaml:1:7 error kind: 알 수 없는 기록 종류 'constructor'; 가능한 값: ${RECORD_KINDS.join(', ')} [kind-unknown]`,
      "p.yaml:4:1 error __proto__: 키 '__proto__'는 쓸 수 없습니다; 이 키를 지우세요 [yaml-proto-key]",
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('a value written in quotes', () => {
  it("is quoted once in a message: '25,000', not ''25,000''", async () => {
    const dir = tempTree({ 'data/expenses/2022.yaml': "kind: expenses\nfiscal_year: 2022\nunit: 원\nentries:\n  - { date: 2022-03-03, line: 203-01, amount: '25,000', purpose: a }\n" });
    const r = await runCli(['--data', 'data', '--lang', 'en', 'validate'], dir);
    expect(r.stdout.split('\n')[0]).toBe("data/expenses/2022.yaml:5:47 error entries[0].amount: '25,000' is text; expected a number; write the number without commas: 25000 [number-with-commas]");
  });
});
