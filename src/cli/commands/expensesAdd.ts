// mayor-office expenses add: one 업무추진비 payment appended to the fiscal year's expenses file.
// The file is changed in one place only: the new entry goes after the last one, written in the
// style the entries already have (one `- { … }` per line), so every comment, blank line and the
// order of the file stay as they were. The whole data folder is validated with the new entry
// before anything is written, and the entry may not take its line over its 예산현액.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Pair, YAMLMap, YAMLSeq } from 'yaml';
import { loadData } from '../../load/loadData.js';
import { withFile } from '../../load/dataSource.js';
import { folderSource } from '../../load/folderSource.js';
import { displayPath } from '../../load/findDataFiles.js';
import { recordsOf } from '../../compute/recordsOf.js';
import { budgetStatus, lineStatusByKey } from '../../compute/budgetReport.js';
import { budgetLines, lineRefKey } from '../../compute/expenseVocabulary.js';
import { executionAt, wonPer } from '../../compute/execution.js';
import { expensesOf } from '../../compute/reports.js';
import type { Problem } from '../../model/problem.js';
import { validateRecords } from '../../validate/validate.js';
import { PROBLEM_FORMATS } from '../../render/problems/index.js';
import { CLI_TEXT } from '../../messages/cliText.js';
import type { RunContext } from '../context.js';
import { resolveDataDir } from '../context.js';
import { atomicWrite } from '../atomicWrite.js';
import { unifiedDiff } from '../unifiedDiff.js';
import { DataErrors, EXIT, UsageError } from '../errors.js';

export interface ExpensesAddOptions {
  readonly date: string;
  readonly line: string;
  readonly amount: string;
  readonly purpose: string;
  readonly time?: string;
  readonly place?: string;
  readonly attendees?: string;
  readonly payment?: string;
  readonly dept?: string;
  readonly allowOver?: boolean;
  readonly dryRun?: boolean;
}

/** The schemas folder of this installation (dist/cli/commands or src/cli/commands → root). */
const SCHEMAS = fileURLToPath(new URL('../../../schemas/', import.meta.url));

export async function expensesAddCommand(ctx: RunContext, opts: ExpensesAddOptions): Promise<number> {
  const t = CLI_TEXT[ctx.lang];
  const year = /^(\d{4})-/.exec(opts.date)?.[1];
  if (year === undefined) throw new UsageError(t.badEntryDate(opts.date));
  const fiscalYear = Number(year);
  const dataDir = resolveDataDir(ctx);
  const display = displayPath(ctx.cwd);
  const before = loadData([dataDir], { display });

  // The file that holds the year's entries, else data/expenses/<year>.yaml.
  const held = before.records.find((r) => r.record.kind === 'expenses' && r.record.fiscal_year === fiscalYear);
  const target = held ? resolve(ctx.cwd, held.file) : join(dataDir, 'expenses', `${year}.yaml`);
  const shown = display(target);
  const oldBytes = existsSync(target) ? readFileSync(target) : undefined;
  const oldText = oldBytes === undefined ? undefined : oldBytes.toString('utf8');

  const budget = recordsOf(before.records.filter((r) => r.record.kind === 'budget')).budget.find((b) => b.fiscal_year === fiscalYear);
  const entry = entryOf(opts, budget && budgetLines(budget));
  const edit = oldText === undefined ? newFile(target, fiscalYear, entry) : appendEntry(oldText, entry);

  // Validate the folder as it would be with the new text, without writing it.
  const newBytes = Buffer.from(edit.text, 'utf8');
  const loaded = loadData(withFile(folderSource([dataDir], display), shown, newBytes));
  const validated = validateRecords(loaded.records, loaded.problems);
  const errors = validated.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) return refuse(ctx, loaded.files, validated.problems);

  const over = overBudget(recordsOf(validated.records), fiscalYear, entry);
  if (over && opts.allowOver !== true) {
    ctx.io.stderr.write(`${shown}:${edit.line}:1 error ${t.overBudget(over)} [over-budget]\n`);
    throw new DataErrors('over budget');
  }

  if (opts.dryRun === true) {
    ctx.io.stdout.write(unifiedDiff(shown, oldText, edit.text));
    return EXIT.ok;
  }
  mkdirSync(dirname(target), { recursive: true });
  atomicWrite(target, newBytes, shown, ctx.lang);
  ctx.io.stdout.write(`${t.entryAdded(`${shown}:${edit.line}`, entry['line'] as string, entry['amount'] as number)}\n`);
  return EXIT.ok;
}

