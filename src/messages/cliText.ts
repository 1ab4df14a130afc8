// Words the cli itself prints (summaries, usage and internal errors), in Korean and English.
import type { Lang } from './catalog.js';
import { josa } from './josa.js';

export function summaryLine(lang: Lang, n: { errors: number; warnings: number; files: number }): string {
  if (lang === 'ko') {
    if (n.errors === 0 && n.warnings === 0) return `✔ 파일 ${n.files}개, 문제 없음`;
    return `✖ 파일 ${n.files}개에서 오류 ${n.errors}개, 경고 ${n.warnings}개`;
  }
  const plural = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  if (n.errors === 0 && n.warnings === 0) return `✔ ${plural(n.files, 'file')}, no problems`;
  return `✖ ${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')} in ${plural(n.files, 'file')}`;
}

/** Words of the GitHub job summary (validate --format github). */
export const GITHUB_SUMMARY_TEXT = {
  ko: { heading: 'mayor-office 기록 검사', severity: '구분', place: '위치', problem: '문제', rule: '규칙', error: '오류', warning: '경고' },
  en: { heading: 'mayor-office records check', severity: 'severity', place: 'place', problem: 'problem', rule: 'rule', error: 'error', warning: 'warning' },
} as const;

const KIND_KO: Record<string, string> = {
  budget: '예산',
  headcount: '인력 현황',
  report: '보고서',
  cities: '친선·우호도시',
  execution: '집행',
};

