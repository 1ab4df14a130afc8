// Problem renderers: exact strings, with and without colour. The rule table's own tests are in
// test/messages/rules.test.ts.
import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/render/displayWidth.js';
import type { Problem } from '../../src/model/problem.js';
import { renderText, caretExcerpt } from '../../src/render/problems/text.js';
import { renderGithub } from '../../src/render/problems/github.js';
import { josa } from '../../src/model/josa.js';

const problem: Problem = {
  severity: 'error',
  rule: 'schema-type',
  span: { file: 'data/headcount.yaml', line: 7, column: 29, endLine: 7, endColumn: 31 },
  path: 'tracks[0].grades[0].quota',
  actual: '많이',
  params: { expected: 'integer', found: 'string', example: '12' },
  sourceLine: '      - { grade: 5급, quota: 많이, current: 3 }',
};

describe('text format', () => {
  it('prints the place, the message, the source line and a caret under the value', () => {
    const out = renderText({ files: ['data/headcount.yaml'], problems: [problem], strict: false }, { lang: 'en', color: false });
    expect(out).toBe(
      [
        "data/headcount.yaml:7:29 error tracks[0].grades[0].quota: expected a whole number, found text '많이'; for example: 12 [schema-type]",
        '    7 |       - { grade: 5급, quota: 많이, current: 3 }',
        '      |                              ^^^^',
        '✖ 1 error, 0 warnings in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('the caret stands under the value in display columns, past wide Korean characters', () => {
    const [src, caret] = caretExcerpt(problem)!;
    const before = src.slice(0, src.indexOf('많이'));
    expect(caret.indexOf('^')).not.toBe(before.length); // counting characters would be wrong…
    expect(displayWidth(caret.slice(0, caret.indexOf('^')))).toBe(displayWidth(before)); // …display width is right
  });

  it('uses colour only when asked', () => {
    const plain = renderText({ files: ['a'], problems: [problem], strict: false }, { lang: 'ko', color: false });
    const coloured = renderText({ files: ['a'], problems: [problem], strict: false }, { lang: 'ko', color: true });
    expect(plain).not.toMatch(/\x1b\[/);
    expect(coloured).toMatch(/\x1b\[31m/);
    expect(coloured.replace(/\x1b\[[0-9;]*m/g, '')).toBe(plain);
  });
});

describe('github format', () => {
  it('escapes what workflow commands need escaped', () => {
    const p: Problem = { ...problem, span: { ...problem.span, file: 'data/a,b:c.yaml' }, params: { ...problem.params, example: '100%' } };
    const out = renderGithub({ files: ['x'], problems: [p], strict: false }, { lang: 'en', color: false });
    expect(out.split('\n')[0]).toBe(
      "::error file=data/a%2Cb%3Ac.yaml,line=7,col=29,endLine=7,endColumn=31,title=schema-type%3A tracks[0].grades[0].quota::data/a,b:c.yaml:7: tracks[0].grades[0].quota: expected a whole number, found text '많이'; for example: 100%25 [schema-type]",
    );
  });
});

describe('Korean particles', () => {
  it('follow the last sound of the word', () => {
    expect(josa("'337,200'", '은')).toBe("'337,200'은"); // 영 has a final consonant
    expect(josa("'no'", '은')).toBe("'no'는");
    expect(josa("'budget'", '을')).toBe("'budget'을(를)"); // not known how it is read: both forms
    expect(josa("'unit'", '이')).toBe("'unit'이(가)");
    expect(josa('정수', '이')).toBe('정수가');
    expect(josa('문구', '이')).toBe('문구가');
    expect(josa("'많이'", '이')).toBe("'많이'가");
    expect(josa('목록', '이')).toBe('목록이');
    expect(josa('101', '으로')).toBe('101로'); // 일: ㄹ takes 로
    expect(josa('103', '으로')).toBe('103으로');
    expect(josa('true', '으로')).toBe('true로');
    expect(josa("'executed'", '을')).toBe("'executed'을(를)");
    expect(josa('false', '으로')).toBe('false로');
  });
});

describe('display width', () => {
  it('counts Korean as two columns and ASCII as one', () => {
    expect(displayWidth('5급')).toBe(3);
    expect(displayWidth('시장비서실')).toBe(10);
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('‘서울’')).toBe(6); // typographic quotes are narrow here
  });
});
