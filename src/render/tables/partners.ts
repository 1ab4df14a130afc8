// Partner cities and city-diplomacy events as tables.
import type { Lang } from '../../messages/catalog.js';
import type { CitiesReport } from '../../model/report.js';
import type { EventsView } from '../../compute/events.js';
import type { OfficeWords, TypeWords } from '../../compute/officeWords.js';
import type { Row, TableModel } from '../tableModel.js';
import { int, text } from '../tableModel.js';

const W = {
  ko: {
    cities: (partners: string) => `${partners}도시 현황`,
    completeness: (listed: number, stated: number) => `${stated}개 도시 중 ${listed}개 기록`,
    examples: '기록에는 보고서가 예로 든 도시만 있습니다; 총계는 보고서 표기값입니다',
    type: '종류',
    stated: '보고서 총계',
    listed: '기록된 도시',
    council: (council: string) => `${council} 의결`,
    yes: '필요',
    no: '불필요',
    total: '계',
    countries: '국가',
    byCountry: '국가별 (기록된 도시)',
    byRegion: '권역별 (기록된 도시)',
    region: '권역',
    sister: (t: TypeWords) => t.name,
    friendship: (t: TypeWords) => t.name,
    list: '도시 목록',
    name: '도시',
    nameEn: '영문',
    since: '체결일',
    events: '도시외교 행사',
    event: '행사',
    kind: { roundtable: '라운드테이블', mou: '협약(MOU)' },
    participants: '참석 국가·상대',
    period: '추진 시기',
    status: '상태',
    statuses: { planned: '예정', done: '완료', cancelled: '취소' },
    countriesOf: (n: number, named: number) => (named === 0 ? `${n}개국 (국가명 기록 없음)` : `${n}개국`),
  },
  en: {
    cities: () => 'Partner cities',
    completeness: (listed: number, stated: number) => `${listed} of ${stated} listed`,
    examples: 'the records hold only the cities the report names as examples; the totals are as stated',
    type: 'Type',
    stated: 'Stated',
    listed: 'Listed',
    council: () => 'Council resolution',
    yes: 'required',
    no: 'not required',
    total: 'Total',
    countries: 'Countries',
    byCountry: 'By country (listed cities)',
    byRegion: 'By region (listed cities)',
    region: 'Region',
    sister: (t: TypeWords) => `Sister (${t.word})`,
    friendship: (t: TypeWords) => `Friendship (${t.word})`,
    list: 'Cities',
    name: 'City',
    nameEn: 'English',
    since: 'Since',
    events: 'City diplomacy events',
    event: 'Event',
    kind: { roundtable: 'roundtable', mou: 'MOU' },
    participants: 'Countries / partner',
    period: 'Planned',
    status: 'Status',
    statuses: { planned: 'planned', done: 'done', cancelled: 'cancelled' },
    countriesOf: (n: number, named: number) => (named === 0 ? `${n} countries (not named)` : `${n} countries`),
  },
} as const;

export function citiesTables(r: CitiesReport, words: OfficeWords, lang: Lang, by: 'country' | 'region'): TableModel[] {
  const w = W[lang];
  const council = w.council(words.council);
  const summary: TableModel = {
    title: `${w.cities(words.partners)} (${w.completeness(r.listed.cities, r.stated.cities)})`,
    columns: [
      { header: w.type, align: 'left' },
      { header: w.stated, align: 'right' },
      { header: w.listed, align: 'right' },
      { header: council, align: 'left' },
    ],
    rows: [
      { role: 'total', level: 0, cells: [text(w.total), int(r.stated.cities), int(r.listed.cities), text('')] },
      ...r.types.map((t): Row => ({ role: 'item', level: 1, cells: [text(t.name), int(t.stated), int(t.listed), text(t.councilResolution ? w.yes : w.no)] })),
      { role: 'item', level: 0, cells: [text(w.countries), int(r.stated.countries), int(r.listed.countries), text('')] },
    ],
    notes: r.listing === 'examples' ? [w.examples] : [],
  };
  const groups = by === 'country' ? r.byCountry : r.byRegion;
  const grouped: TableModel = {
    title: by === 'country' ? w.byCountry : w.byRegion,
    columns: [
      { header: by === 'country' ? w.countries : w.region, align: 'left' },
      { header: w.sister(words.types.sister), align: 'right' },
      { header: w.friendship(words.types.friendship), align: 'right' },
      { header: w.total, align: 'right' },
    ],
    rows: groups.map((g): Row => ({ role: 'item', level: 0, cells: [text(by === 'country' ? `${g.label} (${g.key})` : g.label), int(g.sister), int(g.friendship), int(g.total)] })),
  };
  const list: TableModel = {
    title: w.list,
    columns: [
      { header: w.name, align: 'left' },
      { header: w.nameEn, align: 'left' },
      { header: w.countries, align: 'left' },
      { header: w.type, align: 'left' },
      { header: w.since, align: 'left' },
      { header: council, align: 'left' },
    ],
    rows: r.cities.map((c): Row => ({
      role: 'item',
      level: 0,
      cells: [text(c.name), text(c.nameEn), text(lang === 'ko' ? c.countryName : c.countryNameEn), text(c.typeName), text(c.since ?? '-'), text(c.councilResolution ? w.yes : w.no)],
    })),
  };
  return [summary, grouped, list];
}

export function eventsTable(v: EventsView, lang: Lang): TableModel {
  const w = W[lang];
  return {
    title: w.events,
    columns: [
      { header: w.event, align: 'left' },
      { header: w.type, align: 'left' },
      { header: w.participants, align: 'left' },
      { header: w.period, align: 'left' },
      { header: w.status, align: 'left' },
    ],
    rows: v.events.map((e): Row => ({
      role: 'item',
      level: 0,
      mark: e.overdue ? 'under' : undefined,
      cells: [
        text(e.name),
        text(w.kind[e.type]),
        text(e.type === 'roundtable' ? `${e.group ?? ''} ${w.countriesOf(e.statedCountries ?? e.countries.length, e.countries.length)}`.trim() : `${e.partner?.name ?? ''}${e.partner ? ` (${e.partner.country})` : ''}`),
        text(e.period ? (e.period.start === null ? e.period.text : `${e.period.text} (${e.period.start} ~ ${e.period.end ?? ''})`) : '-'),
        text(w.statuses[e.status] + (e.overdue ? ` (${lang === 'ko' ? '기한 지남' : 'overdue'})` : '')),
      ],
    })),
  };
}
