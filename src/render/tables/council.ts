// The council meeting types as a table: name, cadence, attendees, agenda.
import type { Lang } from '../../messages/catalog.js';
import type { CouncilView } from '../../compute/council.js';
import type { OfficeWords, Worded } from '../../compute/officeWords.js';
import type { Row, TableModel } from '../tableModel.js';
import { text } from '../tableModel.js';
import type { Doc } from '../document.js';
import { tablesDoc } from '../document.js';

const W = {
  ko: {
    meetings: (council: string) => `${council} 협력 회의`,
    meeting: '회의',
    cadence: '주기',
    cadences: { monthly: '매월', quarterly: '분기별', semiannual: '반기별', annual: '매년', 'as-needed': '수시' },
    attendees: '참석',
    agenda: '내용',
  },
  en: {
    meetings: () => 'Council meeting types',
    meeting: 'Meeting',
    cadence: 'Cadence',
    cadences: { monthly: 'monthly', quarterly: 'quarterly', semiannual: 'twice a year', annual: 'yearly', 'as-needed': 'as needed' },
    attendees: 'Attendees',
    agenda: 'Agenda',
  },
} as const;

export function councilTable(v: CouncilView, words: OfficeWords, lang: Lang): TableModel {
  const w = W[lang];
  return {
    title: w.meetings(words.council),
    columns: [
      { header: w.meeting, align: 'left' },
      { header: w.cadence, align: 'left' },
      { header: w.attendees, align: 'left' },
      { header: w.agenda, align: 'left' },
    ],
    rows: v.meetings.map((m): Row => ({
      role: 'item',
      level: 0,
      cells: [text(m.name), text(m.cadence ? w.cadences[m.cadence] : '-'), text(m.attendees.join(', ')), text(m.agenda ?? '-')],
    })),
  };
}

export function councilDoc({ report, words }: Worded<CouncilView>, lang: Lang): Doc {
  const table = councilTable(report, words, lang);
  return tablesDoc(table.title, report, [table]);
}
