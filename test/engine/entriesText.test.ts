// The one way entries go into an expenses file's text (expenses add, expenses import): on every
// shape an expenses file can have, the new entry lands after the last one in the same style, and
// nothing else of the text changes.
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { YAMLSeq } from 'yaml';
import { appendEntriesText } from '../../src/engine/entriesText.js';
import type { ExpenseEntry } from '../../src/model/records.js';
import { unifiedDiff } from '../../src/engine/unifiedDiff.js';

const ENTRY = { date: '2022-07-01', line: '203-01', amount: 5000, purpose: '다과, 회의' };
const appendEntry = (text: string, entry: Record<string, unknown>) => appendEntriesText(text, [entry as unknown as ExpenseEntry]);
const FLOW = '  - { date: 2022-07-01, line: 203-01, amount: 5000, purpose: "다과, 회의" }';

describe('appendEntriesText', () => {
  it('flow entries: one line after the last entry, before the comments that follow it', () => {
    const text = 'kind: expenses\nentries:\n  - { date: 2022-01-01, line: 203-01, amount: 1, purpose: a } # first\n\n# more below\n';
    expect(appendEntry(text, ENTRY)).toEqual({ text: text.replace('# first\n', `# first\n${FLOW}\n`), line: 4 });
  });

  it('block entries: a block entry with the same indent', () => {
    const text = 'kind: expenses\nentries:\n    - date: 2022-01-01\n      line: 203-01\n      amount: 1\n      purpose: a\n# tail\n';
    const r = appendEntry(text, ENTRY);
    expect(r).toEqual({ text: text.replace('# tail', '    - date: 2022-07-01\n      line: 203-01\n      amount: 5000\n      purpose: "다과, 회의"\n# tail'), line: 7 });
  });

  it('`entries: []` and `entries:` with nothing: the first entry under the key, comments kept', () => {
    expect(appendEntry('kind: expenses\nentries: [] # none yet\nunit: 원\n', ENTRY)).toEqual({ text: `kind: expenses\nentries: # none yet\n${FLOW}\nunit: 원\n`, line: 3 });
    expect(appendEntry('kind: expenses\nentries:\n# c\n', ENTRY)).toEqual({ text: `kind: expenses\nentries:\n${FLOW}\n# c\n`, line: 3 });
  });

  it('a file without a final line break gets none either; CRLF stays CRLF', () => {
    expect(appendEntry('entries:\n- { date: 2022-01-01 }', ENTRY).text).toBe(`entries:\n- { date: 2022-01-01 }\n${FLOW.slice(2)}`);
    expect(appendEntry('entries:\r\n  - { date: 2022-01-01 }\r\n', ENTRY).text).toBe(`entries:\r\n  - { date: 2022-01-01 }\r\n${FLOW}\r\n`);
  });

  it('a file the line reader reads: the entries after the line the yaml Document API ends the last entry on', () => {
    const item = (d: number): string => `  - { date: 2022-01-0${d}, line: 203-01, amount: ${d}, purpose: a }`;
    const texts = [
      `kind: expenses\nentries:\n${item(1)}\n${item(2)}\n`,
      `kind: expenses\nentries:\n${item(1)}\n\n# a comment\n${item(2)}\n\n# after\n\n`,
      `# yaml-language-server: $schema=../schemas/expenses.schema.json\nkind: expenses\nentries:\n${item(1)}\nunit: 원\nother:\n${item(3)}\n`,
      `kind: expenses\nother:\n${item(3)}\nentries:\n${item(1)}\n${item(2)}`,
      `kind: expenses\r\nentries:\r\n${item(1)}\r\n${item(2)}\r\n# end\r\n`,
      `\uFEFFkind: expenses\nentries:\n${item(1)}   \n`,
      `kind: expenses\nentries:\n- { date: 2022-01-01, amount: 1 }\n- { date: 2022-01-02, amount: 2 }\nunit: 원\n`,
    ];
    for (const text of texts) {
      const body = text.replace(/^\uFEFF/, '');
      const doc = parseDocument(body);
      const seq = doc.get('entries') as YAMLSeq;
      const last = seq.items[seq.items.length - 1] as { range: [number, number, number] };
      let at = body.indexOf('\n', last.range[1] - 1);
      if (at === -1) at = body.length;
      if (body[at - 1] === '\r') at--;
      const first = seq.items[0] as { range: [number, number, number] };
      const dash = body.lastIndexOf('-', first.range[0]);
      const indent = ' '.repeat(dash - body.lastIndexOf('\n', dash) - 1);
      const eol = body.includes('\r\n') ? '\r\n' : '\n';
      const want = `${eol}${indent}- { date: 2022-07-01, line: 203-01, amount: 5000, purpose: "다과, 회의" }`;
      expect(appendEntry(text, ENTRY), JSON.stringify(text)).toEqual({ text: (text.startsWith('\uFEFF') ? '\uFEFF' : '') + body.slice(0, at) + want + body.slice(at), line: body.slice(0, at).split('\n').length + 1 });
    }
  });

  it('quotes what YAML would read otherwise', () => {
    const r = appendEntry('entries: []\n', { date: '2022-07-01', line: '203-01', amount: 1, purpose: '123', place: 'a: b', attendees: '#3' });
    expect(r.text).toBe('entries:\n  - { date: 2022-07-01, line: 203-01, amount: 1, purpose: "123", place: "a: b", attendees: "#3" }\n');
  });
});

describe('unifiedDiff', () => {
  it('one hunk with three lines of context; a new file from /dev/null; no change, no diff', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f'].join('\n') + '\n';
    const after = ['a', 'b', 'c', 'd', 'X', 'e', 'f'].join('\n') + '\n';
    expect(unifiedDiff('f.yaml', before, after)).toBe('--- a/f.yaml\n+++ b/f.yaml\n@@ -2,5 +2,6 @@\n b\n c\n d\n+X\n e\n f\n');
    expect(unifiedDiff('f.yaml', undefined, 'a\nb\n')).toBe('--- /dev/null\n+++ b/f.yaml\n@@ -0,0 +1,2 @@\n+a\n+b\n');
    expect(unifiedDiff('f.yaml', before, before)).toBe('');
  });
});
