// The words of the work report's document (headings, captions, sheet names and headers), in
// Korean and English. The report's data is the records'; these are the frame around it.
import type { Lang } from './catalog.js';

const ko = {
  part1: 'Ⅰ. 일반 현황',
  functions: '1. 주요 기능',
  budgetSubtitle: '● 과목별 집행현황',
  part2: 'Ⅱ. 주요 업무',
  headcountCaption: '그림 1. 직급별 정원과 현원',
  /** The caption of a snapshot by department, or holding one figure only. */
  headcountCaptionOf: (byDept: boolean, figures: 'quota' | 'current' | 'both' | 'count') =>
    `그림 1. ${byDept ? '부서별' : '직급별'} ${figures === 'both' ? '정원과 현원' : figures === 'quota' ? '정원' : figures === 'count' ? '인원' : '현원'}`,
  budgetCaption: '그림 2. 과목별 집행률과 연중 경과율',
  budgetChartCaption: '과목별 집행률과 연중 경과율',
  sheets: { headcount: '인력 현황', budget: '예산 집행현황', schedule: '주요업무 일정', cities: (partners: string) => `${partners}도시` },
  total: '총계',
  sum: '계',
  subtotal: '소계',
  headcount: { track: '직렬', dept: '부서', grade: '직급', quota: '정원', current: '현원', gap: '과부족', count: '인원', unit: '명' },
  budget: { code: '편성목', line: '구분', budget: '예산액', current: '예산현액', executed: '집행액', balance: '잔액', rate: '집행률', note: '비고' },
  schedule: { no: '번호', task: '주요 업무', plan: '향후계획', period: '기간', from: '시작', to: '끝', status: '상태', doneOn: '완료일' },
  progress: {
    heading: '추진실적',
    completed: (from: string, to: string) => `완료한 향후계획 (${from} ~ ${to})`,
    delayed: (to: string) => `지연: 기간이 지나고 끝나지 않은 향후계획 (${to} 기준)`,
    doneOn: '완료일',
  },
  cities: { city: '도시', english: '영문', country: '국가', type: '종류', council: (council: string) => `${council} 의결`, yes: '필요', no: '불필요' },
  citiesStated: (stated: number, countries: number | null, listed: number) => `보고서 총계: ${stated}개 도시, ${countries}개 국가 (기록된 도시 ${listed}개)`,
};

const en: typeof ko = {
  part1: 'Ⅰ. General',
  functions: '1. Main functions',
  budgetSubtitle: '● Execution by budget line',
  part2: 'Ⅱ. Main work items',
  headcountCaption: 'Figure 1. Authorized and filled posts by grade',
  headcountCaptionOf: (byDept, figures) =>
    `Figure 1. ${figures === 'both' ? 'Authorized and filled posts' : figures === 'quota' ? 'Authorized posts' : figures === 'count' ? 'Head count' : 'Filled posts'} by ${byDept ? 'department' : 'grade'}`,
  budgetCaption: 'Figure 2. Execution by line against the year elapsed',
  budgetChartCaption: 'Execution by line against the year elapsed',
  sheets: { headcount: 'Headcount', budget: 'Budget', schedule: 'Schedule', cities: () => 'Partner cities' },
  total: 'Total',
  sum: 'Total',
  subtotal: 'subtotal',
  headcount: { track: 'Track', dept: 'Department', grade: 'Grade', quota: 'Authorized', current: 'Filled', gap: 'Gap', count: 'Count', unit: 'persons' },
  budget: { code: 'Code', line: 'Line', budget: 'Budget', current: 'Current', executed: 'Executed', balance: 'Balance', rate: 'Rate', note: 'Note' },
  schedule: { no: 'No.', task: 'Work item', plan: 'Plan', period: 'Period', from: 'From', to: 'To', status: 'Status', doneOn: 'Done on' },
  progress: {
    heading: 'Progress',
    completed: (from, to) => `Plans done (${from} to ${to})`,
    delayed: (to) => `Delayed: plans past their period and not finished (as of ${to})`,
    doneOn: 'Done on',
  },
  cities: { city: 'City', english: 'English', country: 'Country', type: 'Type', council: () => 'Council resolution', yes: 'required', no: 'not required' },
  citiesStated: (stated, countries, listed) => `Stated: ${stated} cities in ${countries} countries (${listed} listed)`,
};

export const REPORT_TEXT: Readonly<Record<Lang, typeof ko>> = { ko, en };