export const CLI_TEXT = {
  ko: {
    noDataDir: (dir: string) => `데이터 폴더 ${josa(`'${dir}'`, '이')} 없습니다. --data DIR로 기록 폴더를 지정하거나, data/ 폴더가 있는 곳에서 실행하세요.`,
    pathMissing: (p: string) => `경로 ${josa(`'${p}'`, '이')} 없습니다.`,
    notNumber: (v: string) => `주요 업무 번호는 숫자로 쓰세요 (예: 1). 받은 값: '${v}'`,
    internal: (version: string, msg: string) => `내부 오류입니다 (mayor-office ${version}): ${msg}\n프로그램의 결함입니다. 이 메시지와 실행한 명령을 알려 주세요.`,
    writeFailed: (file: string, msg: string) => `'${file}'에 쓸 수 없습니다: ${msg}`,
    outInData: (file: string) => `${josa(`'${file}'`, '은')} 데이터 폴더 안에 있습니다: 보고서는 기록 폴더 밖에 쓰세요.`,
    badDate: (v: string) => `--as-of ${josa(`'${v}'`, '은')} 날짜가 아닙니다: 실제 날짜를 YYYY-MM-DD로 쓰세요 (예: 2021-04-28).`,
    noRecords: (kind: string) => `데이터에 ${KIND_KO[kind] ?? kind} 기록이 없습니다.`,
    beforeFirst: (asOf: string, first: string) => `${asOf}까지의 기록이 없습니다: 첫 기록은 ${first}입니다. --as-of를 ${first} 이후로 주세요.`,
    outsideYear: (asOf: string, year: number) => `--as-of ${josa(asOf, '이')} ${year}회계연도(${year}-01-01~${year}-12-31) 밖입니다.`,
    badYear: (v: string) => `--year ${josa(`'${v}'`, '은')} 연도가 아닙니다: 네 자리로 쓰세요 (예: 2021).`,
    noBudget: (year: number, years: readonly number[]) => `${year}회계연도 예산 기록이 없습니다. 있는 연도: ${years.join(', ')}`,
    badWithin: (v: string) => `--within ${josa(`'${v}'`, '은')} 기간이 아닙니다: 30d(일) 또는 8w(주)처럼 쓰세요.`,
    needAsOf: '기준일을 정할 보고서 기록이 없습니다: --as-of YYYY-MM-DD를 주세요.',
    noTask: (n: string, numbers: readonly number[]) => `주요 업무 ${n}번이 없습니다. 있는 번호: ${numbers.join(', ')}`,
    xlsxNeedsOut: 'xlsx 형식은 파일로만 씁니다: --out 보고서.xlsx 처럼 파일 이름을 주세요.',
    noOffice: (id: string) => `보고서가 가리키는 사무실 ${josa(`'${id}'`, '이')} office 기록에 없습니다.`,
    oneSnapshot: '인력 현황 기록이 하나뿐이라 추이를 비교할 수 없습니다: 기준일이 다른 기록을 더하세요.',
    badMarker: (where: string, why: string) => `설정 파일 ${where}: ${why}`,
    markerNotMapping: '설정은 "data: data"처럼 키와 값으로 쓰세요.',
    markerBadData: (v: string) => `data에는 기록 폴더의 경로를 쓰세요 (예: data). 받은 값: '${v}'`,
    markerBadLang: (v: string) => `lang은 ko 또는 en입니다. 받은 값: '${v}'`,
    markerNoDataDir: (file: string, dir: string) => `${file}에 적힌 데이터 폴더 ${josa(`'${dir}'`, '이')} 없습니다. 폴더를 만들거나 data: 설정을 고치세요.`,
    initNotEmpty: (dir: string) => `${josa(`'${dir}'`, '은')} 비어 있지 않은 폴더입니다: 아무것도 바꾸지 않았습니다. 새 폴더 이름을 주세요.`,
    initExists: (file: string) => `${josa(`'${file}'`, '이')} 이미 있습니다: 아무것도 바꾸지 않았습니다.`,
    initNeedsOffice: '사무실 이름을 --office로 주세요 (예: --office 디지털정책과).',
    initDone: (dir: string, n: number) => `'${dir}'에 파일 ${n}개를 만들었습니다. 확인: ${dir === '.' ? '' : `cd ${dir} && `}npm install && npx mayor-office validate`,
    badOfficeId: (v: string) => `--id ${josa(`'${v}'`, '은')} 쓸 수 없습니다: 영문 소문자, 숫자, 하이픈으로 쓰세요 (예: mayor-secretariat).`,
  },
  en: {
    noDataDir: (dir: string) => `the data folder '${dir}' does not exist. Name the records folder with --data DIR, or run where a data/ folder is.`,
    pathMissing: (p: string) => `the path '${p}' does not exist.`,
    notNumber: (v: string) => `a work item number is a whole number (e.g. 1), not '${v}'`,
    internal: (version: string, msg: string) => `internal error (mayor-office ${version}): ${msg}\nThis is a bug. Please report it with this message and the command you ran.`,
    writeFailed: (file: string, msg: string) => `cannot write '${file}': ${msg}`,
    outInData: (file: string) => `'${file}' is inside the data folder: write reports outside the records folder.`,
    badDate: (v: string) => `--as-of '${v}' is not a date: write a real date as YYYY-MM-DD (e.g. 2021-04-28).`,
    noRecords: (kind: string) => `the data has no ${kind} records.`,
    beforeFirst: (asOf: string, first: string) => `there are no records on or before ${asOf}: the first is dated ${first}. Give an --as-of on or after ${first}.`,
    outsideYear: (asOf: string, year: number) => `--as-of ${asOf} is outside fiscal year ${year} (${year}-01-01 to ${year}-12-31).`,
    badYear: (v: string) => `--year '${v}' is not a year: write four digits (e.g. 2021).`,
    noBudget: (year: number, years: readonly number[]) => `there is no budget record for fiscal year ${year}. Years with a budget: ${years.join(', ')}`,
    badWithin: (v: string) => `--within '${v}' is not a length of time: write it like 30d (days) or 8w (weeks).`,
    needAsOf: 'no report record gives a reference date: pass --as-of YYYY-MM-DD.',
    noTask: (n: string, numbers: readonly number[]) => `there is no work item ${n}. Work items: ${numbers.join(', ')}`,
    xlsxNeedsOut: 'the xlsx format is written to a file only: give a file name with --out report.xlsx.',
    noOffice: (id: string) => `the office '${id}' that the report names has no office record.`,
    oneSnapshot: 'there is only one headcount snapshot, so there is no trend yet: add a snapshot of another date.',
    badMarker: (where: string, why: string) => `settings file ${where}: ${why}`,
    markerNotMapping: 'write the settings as keys and values, like "data: data".',
    markerBadData: (v: string) => `data is the path of the records folder (e.g. data), not '${v}'`,
    markerBadLang: (v: string) => `lang is ko or en, not '${v}'`,
    markerNoDataDir: (file: string, dir: string) => `the data folder '${dir}' that ${file} names does not exist. Create it or correct the data: setting.`,
    initNotEmpty: (dir: string) => `'${dir}' is a folder that is not empty: nothing was changed. Give the name of a new folder.`,
    initExists: (file: string) => `'${file}' already exists: nothing was changed.`,
    initNeedsOffice: 'give the office name with --office (e.g. --office 디지털정책과).',
    initDone: (dir: string, n: number) => `created ${n} files in '${dir}'. Check them: ${dir === '.' ? '' : `cd ${dir} && `}npm install && npx mayor-office validate`,
    badOfficeId: (v: string) => `--id '${v}' cannot be used: write lower-case letters, digits and hyphens (e.g. mayor-secretariat).`,
  },
} as const;