type Entry = Record<string, string | number>;

/** The entry as given: fields in the order the files use, only those given. A line may be named
 *  by its 비목 name; an amount may have thousands separators or 원. Everything else is the
 *  schema's to judge. */
function entryOf(opts: ExpensesAddOptions, lines: readonly { code: string; name: string }[] | undefined): Entry {
  const line = lines?.find((l) => l.code === opts.line || l.name === opts.line)?.code ?? opts.line;
  const digits = opts.amount.replace(/[,\s]/g, '').replace(/원$/, '');
  const amount = /^-?\d+$/.test(digits) && Number.isSafeInteger(Number(digits)) ? Number(digits) : opts.amount;
  const entry: Entry = { date: opts.date };
  if (opts.time !== undefined) entry['time'] = opts.time;
  Object.assign(entry, { line, amount, purpose: opts.purpose });
  for (const key of ['place', 'attendees', 'payment', 'dept'] as const) if (opts[key] !== undefined) entry[key] = opts[key]!;
  return entry;
}

interface Edit {
  readonly text: string;
  /** The 1-based line the new entry starts on. */
  readonly line: number;
}

function newFile(target: string, fiscalYear: number, entry: Entry): Edit {
  const schema = relative(dirname(target), join(SCHEMAS, 'expenses.schema.json')).split(sep).join('/');
  const text = `# yaml-language-server: $schema=${schema}\nkind: expenses\nfiscal_year: ${fiscalYear}\nunit: 원\nentries:\n  - ${flowText(entry)}\n`;
  return { text, line: 6 };
}

/** One entry as a one-line flow mapping, quoted where YAML needs it. */
function flowText(entry: Entry): string {
  const doc = new Document(entry);
  (doc.contents as YAMLMap).flow = true;
  return doc.toString({ lineWidth: 0 }).trimEnd();
}

function blockText(entry: Entry, indent: string): string[] {
  const lines = new Document(entry).toString({ lineWidth: 0 }).trimEnd().split('\n');
  return lines.map((l, i) => (i === 0 ? `${indent}- ${l}` : `${indent}  ${l}`));
}

