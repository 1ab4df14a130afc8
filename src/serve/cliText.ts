// What `mayor-office serve` says on the command line, in both languages.
import type { Lang } from '../engine/words.js';

export const SERVE_CLI_TEXT = {
  ko: {
    listening: (url: string, readOnly: boolean) => `기록을 웹 페이지로 엽니다${readOnly ? ' (읽기 전용)' : ''}: ${url}\n이 주소(토큰 포함)를 브라우저에서 여세요. 끝내려면 Ctrl+C.`,
    badPort: (v: string) => `--port ${v}: 0에서 65535까지의 정수로 쓰세요 (0이나 생략하면 빈 포트).`,
    cannotListen: (host: string, port: number, why: string) => `${host}:${port}에서 기다릴 수 없습니다 (${why}): 다른 --port를 주거나 생략하세요.`,
    notLoopback: (host: string) => `⚠ ${host}에서 기다립니다: 이 컴퓨터 밖에서도 닿을 수 있습니다. 토큰을 아는 사람은 기록을 보고 쓸 수 있습니다.`,
  },
  en: {
    listening: (url: string, readOnly: boolean) => `The records as a web page${readOnly ? ' (read-only)' : ''}: ${url}\nOpen this address (with its token) in a browser. Ctrl+C to stop.`,
    badPort: (v: string) => `--port ${v}: write a whole number from 0 to 65535 (0 or none: a free port).`,
    cannotListen: (host: string, port: number, why: string) => `cannot listen on ${host}:${port} (${why}): give another --port or none.`,
    notLoopback: (host: string) => `⚠ listening on ${host}: the page can be reached from outside this computer. Anyone with the token can read and write the records.`,
  },
} as const satisfies Record<Lang, unknown>;
