// New expense entries into an expenses file's text, one `- { … }` line each (the flow style of
// the files offices keep), after the last entry. Every byte of the file before stays as it was:
// comments, blank lines, order and line ends. The yaml Document API finds where the entries
// end and writes each entry; text in, text out.
import { YAMLMap, YAMLSeq, isSeq, parseDocument } from 'yaml';
import type { ExpenseEntry } from '../model/records.js';

const KEY_ORDER: readonly (keyof ExpenseEntry)[] = ['date', 'time', 'line', 'program', 'amount', 'purpose', 'place', 'attendees', 'payment', 'dept', 'type', 'reason'];

/** One entry as a flow mapping, keys in the documented order. Written by hand rather than by
 *  a yaml Document per entry: an import of 100,000 rows writes 100,000 of these. */
export function entryFlowText(entry: ExpenseEntry): string {
  const parts: string[] = [];
  for (const k of KEY_ORDER) {
    const v = entry[k];
    if (v === undefined) continue;
    // The time quoted: YAML 1.1 readers take an unquoted 12:30 for a number.
    parts.push(`${k}: ${typeof v === 'number' ? String(v) : k === 'time' ? JSON.stringify(v) : flowScalar(v)}`);
  }
  return `{ ${parts.join(', ')} }`;
}

// Plain only where no YAML reader can take the text for something else: no flow or comment
// indicators, no leading indicator, nothing that reads as a number, boolean or null.
const PLAIN_SAFE = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#:"]*$/;
const NOT_TEXT = /^(?:[-+]?(?:\d[\d_,]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|true|false|yes|no|on|off|y|n|null|~|\.inf|\.nan)$/i;

function flowScalar(v: string): string {
  if (v !== '' && PLAIN_SAFE.test(v) && !/\s$/.test(v) && !NOT_TEXT.test(v)) return v;
  return JSON.stringify(v);
}

export interface NewExpensesFile {
  readonly schemaPath: string;
  readonly fiscalYear: number;
  readonly dept?: string | undefined;
}

/** The text of a new expenses file holding `entries`. */
export function newExpensesText(file: NewExpensesFile, entries: readonly ExpenseEntry[]): string {
  const head = [
    `# yaml-language-server: $schema=${file.schemaPath}`,
    'kind: expenses',
    `fiscal_year: ${file.fiscalYear}`,
    'unit: 원',
    ...(file.dept !== undefined ? [`dept: ${flowScalar(file.dept)}`] : []),
  ];
  if (entries.length === 0) return [...head, 'entries: []', ''].join('\n');
  return [...head, 'entries:', ...entries.map((e) => `  - ${entryFlowText(e)}`), ''].join('\n');
}

/** `text` with `entries` appended to its `entries:` list. */
export function appendEntries(text: string, entries: readonly ExpenseEntry[]): string {
  if (entries.length === 0) return text;
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, { keepSourceTokens: false });
  const seq = doc.get('entries', true);
  if (isSeq(seq) && !seq.flow && seq.items.length > 0 && seq.range) {
    // After the line of the last entry, at the indent of the first.
    const first = seq.range[0];
    const lineStart = text.lastIndexOf('\n', first - 1) + 1;
    const indent = text.slice(lineStart, first);
    const last = seq.items[seq.items.length - 1] as { range?: [number, number, number] };
    const end = last.range ? last.range[1] : seq.range[1];
    let at = text.indexOf('\n', Math.max(end - 1, 0));
    const lines = entries.map((e) => `${indent}- ${entryFlowText(e)}`).join(eol);
    if (at === -1) return `${text}${eol}${lines}${eol}`;
    at += 1;
    return `${text.slice(0, at)}${lines}${eol}${text.slice(at)}`;
  }
  // An empty list (`entries: []` or `entries:`): the list is written anew, in block style.
  const list = isSeq(seq) ? seq : new YAMLSeq();
  list.flow = false;
  for (const e of entries) {
    const node = doc.createNode(Object.fromEntries(KEY_ORDER.filter((k) => e[k] !== undefined).map((k) => [k, e[k]]))) as YAMLMap;
    node.flow = true;
    list.items.push(node);
  }
  doc.set('entries', list);
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: true });
  return eol === '\r\n' ? out.replace(/\r?\n/g, '\r\n') : out;
}
