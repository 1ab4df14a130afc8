// The small document every format's example is written for (formatSpec.ts `example`): a heading,
// a paragraph with a bold span, a titled table with a grouped header, totals and members, money,
// a percentage, a 과부족 and a date, an empty cell, and one cell that holds each character some
// format must escape or quote (tab, quote, line end, comma, pipe, <, &), then a second, untitled
// table; Korean text throughout. test/render/formatExamples.test.ts writes it in every format
// and compares each with the example its module declares.
import type { Doc } from '../document.js';
import { date, gap, int, percent, text } from '../tableModel.js';

/** A cell with every character a text format treats specially. */
export const EXAMPLE_SPECIAL_TEXT = '탭\t"인용", 쉼표\n둘째 줄 | <b> & 끝';

export const EXAMPLE_DOC: Doc = {
  title: '예시 <문서>',
  asOf: '2021-04-28',
  data: { report: 'example', asOf: '2021-04-28', note: EXAMPLE_SPECIAL_TEXT, executed: 74085 },
  blocks: [
    { type: 'heading', level: 2, text: '1. 예산 집행현황' },
    { type: 'paragraph', text: '집행률은 **반올림**한 값입니다.' },
    {
      type: 'table',
      titled: true,
      table: {
        title: "예산 (기준 / 단위 : '21. 4. 28. / 천원)",
        columns: [
          { header: '구분', align: 'left' },
          { header: '예산액', align: 'right' },
          { header: '집행액', grouped: '금액', align: 'right' },
          { header: '집행률', grouped: '비율', align: 'right' },
          { header: '비고', align: 'left' },
        ],
        headerGroups: [
          { label: '구분', span: 1 },
          { label: '예산액', span: 1 },
          { label: '집행', span: 2 },
          { label: '비고', span: 1 },
        ],
        rows: [
          { role: 'total', level: 0, cells: [text('계'), int(337200), int(74085), percent(220), text('')] },
          { role: 'item', level: 1, cells: [text('기관운영'), int(277200), int(71882), percent(259), text(EXAMPLE_SPECIAL_TEXT)] },
          { role: 'item', level: 1, cells: [text('시책추진'), int(60000), int(null), percent(null), text('')] },
        ],
        notes: ['※ 집행률은 소수 둘째 자리에서 반올림'],
        asOf: '2021-04-28',
        unit: '천원',
      },
    },
    { type: 'heading', level: 3, text: '2. 인력' },
    {
      type: 'table',
      titled: false,
      table: {
        title: '인력 현황',
        columns: [
          { header: '직급', align: 'left' },
          { header: '과부족', align: 'right' },
          { header: '기준일', align: 'left' },
        ],
        rows: [{ role: 'item', level: 0, cells: [text('5급'), gap(-3), date('2021-04-28')] }],
      },
    },
  ],
};
