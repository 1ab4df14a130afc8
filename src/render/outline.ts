// A work item as the report prints it: purpose, then each □ section with its nested outline.
// Items that refer to other records (`ref`) are written out from those records, so a fact
// typed once appears wherever the report needs it.
import type { Lang } from '../messages/catalog.js';
import { josa } from '../model/josa.js';
import type { OutlineItem, OutlineNode, TaskRecord } from '../model/records.js';
import type { RefIndex } from '../compute/references.js';
import type { OfficeWords } from '../compute/officeWords.js';
import type { TaskReport } from '../compute/reports.js';
import type { Doc, OutlineLine } from './document.js';

export type { OutlineLine } from './document.js';
import { attendeeText } from '../compute/council.js';


const W = {
  ko: {
    directions: '추진방향',
    contents: '추진내용',
    plans: '향후계획',
    status: '현황',
    attendees: '참 석',
    agenda: '내 용',
    held: '개 최',
    participants: '참석대상',
    topics: '주요내용',
    background: '추진배경',
  },
  en: {
    directions: 'Direction',
    contents: 'What is being done',
    plans: 'Plans',
    status: 'Status',
    attendees: 'Attendees',
    agenda: 'Agenda',
    held: 'Held',
    participants: 'Participants',
    topics: 'Topics',
    background: 'Background',
  },
} as const;

type Node = { marker?: string; text: string; children?: Node[] };

function expandRef(node: OutlineNode, index: RefIndex, words: OfficeWords, lang: Lang): Node[] {
  const w = W[lang];
  const [kind, id] = (node.ref ?? '').split('/') as [string, string | undefined];
  const own = (fallback: string): string => node.text ?? fallback;
  if (kind === 'council') {
    const m = index.council.get(id!);
    if (!m) return [];
    const details: Node[] = [{ text: `${w.attendees} : ${m.attendees.map(attendeeText).join(', ')}` }];
    if (m.agenda) details.push({ text: `${w.agenda} : ${m.agenda}` });
    if (m.schedule) details.push({ text: `${w.held} : ${m.schedule}${m.note ? ` ※ ${m.note}` : ''}` });
    const body: Node[] = m.summary ? [{ text: m.summary, children: details }] : details;
    return [{ marker: node.marker, text: own(m.name), children: body }];
  }
  if (kind === 'ordinance') {
    const o = index.ordinance.get(id!);
    if (!o) return [];
    const [y, mo] = o.amended.split('-');
    const when = `('${y!.slice(2)}.${Number(mo)})`;
    const head = o.purpose ? `${josa(o.purpose, '을')} 위한 ${o.name} 개정${when}` : `${o.name} 개정${when}`;
    return [
      { marker: node.marker, text: node.text ?? head },
      { marker: '▶', text: o.changes.map((c) => `${c.label} : ${c.from}→${c.to}${c.unit}`).join(', ') },
    ];
  }
  if (kind === 'taskforce') {
    const t = index.taskforce.get(id!);
    if (!t) return [];
    return t.stages.map((s) => ({ text: `${lang === 'ko' ? `${s.stage}단계` : `Stage ${s.stage}`} : 「${s.name}」(${s.form}) - ${s.organization}(${s.staff}명)` }));
  }
  if (kind === 'cities') {
    const c = index.cities;
    if (!c) return [];
    const summary = `${c.summary ? `${c.summary}, ` : ''}총 ${c.stated.countries}개 국가 ${c.stated.cities}개 도시와 ${words.partners} 결연 체결`;
    const children: Node[] = c.types.flatMap((t) => {
      const names = c.cities.filter((x) => x.type === t.type).map((x) => x.name);
      return [
        { text: `${t.name} : ${t.definition ?? ''}`.trim() },
        { marker: '▶', text: `${names.join(', ')}${c.listing === 'examples' ? ' 등' : ''} 총 ${t.stated}개 도시` },
      ];
    });
    return [{ marker: node.marker, text: node.text ?? summary, children }];
  }
  if (kind === 'event') {
    const e = index.event.get(id!);
    if (!e) return [];
    const children: Node[] = [];
    if (e.type === 'roundtable') {
      children.push({ text: `${w.participants} : ${e.host ?? ''} 및 ${e.group ?? ''} ${e.stated_countries ?? e.countries?.length ?? 0}개국 주한 대사`.replace(/\s+/g, ' ') });
      if (e.countries?.length) children.push({ marker: '▶', text: e.countries.map((code) => index.countries.get(code)?.name ?? code).join(', ') });
      if (e.agenda) children.push({ text: `${w.topics} : ${e.agenda}` });
      for (const d of e.details ?? []) children.push({ marker: '▶', text: d });
    } else {
      if (e.background) children.push({ text: `${w.background} : ${e.background}` });
      if (e.agenda) children.push({ text: `${w.topics} : ${e.agenda}`, children: (e.details ?? []).map((d) => ({ text: d })) });
    }
    return [{ marker: node.marker, text: own(e.name), children }];
  }
  return [];
}