/** Inserts the entry after the last one, touching nothing else of the text. */
export function appendEntry(original: string, entry: Entry): Edit {
  const bom = original.startsWith('\uFEFF') ? '\uFEFF' : '';
  const text = original.slice(bom.length);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(text, { uniqueKeys: false });
  const root = doc.contents;
  const pair = isMap(root) ? (root.items as Pair[]).find((p) => isScalar(p.key) && p.key.value === 'entries') : undefined;
  const keyStart = pair && isScalar(pair.key) ? pair.key.range?.[0] : undefined;
  if (doc.errors.length > 0 || pair === undefined || keyStart === undefined) return rewritten(doc, entry, eol, bom);
  const keyIndent = keyStart - lineStart(text, keyStart);
  const value = pair.value;
  let at: number;
  let indent: string;
  let flow = true;
  let prefix = text;
  if (isSeq(value) && !value.flow && value.items.length > 0) {
    // After the line the last entry ends on, with the indent of its dash.
    const seq = value as YAMLSeq;
    const last = seq.items[seq.items.length - 1]!;
    const lastRange = (last as { range?: [number, number, number] }).range;
    const firstRange = (seq.items[0] as { range?: [number, number, number] }).range;
    if (!lastRange || !firstRange) return rewritten(doc, entry, eol, bom);
    const dash = text.lastIndexOf('-', firstRange[0]);
    indent = ' '.repeat(dash - lineStart(text, dash));
    flow = !isMap(last) || (last as YAMLMap).flow === true;
    at = lineEnd(text, Math.max(lastRange[0], lastRange[1] - 1));
  } else if ((isSeq(value) && value.flow && value.items.length === 0) || value === null || (isScalar(value) && value.value === null)) {
    // `entries: []` or `entries:` with nothing yet: the first entry goes under the key.
    const colon = text.indexOf(':', (pair.key as { range: [number, number, number] }).range[1]);
    const valueEnd = isSeq(value) || isScalar(value) ? (value.range?.[1] ?? colon + 1) : colon + 1;
    prefix = text.slice(0, colon + 1) + text.slice(valueEnd);
    at = lineEnd(prefix, colon);
    indent = ' '.repeat(keyIndent + 2);
  } else {
    return rewritten(doc, entry, eol, bom);
  }
  const added = flow ? [`${indent}- ${flowText(entry)}`] : blockText(entry, indent);
  const out = prefix.slice(0, at) + added.map((l) => eol + l).join('') + prefix.slice(at);
  return { text: bom + out, line: prefix.slice(0, at).split('\n').length + 1 };
}

/** A shape the splice does not know (no entries key, entries written inline): the Document API
 *  adds the entry and writes the file again; comments stay, some spacing may change. */
function rewritten(doc: ReturnType<typeof parseDocument>, entry: Entry, eol: string, bom: string): Edit {
  const node = doc.createNode(entry);
  node.flow = true;
  const entries = doc.get('entries');
  if (isSeq(entries)) entries.add(node);
  else doc.set('entries', doc.createNode([entry]));
  const text = doc.toString({ lineWidth: 0 });
  const lines = text.split('\n');
  const key = flowText(entry);
  const line = lines.findIndex((l) => l.includes(key)) + 1;
  return { text: bom + (eol === '\n' ? text : text.replace(/\n/g, eol)), line: Math.max(line, 1) };
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The end of the line holding `at`, before its line break. */
function lineEnd(text: string, at: number): number {
  const nl = text.indexOf('\n', at);
  if (nl === -1) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}

export interface OverBudget {
  readonly line: string;
  readonly name: string;
  readonly date: string;
  /** In 원. */
  readonly executed: number;
  readonly current: number;
}

/** The first date, from the new entry's on, at which its line's 집행액 passes its 예산현액. */
function overBudget(r: ReturnType<typeof recordsOf>, fiscalYear: number, entry: Entry): OverBudget | undefined {
  const budget = r.budget.find((b) => b.fiscal_year === fiscalYear);
  if (!budget) return undefined;
  const k = wonPer(budget.unit);
  const files = expensesOf(r, fiscalYear);
  const entries = files.flatMap((x) => x.entries);
  const code = entry['line'] as string;
  const date = entry['date'] as string;
  const dates = [...new Set([date, ...entries.filter((e) => e.line === code && e.date > date).map((e) => e.date)])].sort();
  const key = lineRefKey(code, undefined, budgetLines(budget));
  for (const d of dates) {
    const line = lineStatusByKey(budgetStatus(budget, files, d)).get(key);
    // An unknown 예산액 has no ceiling to pass.
    if (!line || line.current === null) return undefined;
    const executed = executionAt(budget, files, d)?.byLine.get(key) ?? 0;
    const current = line.current * k;
    if (executed > current) return { line: code, name: line.name, date: d, executed, current };
  }
  return undefined;
}

function refuse(ctx: RunContext, files: readonly string[], problems: readonly Problem[]): never {
  const text = PROBLEM_FORMATS['text']!.render({ files, problems, strict: false }, { lang: ctx.lang, color: ctx.colorErr });
  ctx.io.stderr.write(text);
  throw new DataErrors('the entry is refused');
}
