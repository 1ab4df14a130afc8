// GitHub annotations follow the workflow-command escaping rules, carry a title and land on
// repository-relative paths; the job summary holds every problem.
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/model/problem.js';
import { problemOf } from '../../src/model/problem.js';
import { renderGithub, renderGithubSummary, workspacePath } from '../../src/render/problems/github.js';

const base: Problem = {
  severity: 'error',
  rule: 'schema-type',
  span: { file: 'data/headcount.yaml', line: 7, column: 29, endLine: 7, endColumn: 31 },
  path: 'tracks[0].grades[0].quota',
  params: { expected: 'integer', found: 'string', example: '12' },
};

/** GitHub's reading of one workflow command: properties split at ',', each value and the
 *  message unescaped. Fails on anything the escaping should have removed. */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(error|warning) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  expect(m[3]).not.toMatch(/[\r\n]/);
  const unescape = (s: string): string =>
    s.replace(/%(25|0D|0A|3A|2C)/g, (_, code: string) => ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[code]!);
  const props: Record<string, string> = {};
  for (const kv of m[2]!.split(',')) {
    const at = kv.indexOf('=');
    expect(kv.slice(at + 1)).not.toMatch(/[:,\r\n]|%(?!25|0D|0A|3A|2C)/);
    props[kv.slice(0, at)] = unescape(kv.slice(at + 1));
  }
  // In the message only %, CR and LF are escaped: ':' and ',' stay as written.
  expect(m[3]).not.toMatch(/%(?!25|0D|0A)/);
  return { command: m[1]!, props, message: m[3]!.replace(/%(25|0D|0A)/g, (_, c: string) => ({ '25': '%', '0D': '\r', '0A': '\n' })[c]!) };
}

describe('github annotations', () => {
  const nasty: Problem[] = [
    { ...base, span: { ...base.span, file: 'data/50%, a:b.yaml' }, params: { ...base.params, example: '100%\r\nnext, line: 2' } },
    { ...base, severity: 'warning', rule: 'period-unparsed', path: 'sections[2].items[0].period', span: { file: 'data/tasks/1.yaml', line: 3, column: 5, endLine: 4, endColumn: 9 }, params: { phrase: "'21. 하반기, 수시:%" } },
    { ...base, path: '', rule: 'file-empty', span: { file: 'data/empty.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 }, params: {} },
  ];

  it('round-trips every property and message through GitHub escaping', () => {
    const lines = renderGithub({ files: ['a', 'b', 'c'], problems: nasty, strict: false }, { lang: 'en', color: false }).split('\n');
    expect(lines).toHaveLength(nasty.length + 2);
    nasty.forEach((p, i) => {
      const c = parseCommand(lines[i]!);
      expect(c.command).toBe(p.severity);
      expect(c.props).toEqual({
        file: p.span.file,
        line: String(p.span.line),
        col: String(p.span.column),
        endLine: String(p.span.endLine),
        endColumn: String(p.span.endColumn),
        title: p.path ? `${p.rule}: ${p.path}` : p.rule,
      });
      expect(c.message.startsWith(`${p.span.file}:${p.span.line}: `)).toBe(true);
      expect(c.message.endsWith(` [${p.rule}]`)).toBe(true);
    });
    expect(parseCommand(lines[0]!).message).toContain('100%\r\nnext, line: 2');
    expect(lines[nasty.length]).toBe('✖ 2 errors, 1 warning in 3 files');
  });

  it('writes paths relative to the repository root when the tool runs from a subfolder', () => {
    const options = { lang: 'en' as const, color: false, workspace: { root: '/w/repo', cwd: '/w/repo/offices/a' } };
    expect(workspacePath('data/x.yaml', options)).toBe('offices/a/data/x.yaml');
    expect(workspacePath('/w/repo/shared/data/y.yaml', options)).toBe('shared/data/y.yaml');
    // Outside the repository there is no better name than the one shown.
    expect(workspacePath('/elsewhere/z.yaml', options)).toBe('/elsewhere/z.yaml');
    const line = renderGithub({ files: ['x'], problems: [base], strict: false }, options).split('\n')[0]!;
    expect(parseCommand(line).props['file']).toBe('offices/a/data/headcount.yaml');
    expect(parseCommand(line).message.startsWith('offices/a/data/headcount.yaml:7: ')).toBe(true);
  });
});

describe('github job summary', () => {
  it('keeps table cells intact whatever the message holds', () => {
    const p: Problem = { ...base, span: { ...base.span, file: 'data/a|`b`.yaml' }, params: { ...base.params, example: '<b>1</b> | 2\n3 & 4' } };
    const md = renderGithubSummary({ files: ['x'], problems: [p], strict: false }, { lang: 'en', color: false });
    expect(md).toBe(
      [
        '## mayor-office records check',
        '',
        '✖ 1 error, 0 warnings in 1 file',
        '',
        '| severity | place | problem | rule |',
        '|---|---|---|---|',
        "| ❌ error | ``data/a\\|`b`.yaml:7:29`` | tracks[0].grades[0].quota: expected a whole number, found text; for example: &lt;b&gt;1&lt;/b&gt; \\| 2<br>3 &amp; 4 | `schema-type` |",
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to fix', () => {
    expect(renderGithubSummary({ files: ['a', 'b'], problems: [], strict: false }, { lang: 'ko', color: false })).toBe('## mayor-office 기록 검사\n\n✔ 파일 2개, 문제 없음\n');
  });
});

describe('a job summary of many problems', () => {
  it('stays under GitHub’s 1 MiB: errors first, then a line with how many were left out and where they are', () => {
    const base = { span: { file: 'data/expenses/2022.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 }, path: 'entries[0].purpose' };
    const problems = Array.from({ length: 12_000 }, (_, i) =>
      i % 3 === 0
        ? problemOf('expense-purpose-empty', { date: '2022-01-01', amount: i }, { ...base, severity: 'warning', span: { ...base.span, line: i + 1 } })
        : problemOf('schema-type', { expected: 'integer' } as never, { ...base, severity: 'error', span: { ...base.span, line: i + 1 } }),
    );
    const md = renderGithubSummary({ files: ['x'], problems, strict: false }, { lang: 'en', color: false });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    const rows = md.split('\n').filter((l) => l.startsWith('| ❌') || l.startsWith('| ⚠️'));
    const left = Number(/… ([\d,]+) more problems are left out/.exec(md)?.[1]?.replace(/,/g, ''));
    expect(rows.length + left).toBe(12_000);
    expect(left).toBeGreaterThan(0);
    // Every error shown comes before any warning.
    const firstWarning = rows.findIndex((r) => r.startsWith('| ⚠️'));
    expect(firstWarning === -1 || rows.slice(firstWarning).every((r) => r.startsWith('| ⚠️'))).toBe(true);
    expect(md.trimEnd().endsWith('(errors are listed first).')).toBe(true);
  });
});