function toNodes(items: readonly OutlineItem[], index: RefIndex, words: OfficeWords, lang: Lang, plans: boolean): Node[] {
  return items.flatMap((item): Node[] => {
    const n: OutlineNode = typeof item === 'string' ? { text: item } : item;
    if (n.ref) return expandRef(n, index, words, lang);
    const text = plans && n.period ? `${n.text ?? ''} : ${n.period}` : (n.text ?? '');
    return [{ marker: n.marker, text, children: n.children ? toNodes(n.children, index, words, lang, false) : undefined }];
  });
}

export function taskOutline(task: TaskRecord, index: RefIndex, words: OfficeWords, lang: Lang): OutlineLine[] {
  const w = W[lang];
  const lines: OutlineLine[] = [];
  const walk = (nodes: readonly Node[], depth: number, numbered: boolean): void => {
    nodes.forEach((n, i) => {
      lines.push({ depth, marker: numbered ? `${i + 1}.` : (n.marker ?? '-'), text: n.text });
      if (n.children) walk(n.children, depth + 1, false);
    });
  };
  for (const s of task.sections) {
    lines.push({ depth: 0, marker: '□', text: s.heading ?? w[s.role] });
    walk(toNodes(s.items, index, words, lang, s.role === 'plans'), 1, s.numbered === true);
  }
  return lines;
}

/** Markdown lines of an outline: sections as bold headings, items as a nested list (CommonMark
 *  indentation) with the report's own bullet kept in the text; `inline` escapes a text (its
 *  second argument: the text starts a block, after the list's own marker). */
export function outlineMarkdownLines(lines: readonly OutlineLine[], inline: (s: string, start: boolean) => string = (s) => s): string[] {
  const out: string[] = [];
  // Where the items of each depth start: under "1. " a nested list must start 3 columns in.
  const indent: number[] = [0, 0];
  for (const l of lines) {
    if (l.depth === 0) {
      out.push('', `**${inline(`${l.marker} ${l.text}`, false)}**`, '');
      continue;
    }
    const numbered = /^\d+\.$/.test(l.marker);
    const bullet = numbered ? l.marker : '-';
    const at = indent[l.depth] ?? 0;
    out.push(`${' '.repeat(at)}${bullet} ${inline(`${numbered || l.marker === '-' ? '' : `${l.marker} `}${l.text}`, true)}`);
    indent[l.depth + 1] = at + bullet.length + 1;
  }
  return out;
}

/** One work item as a document: its heading, its purpose and its outline. */
export function taskDoc(report: TaskReport, refs: RefIndex, words: OfficeWords, lang: Lang): Doc {
  const task = report.task;
  const title = `${task.number}. ${task.heading ?? task.title}`;
  return {
    title,
    data: report,
    blocks: [
      { type: 'heading', level: 3, text: title },
      { type: 'paragraph', text: task.purpose, boxed: true },
      { type: 'outline', lines: taskOutline(task, refs, words, lang) },
    ],
  };
}
