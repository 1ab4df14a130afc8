// Words the cli itself prints (summaries, usage and internal errors), in Korean and English.
import type { Lang } from './catalog.js';

export function summaryLine(lang: Lang, n: { errors: number; warnings: number; files: number }): string {
  if (lang === 'ko') {
    if (n.errors === 0 && n.warnings === 0) return `✔ 파일 ${n.files}개, 문제 없음`;
    return `✖ 파일 ${n.files}개에서 오류 ${n.errors}개, 경고 ${n.warnings}개`;
  }
  const plural = (k: number, w: string): string => `${k} ${w}${k === 1 ? '' : 's'}`;
  if (n.errors === 0 && n.warnings === 0) return `✔ ${plural(n.files, 'file')}, no problems`;
  return `✖ ${plural(n.errors, 'error')}, ${plural(n.warnings, 'warning')} in ${plural(n.files, 'file')}`;
}

export const CLI_TEXT = {
  ko: {
    noDataDir: (dir: string) => `데이터 폴더 '${dir}'가 없습니다. --data DIR로 기록 폴더를 지정하거나, data/ 폴더가 있는 곳에서 실행하세요.`,
    pathMissing: (p: string) => `경로 '${p}'가 없습니다.`,
    unknownFormat: (f: string, known: string) => `알 수 없는 형식 '${f}'. 가능한 형식: ${known}`,
    unknownLang: (l: string) => `알 수 없는 언어 '${l}'. 가능한 값: ko, en`,
    internal: (version: string, msg: string) => `내부 오류입니다 (mayor-office ${version}): ${msg}\n프로그램의 결함입니다. 이 메시지와 실행한 명령을 알려 주세요.`,
    writeFailed: (file: string, msg: string) => `'${file}'에 쓸 수 없습니다: ${msg}`,
  },
  en: {
    noDataDir: (dir: string) => `the data folder '${dir}' does not exist. Name the records folder with --data DIR, or run where a data/ folder is.`,
    pathMissing: (p: string) => `the path '${p}' does not exist.`,
    unknownFormat: (f: string, known: string) => `unknown format '${f}'. Known formats: ${known}`,
    unknownLang: (l: string) => `unknown language '${l}'. Use ko or en`,
    internal: (version: string, msg: string) => `internal error (mayor-office ${version}): ${msg}\nThis is a bug. Please report it with this message and the command you ran.`,
    writeFailed: (file: string, msg: string) => `cannot write '${file}': ${msg}`,
  },
} as const;
