// The md format writes the document's text as text: nothing a record says can become emphasis,
// a list, a heading, a link, raw html or a broken table; the model's own **bold** spans stay.
import { describe, expect, it } from 'vitest';
import { mdInline, mdText, writeMarkdown } from '../../src/render/formats/markdown.js';
import type { Doc } from '../../src/render/document.js';
import { text } from '../../src/render/tableModel.js';

describe('md escaping', () => {
  it('an asterisk in text or as an outline marker is not emphasis or a list marker', () => {
    const doc: Doc = {
      title: 't',
      data: null,
      blocks: [
        {
          type: 'outline',
          lines: [
            { depth: 0, marker: '□', text: '추진내용' },
            { depth: 1, marker: '-', text: '방역을 위해 *주요현장에 방문' },
            { depth: 2, marker: '*', text: '예방접종센터 등' },
          ],
        },
      ],
    };
    expect(writeMarkdown(doc, 'ko')).toBe('**□ 추진내용**\n\n- 방역을 위해 \\*주요현장에 방문\n  - \\* 예방접종센터 등\n');
  });

  it('raw html, links, code and entities are shown as text; bold spans of the model stay bold', () => {
    expect(mdInline('<b>굵게</b> [링크](x) `코드` &amp; **강조**')).toBe('\\<b>굵게\\</b> \\[링크\\](x) \\`코드\\` &amp;amp; **강조**');
  });

  it('a tilde is escaped only where two could pair as strikethrough', () => {
    expect(mdText('7~9급상당')).toBe('7~9급상당');
    expect(mdText('5~6월, 7~8월')).toBe('5\\~6월, 7\\~8월');
  });

  it('text that starts a block cannot become a heading, quote or list', () => {
    expect(['# 제목', '> 인용', '- 항목', '+ 항목', '2021. 5.', '3) 셋'].map((s) => mdText(s, true))).toEqual(['\\# 제목', '\\> 인용', '\\- 항목', '\\+ 항목', '2021\\. 5.', '3\\) 셋']);
    // Inside a line the same characters are plain text and stay as they are.
    expect(mdText('A - B + C > D 2021. 5.')).toBe('A - B + C > D 2021. 5.');
  });

  it('a pipe in a cell does not split the table', () => {
    const doc: Doc = {
      title: 't',
      data: null,
      blocks: [{ type: 'table', titled: false, table: { title: 't', columns: [{ header: 'a|b', align: 'left' }], rows: [{ role: 'item', level: 0, cells: [text('x | *y*')] }] } }],
    };
    expect(writeMarkdown(doc, 'ko')).toBe('| a\\|b |\n|:---|\n| x \\| \\*y\\* |\n');
  });

  it('control and bidi characters are shown, never sent, and a line end in a cell does not split its row', () => {
    const record = 'a\u001b[31mb\u0007c\u202ed\u009be\nf\r\ng';
    const doc: Doc = {
      title: 't',
      data: null,
      blocks: [
        { type: 'paragraph', text: record },
        { type: 'table', titled: false, table: { title: 't', columns: [{ header: 'h', align: 'left' }], rows: [{ role: 'item', level: 0, cells: [text(record)] }] } },
      ],
    };
    const md = writeMarkdown(doc, 'ko');
    // eslint-disable-next-line no-control-regex
    expect(md).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(md).toBe('a␛\\[31mb␇c\ufffdd\ufffde\nf\ng\n\n| h |\n|:---|\n| a␛\\[31mb␇c\ufffdd\ufffde␊f␍␊g |\n');
  });
});
