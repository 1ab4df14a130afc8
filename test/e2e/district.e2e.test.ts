// A district office (test/fixtures/district): a budget by 세부사업 in 백만원, two programs that
// both hold 203-01, one 203-01 whose 예산액 is unknown, and expense entries in 원 naming the
// program where the code alone is ambiguous; a 정원-only and a 현원-only 인력 table; three work
// items whose plans use every period kind the tool reads; its partner cities and an agreement.
// Every command of the command table runs on it.
//
// The figures by hand (백만원 = 1,000,000 원; shown figures half-up, rates from unrounded 원):
//   opening snapshot 2024-03-31: 구정 홍보 203-01 3, 203-03 2; 주민 소통 203-01 1, 203-04 1 (백만원)
//   entries after it, up to 2024-06-30 (원):
//     구정 홍보 203-01: 1,250,000 (203-01 + program code) + 980,400 (기관 + program by name)  = 2,230,400
//     구정 홍보 203-03: 2,760,500 (시책)                                                     = 2,760,500
//     주민 소통 203-01: 432,000 (full name) + 615,000 − 615,000 (반납)                      =   432,000
//     주민 소통 203-04: 389,000 (full name, 카드,제로페이) + 1,120,000 (203-04)              = 1,509,000
//   executed: 구정 홍보 203-01 5,230,400 → 5; 203-03 4,760,500 → 5; 주민 소통 203-01 1,432,000 → 1;
//             203-04 2,509,000 → 3; 소계 구정 홍보 9,990,900 → 10, 주민 소통 3,941,000 → 4;
//             계 13,931,900 → 14 (not 5 + 5 + 1 + 3 = 14 by chance: the sum of the 원 figures)
//   예산현액: 구정 홍보 203-01 24 − 1 (전용) = 23; 203-03 18 + 2 (추경) = 20; 소계 43; 203-04 6
//   집행률: 5,230,400 / 23,000,000 = 22.74% → 22.7; 4,760,500 / 20,000,000 = 23.80% → 23.8;
//           9,990,900 / 43,000,000 = 23.23% → 23.2; 2,509,000 / 6,000,000 = 41.82% → 41.8
//   잔액 from the shown figures: 23 − 5 = 18; 20 − 5 = 15; 43 − 10 = 33; 6 − 3 = 3
//   주민 소통 203-01 has no 예산액: its 예산액, 잔액, 집행률 are "–", and so are 주민 소통's 소계
//   and the 계 (a sum with an unknown part is unknown), never a negative balance.
//   by line (203-01 summed over both programs): 5,230,400 + 1,432,000 = 6,662,400 → 7, budget "–"
//   year elapsed on 2024-06-30 (leap year): 182 / 366 = 49.73% → 49.7; pace 22.7 − 49.7 = △27.0%p
//
// 인력 (명): the 정원 table of 2024-01-01 has no 현원, the 현원 table of 2024-06-30 no 정원, so
// there is no 과부족 anywhere.
//   정원 '24. 1. 1.: 일반직 1 + 4 + 5 + 3 + 2 = 15; 임기제 1; 공무직 2 (no grades); 총계 18
//   현원 '24. 6. 30.: 일반직 1 + 5 + 4 + 3 + 4 = 17; 임기제 0; 공무직 2; 총계 19
//
// 향후계획 (as of 2024-06-30, the report's date; the window of tasks upcoming is 30 days, to 2024-07-30):
//   '24. 3~4월 (완료) and 하반기 (취소) are left out; 4월~5월 (진행) ended 2024-05-31: 지연;
//   7월 중순 ~ 8월 초 starts 2024-07-11; 2024. 5. ~ 7. runs 2024-05-01 … 2024-07-31: under way;
//   매월, 반기별, 분기별 1회 and the June time of 연2회(6월, 11월) end 2024-06-30; 매월 10일 is 2024-07-10;
//   '24. 6월 (연기 → '24. 9월 중) is listed in September, not now.
//
// 국제교류 도시: a complete list, 자매도시 3 (웨이하이 CN, 다카마쓰 JP, 하이쩌우군 VN) and
// 우호교류도시 2 (칭겔테이구 MN, 옌지 CN): 5 cities in 4 countries, CN 1 + 1 = 2, JP 1, MN 1, VN 1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { cli, golden, goldenName, root } from './cli.js';
import { COMMANDS } from '../../src/cli/options.js';
import { REPORTS } from '../../src/engine/reports.js';
import { noRecordsNote } from '../../src/messages/cliText.js';

/** The YAML files under a folder, at any depth. */
const yamlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : []));

const DISTRICT = 'test/fixtures/district';
const run = (args: string[]) => cli([...args, '--data', DISTRICT], root);
/** A test comparing a command's output on the district with a reviewed golden file. */
const goldenOf = (name: string, args: readonly string[]) =>
  it(args.join(' '), () => {
    const r = run([...args]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    golden(name, r.stdout);
  });

interface Fig {
  code: string;
  name: string;
  program?: string;
  budget: number | null;
  current: number | null;
  executed: number;
  balance: number | null;
  rate: number | null;
}
const fig = (l: Fig) => [l.code, l.budget, l.current, l.executed, l.balance, l.rate];

describe('budget status on a district budget with programs', () => {
  it('validates with no problem', () => {
    const r = run(['validate', '--strict']);
    expect(r.code).toBe(0);
  });

  it('computes the figures per program and per line as worked out by hand', () => {
    const r = run(['budget', 'status', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout) as { unit: string; yearElapsed: number; total: Fig; lines: Fig[]; programs: { code: string; name: string; subtotal: Fig; lines: Fig[] }[] };
    expect([j.unit, j.yearElapsed]).toEqual(['백만원', 49.7]);
    expect(fig(j.total)).toEqual(['', null, null, 14, null, null]);
    expect(j.programs.map((p) => [p.code, p.name, fig(p.subtotal)])).toEqual([
      ['2024110100010101', '구정 홍보', ['2024110100010101', 42, 43, 10, 33, 23.2]],
      ['2024110100020101', '주민 소통', ['2024110100020101', null, null, 4, null, null]],
    ]);
    expect(j.programs.flatMap((p) => p.lines.map((l) => [l.program, ...fig(l)]))).toEqual([
      ['2024110100010101', '203-01', 24, 23, 5, 18, 22.7],
      ['2024110100010101', '203-03', 18, 20, 5, 15, 23.8],
      ['2024110100020101', '203-01', null, null, 1, null, null],
      ['2024110100020101', '203-04', 6, 6, 3, 3, 41.8],
    ]);
    // Per 통계목 across the programs: 203-01 of both, its budget unknown.
    expect(j.lines.map(fig)).toEqual([
      ['203-01', null, null, 7, null, null],
      ['203-03', 18, 20, 5, 15, 23.8],
      ['203-04', 6, 6, 3, 3, 41.8],
    ]);
  });

  it('never prints a negative balance for the unknown budget', () => {
    const r = run(['budget', 'status']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => l.startsWith('│'));
    expect(rows).toHaveLength(8);
    for (const row of rows) expect(row).not.toMatch(/-\d/);
    expect(r.stdout).toContain('│ 주민 소통 소계       │      – │        – │      4 │    – │      – │ –');
  });

  it('shows programs by default and their lines under each 소계, 계 first', () => {
    const rows = run(['budget', 'status']).stdout.split('\n').filter((l) => l.startsWith('│ ') && !l.includes('구분'));
    expect(rows.map((l) => l.split('│')[1]!.trimEnd())).toEqual([
      ' 계',
      ' 구정 홍보 소계',
      '   기관운영업무추진비',
      '   시책추진업무추진비',
      ' 주민 소통 소계',
      '   기관운영업무추진비',
      '   부서운영업무추진비',
    ]);
    expect(run(['budget', 'status', '--by', 'program']).stdout).toBe(run(['budget', 'status']).stdout);
  });

  for (const format of ['table', 'json', 'md']) {
    for (const lang of ['ko', 'en']) {
      if (format === 'json' && lang === 'en') continue;
      it(`--format ${format} --lang ${lang}`, () => {
        const r = run(['budget', 'status', '--format', format, '--lang', lang]);
        expect([r.code, r.stderr]).toEqual([0, '']);
        golden(goldenName('district-budget-status', lang, format), r.stdout);
      });
    }
  }

  for (const by of ['line', 'program']) {
    for (const lang of ['ko', 'en']) {
      it(`--by ${by} --lang ${lang}`, () => {
        const r = run(['budget', 'status', '--by', by, '--lang', lang]);
        expect([r.code, r.stderr]).toEqual([0, '']);
        golden(`district-budget-status-by-${by}.${lang}.txt`, r.stdout);
      });
    }
  }

  it('--by program on a budget without programs shows its lines and says so', () => {
    const r = cli(['budget', 'status', '--by', 'program']);
    expect(r.code).toBe(0);
    const plain = cli(['budget', 'status']).stdout;
    expect(r.stdout).toBe(`${plain}이 예산에는 세부사업이 없어 과목별로 보임\n`);
  });

  it('rejects an unknown --by', () => {
    expect(run(['budget', 'status', '--by', 'dept']).code).toBe(2);
  });
});

describe('report on the district', () => {
  for (const lang of ['ko', 'en']) {
    it(`--format md --lang ${lang}`, () => {
      const r = run(['report', '--format', 'md', '--lang', lang]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      golden(`district-report.${lang}.md`, r.stdout);
    });
  }

  it('the 인력 현황 of the report is the 현원 table of its date, and says 정원 is not on record', () => {
    const md = run(['report', '--format', 'md']).stdout;
    const row = md.split('\n').find((l) => l.startsWith('| 현원 |'))!;
    // 총계, 일반직 소계 and its five grades, 임기제 소계 and its grade, 공무직: as worked out above.
    expect(row.split('|').slice(2, -1).map((c) => Number(c.trim()))).toEqual([19, 17, 1, 5, 4, 3, 4, 0, 0, 2]);
    expect(md).toContain('### 2. 인력 현황 (기준 / 단위 : \'24. 6. 30. / 명)');
    expect(md).toContain('※ 정원 기록 없음: 정원과 과부족은 싣지 않음');
  });
});

describe('budget monthly on a district budget with programs', () => {
  it('each month is budget status --by line of its date, per 통계목 code summed over the programs', () => {
    const r = run(['budget', 'monthly', '--format', 'json']);
    expect(r.code).toBe(0);
    const monthly = JSON.parse(r.stdout);
    expect(monthly.unit).toBe('백만원');
    expect(monthly.lines.map((l: { code: string }) => l.code)).toEqual(['203-01', '203-03', '203-04']);
    const withData = monthly.months.filter((m: { source: string | null }) => m.source !== null);
    expect(withData.length).toBeGreaterThan(1);
    for (const m of withData) {
      const status = JSON.parse(run(['budget', 'status', '--by', 'line', '--format', 'json', '--as-of', m.date]).stdout);
      expect(m.lines.map((l: { code: string; executed: number; rate: number | null }) => [l.code, l.executed, l.rate])).toEqual(status.lines.map((l: Fig) => [l.code, l.executed, l.rate]));
      expect([m.total.executed, m.total.rate]).toEqual([status.total.executed, status.total.rate]);
    }
  });

  it('a line whose 예산액 is unknown has no 예산현액 or 집행률, nor has the 계, and a note says why', () => {
    const r = run(['budget', 'monthly', '--format', 'json']);
    const last = JSON.parse(r.stdout).months.at(-1);
    expect(last.lines[0]).toMatchObject({ code: '203-01', current: null, rate: null });
    expect(last.total).toMatchObject({ current: null, rate: null });
    expect(last.lines[2].current).not.toBeNull();
    expect(run(['budget', 'monthly']).stdout).toContain("'-' (집행률): 예산액이 기록에 없는 과목");
  });
});

describe('headcount on a 정원-only and a 현원-only table', () => {
  type Figs = { quota: number | null; current: number | null; gap: number | null };
  type Status = { asOf: string; missing: string[]; total: Figs; tracks: { track: string; subtotal: Figs; grades: ({ grade: string } & Figs)[] }[] };
  const figs = (f: Figs) => [f.quota, f.current, f.gap];
  /** 총계 is the sum of the 소계, and each 소계 the sum of its grades, of the figure held. */
  const expectSums = (j: Status, key: 'quota' | 'current') => {
    expect(j.tracks.reduce((n, t) => n + t.subtotal[key]!, 0)).toBe(j.total[key]);
    for (const t of j.tracks.filter((t) => t.grades.length > 0)) expect(t.grades.reduce((n, g) => n + g[key]!, 0)).toBe(t.subtotal[key]);
  };

  it('status at the report date is the 현원 table: 현원 only, and it says 정원 is not on record', () => {
    const r = run(['headcount', 'status', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout) as Status;
    expect([j.asOf, j.missing, figs(j.total)]).toEqual(['2024-06-30', ['quota'], [null, 19, null]]);
    expect(j.tracks.map((t) => [t.track, ...figs(t.subtotal), t.grades.map((g) => g.current)])).toEqual([
      ['일반직', null, 17, null, [1, 5, 4, 3, 4]],
      ['임기제', null, 0, null, [0]],
      ['공무직', null, 2, null, []],
    ]);
    expectSums(j, 'current');
  });

  it('status before it is the 정원 table: 정원 only, and it says 현원 is not on record', () => {
    const r = run(['headcount', 'status', '--as-of', '2024-05-01', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout) as Status;
    expect([j.asOf, j.missing, figs(j.total)]).toEqual(['2024-01-01', ['current'], [18, null, null]]);
    expect(j.tracks.map((t) => [t.track, ...figs(t.subtotal), t.grades.map((g) => g.quota)])).toEqual([
      ['일반직', 15, null, null, [1, 4, 5, 3, 2]],
      ['임기제', 1, null, null, [1]],
      ['공무직', 2, null, null, []],
    ]);
    expectSums(j, 'quota');
  });

  it('trend has each snapshot with the figure it holds and null for the other, never 0', () => {
    const r = run(['headcount', 'trend', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout) as { tracks: string[]; snapshots: { asOf: string; missing: string[]; total: Figs; tracks: Figs[] }[] };
    expect(j.tracks).toEqual(['일반직', '임기제', '공무직']);
    expect(j.snapshots.map((s) => [s.asOf, s.missing, figs(s.total), s.tracks.map(figs)])).toEqual([
      ['2024-01-01', ['current'], [18, null, null], [[15, null, null], [1, null, null], [2, null, null]]],
      ['2024-06-30', ['quota'], [null, 19, null], [[null, 17, null], [null, 0, null], [null, 2, null]]],
    ]);
  });

  goldenOf('district-headcount-status.ko.txt', ['headcount', 'status']);
  goldenOf('district-headcount-status-quota.ko.txt', ['headcount', 'status', '--as-of', '2024-05-01']);
  goldenOf('district-headcount-trend.ko.txt', ['headcount', 'trend']);
});

describe('work items whose plans use every kind of period phrase', () => {
  interface Plan {
    text: string;
    period: { text: string; kind?: string; ongoing: boolean };
    status?: string;
  }
  const tasks = () => (JSON.parse(run(['tasks', 'list', '--format', 'json']).stdout) as { tasks: { number: number; plans: Plan[] }[] }).tasks;
  const kindOf = (p: Plan['period']) => (p.ongoing ? 'ongoing' : (p.kind ?? 'range'));

  it('every kind of docs/periods.md that validate --strict passes: all but a phrase not read', () => {
    const doc = readFileSync(join(root, 'docs', 'periods.md'), 'utf8');
    // The kind column of the doc's tables: | `phrase` | start | end | kind | meaning |
    const documented = new Set([...doc.matchAll(/^\| `[^`]+` \| [^|]+ \| [^|]+ \| ([a-z-]+) \|/gm)].map((m) => m[1]!));
    const readable = [...documented].filter((k) => k !== 'undated' && k !== 'reversed').sort();
    expect(readable).toEqual(['as-needed', 'ongoing', 'open-ended', 'range', 'recurring', 'several']);
    expect([...new Set(tasks().flatMap((t) => t.plans.map((p) => kindOf(p.period))))].sort()).toEqual(readable);
  });

  it('plan lines carry each status, and one line has none', () => {
    const statuses = tasks().flatMap((t) => t.plans.map((p) => p.status ?? 'none'));
    expect([...new Set(statuses)].sort()).toEqual(['cancelled', 'done', 'in-progress', 'none', 'planned', 'postponed']);
  });

  it('upcoming leaves out done and cancelled lines, marks the late one and lists the postponed one at its new period', () => {
    type Item = { text: string; state?: string; occurrence?: { start: string; end: string } };
    const upcoming = (...args: string[]) => {
      const r = run(['tasks', 'upcoming', '--format', 'json', ...args]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      return JSON.parse(r.stdout) as { asOf: string; until: string; due: Item[]; overdue: Item[]; ongoing: Item[]; asNeeded: Item[] };
    };
    const j = upcoming();
    expect([j.asOf, j.until]).toEqual(['2024-06-30', '2024-07-30']);
    expect(j.due.map((i) => [i.text, i.state, i.occurrence?.start ?? null])).toEqual([
      ['주민총회 개최', 'starts', null],
      ['주민자치회 분과회의 지원', 'ends', '2024-06-01'],
      ['주민자치 우수사례 공유회', 'ends', '2024-06-01'],
      ['구정 소식지 발행', 'within', '2024-07-10'],
      ['구정 홍보 영상 제작', 'under-way', null],
      ['구정 만족도 조사', 'ends', '2024-01-01'],
      ['국제교류 자문위원회', 'ends', '2024-04-01'],
    ]);
    expect(j.overdue.map((i) => i.text)).toEqual(['동별 자치계획 수립 지원']);
    expect(j.ongoing.map((i) => i.text)).toEqual(['주민자치센터 프로그램 운영', 'SNS 구정 서포터즈 운영']);
    expect(j.asNeeded.map((i) => i.text)).toEqual(['주민 제안사업 접수·검토']);
    const all = (u: typeof j) => [...u.due, ...u.overdue, ...u.ongoing, ...u.asNeeded].map((i) => i.text);
    for (const left of ['주민자치회 위원 역량 강화 교육', '동 주민센터 구정 안내 영상 송출', '구민 소통 토론회']) expect(all(j)).not.toContain(left);
    const september = upcoming('--as-of', '2024-08-25');
    expect(september.due.find((i) => i.text === '구민 소통 토론회')).toMatchObject({ state: 'starts', status: 'postponed', period: { text: "'24. 6월" }, postponedTo: { text: "'24. 9월 중", start: '2024-09-01', end: '2024-09-30' } });
  });

  goldenOf('district-tasks-list.ko.txt', ['tasks', 'list']);
  goldenOf('district-tasks-upcoming.ko.txt', ['tasks', 'upcoming']);
});

describe('partner cities of a district and its agreement', () => {
  it('the complete list agrees with the stated totals, by type and by country', () => {
    const r = run(['cities', '--format', 'json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const j = JSON.parse(r.stdout) as {
      listing: string;
      stated: { cities: number; countries: number };
      listed: { cities: number; countries: number };
      types: { type: string; name: string; stated: number; listed: number }[];
      byCountry: { key: string; sister: number; friendship: number; total: number }[];
    };
    expect([j.listing, j.stated, j.listed]).toEqual(['complete', { cities: 5, countries: 4 }, { cities: 5, countries: 4 }]);
    expect(j.types.map((t) => [t.type, t.name, t.stated, t.listed])).toEqual([
      ['sister', '자매도시', 3, 3],
      ['friendship', '우호교류도시', 2, 2],
    ]);
    expect(j.byCountry.map((c) => [c.key, c.sister, c.friendship, c.total])).toEqual([
      ['CN', 1, 1, 2],
      ['JP', 1, 0, 1],
      ['MN', 0, 1, 1],
      ['VN', 1, 0, 1],
    ]);
  });

  it('the agreement takes its period from the plan line it names', () => {
    const j = JSON.parse(run(['events', '--format', 'json']).stdout) as { events: { id: string; partner: { country: string }; period: { text: string; start: string; end: string }; overdue: boolean }[] };
    expect(j.events.map((e) => [e.id, e.partner.country, e.period.text, e.period.start, e.period.end, e.overdue])).toEqual([
      ['chingeltei-sister-agreement', 'MN', "'24. 10월 중", '2024-10-01', '2024-10-31', false],
    ]);
  });

  it('the report counts them as the records do: 4 countries, 5 cities, 3 + 2 by type', () => {
    const md = run(['report', '--format', 'md']).stdout;
    expect(md).toContain('총 4개 국가 5개 도시');
    expect(md).toContain('▶ 웨이하이시, 다카마쓰시, 다낭시 하이쩌우군 총 3개 도시');
    expect(md).toContain('▶ 울란바토르시 칭겔테이구, 옌지시 총 2개 도시');
  });

  goldenOf('district-cities.ko.txt', ['cities']);
});

describe('the council the district works with: its 구의회, never the 시의회', () => {
  // office.yaml says `council: 구의회`; the seed's office names none, so its council is the 시의회.
  const seed = (args: string[]) => cli(args);

  it('council titles the meetings with the 구의회', () => {
    const r = run(['council']);
    expect([r.code, r.stdout.split('\n')[0]]).toEqual([0, '구의회 협력 회의']);
    expect(r.stdout).not.toContain('시의회');
    expect(seed(['council']).stdout.split('\n')[0]).toBe('시의회 협력 회의');
  });

  it("cities asks for the 구의회 의결 and names the partnerships by the district's types", () => {
    const r = run(['cities']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('시의회');
    expect(r.stdout.match(/구의회 의결/g)).toHaveLength(2);
    expect(r.stdout.split('\n')[0]).toBe('자매·우호도시 현황 (5개 도시 중 5개 기록)');
    expect(r.stdout).toMatch(/│ 국가 +│ 자매도시 │ 우호교류도시 │ 계 │/);
    const en = run(['cities', '--lang', 'en']).stdout;
    expect(en).toMatch(/│ Countries +│ Sister \(자매\) │ Friendship \(우호교류\) │ Total │/);
    const city = seed(['cities']).stdout;
    expect(city.split('\n')[0]).toMatch(/^친선·우호도시 현황 /);
    expect(city.match(/시의회 의결/g)).toHaveLength(2);
    expect(city).not.toContain('구의회');
  });

  it("the report names the partnerships by the district's types and says 구의회, never 시의회", async () => {
    const md = run(['report', '--format', 'md']).stdout;
    expect(md).toContain('총 4개 국가 5개 도시와 자매·우호 결연 체결');
    expect(md).not.toContain('시의회');
    expect(seed(['report', '--format', 'md']).stdout).toContain('총 49개 국가 71개 도시와 친선·우호 결연 체결');
    const out = join(mkdtempSync(join(tmpdir(), 'district-xlsx-')), 'report.xlsx');
    try {
      expect(run(['report', '--format', 'xlsx', '--out', out]).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const sheet = wb.getWorksheet('자매·우호도시')!;
      expect(sheet.getRow(2).values).toEqual([undefined, '도시', '영문', '국가', '종류', '구의회 의결']);
      expect(sheet.getRow(3).values).toEqual([undefined, '웨이하이시', 'Weihai', '중국', '자매도시', '필요']);
    } finally {
      rmSync(dirname(out), { recursive: true, force: true });
    }
  });

  it("the json of a report carries no words: the same keys as the seed's", () => {
    const keys = (args: string[], at: (args: string[]) => { stdout: string }) => Object.keys(JSON.parse(at([...args, '--format', 'json']).stdout));
    expect(keys(['council'], run)).toEqual(keys(['council'], seed));
    expect(keys(['cities'], run)).toEqual(keys(['cities'], seed));
  });
});

describe('every command of the command table on the district', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'district-'));
  const disclosure = join(tmp, '2024-06.csv');
  // A roll-up of the district alone.
  const rollupFile = join(tmp, 'rollup.yaml');
  writeFileSync(rollupFile, `kind: rollup\noffices:\n  - { name: 자치행정과, group: ○○구, folder: '${join(root, DISTRICT)}' }\n`);
  const expensesFile = join(root, DISTRICT, 'expenses', '2024.yaml');
  const expensesBefore = readFileSync(expensesFile, 'utf8');
  // The June disclosure, to import again: every row is already recorded, so nothing is new.
  beforeAll(() => expect(run(['expenses', 'disclose', '--month', '2024-06', '--format', 'csv', '--out', disclosure]).code).toBe(0));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  /** How each command runs here; the two that write run with --dry-run, so the fixture stays as it is. */
  const RUNS: Record<string, string[][]> = {
    validate: [['validate'], ['validate', '--strict']],
    'budget status': [['budget', 'status'], ['budget', 'status', '--format', 'csv'], ['budget', 'status', '--format', 'html']],
    'budget monthly': [['budget', 'monthly']],
    'tasks list': [['tasks', 'list']],
    'tasks upcoming': [['tasks', 'upcoming'], ['tasks', 'upcoming', '--as-of', '2024-08-25', '--within', '8주']],
    'tasks show': [['tasks', 'show', '1'], ['tasks', 'show', '2'], ['tasks', 'show', '3']],
    cities: [['cities'], ['cities', '--by', 'region']],
    events: [['events']],
    council: [['council']],
    report: [['report', '--format', 'md'], ['report', '--format', 'html'], ['report', '--format', 'json'], ['report', '--format', 'xlsx', '--out', join(tmp, 'report.xlsx')]],
    'headcount status': [['headcount', 'status']],
    'headcount trend': [['headcount', 'trend']],
    'expenses add': [['expenses', 'add', '--date', '2024-06-28', '--line', '부서', '--amount', '45,000', '--purpose', '부서 회의 다과', '--payment', '제로페이', '--dry-run']],
    'expenses import': [['expenses', 'import', disclosure, '--dry-run']],
    'expenses list': [['expenses', 'list']],
    'expenses disclose': [['expenses', 'disclose', '--month', '2024-06', '--format', 'csv']],
    'report new': [['report', 'new', '--dry-run']],
    diff: [['diff']],
    rollup: [
      ['rollup', '--file', rollupFile, '--no-cache'],
      ['rollup', 'validation', '--strict', '--file', rollupFile, '--no-cache', '--format', 'md'],
    ],
  };
  /** Commands that read no records, so --data means nothing to them, and `serve`, which runs
   *  until it is stopped (test/serve/ and test/browser/serve.browser.test.ts run it). */
  const NO_RECORDS = ['init', 'serve', 'completion'];

  /** A report of the registry runs plain (`expenses summary`) unless RUNS says how: a new report
   *  is run here without an edit of this file. */
  const isReport = (name: string): boolean => REPORTS.some((r) => r.name === name);
  const runsOf = (name: string): string[][] => RUNS[name] ?? (isReport(name) ? [name.split(' ')] : []);

  it('runs each command of the table but those that read no records', () => {
    expect(COMMANDS.map((c) => c.name).filter((n) => runsOf(n).length === 0)).toEqual(NO_RECORDS);
    expect(Object.keys(RUNS).filter((n) => !COMMANDS.some((c) => c.name === n))).toEqual([]);
  });

  /** The district keeps no council records: `council` shows its empty table with the one note
   *  of that rule (docs/records.md#no-records-of-a-kind), worded here by hand; so does any report
   *  of a kind the district keeps no records of (a new kind's list), in the words of the rule. */
  const NOTED: Readonly<Record<string, string>> = {
    council: `${DISTRICT}/에 의회 협력 기록이 없어 빈 표를 냅니다: ${DISTRICT}/council.yaml에 kind: council로 적으세요 (종류와 필드: docs/records.md).\n`,
  };
  const kindsKept = new Set(yamlFiles(join(root, DISTRICT)).map((f) => /^kind: *(\S+)/m.exec(readFileSync(f, 'utf8'))?.[1]));
  it('keeps records of the kinds the notes below are derived from (no council, no ordinances, no task forces)', () => {
    expect([...kindsKept].sort()).toEqual(['budget', 'cities', 'countries', 'events', 'expenses', 'headcount', 'office', 'report', 'task']);
  });
  const notedOf = (args: readonly string[]): string | undefined => {
    const name = args.join(' ');
    if (NOTED[name] !== undefined) return NOTED[name];
    const spec = REPORTS.find((r) => r.name === name);
    return spec !== undefined && spec.shows !== 'execution' && !kindsKept.has(spec.shows) ? `${noRecordsNote('ko', spec.shows, DISTRICT)}\n` : undefined;
  };

  for (const runs of COMMANDS.map((c) => runsOf(c.name))) {
    for (const args of runs) {
      const noted = notedOf(args);
      it(`${args.join(' ').replace(tmp, '…')} exits 0 and says ${noted ? 'only that it has no records of its kind' : 'nothing'} on stderr`, () => {
        const r = run(args);
        expect([r.code, r.stderr]).toEqual([0, noted ?? '']);
        const out = args.indexOf('--out');
        expect(out < 0 ? r.stdout.length : statSync(args[out + 1]!).size).toBeGreaterThan(0);
      });
    }
  }

  it('the import found every row of the disclosure already recorded, and nothing was written', () => {
    const r = run(['expenses', 'import', disclosure, '--dry-run', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ imported: 0, duplicates: 4 });
    expect(readFileSync(expensesFile, 'utf8')).toBe(expensesBefore);
  });
});

describe('disclose → import round trip on a budget with programs', () => {
  it('the 세부사업 column brings each June entry back under its program, the refund too', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'district-roundtrip-'));
    try {
      const disclosure = join(tmp, '2024-06.csv');
  // A roll-up of the district alone.
  const rollupFile = join(tmp, 'rollup.yaml');
  writeFileSync(rollupFile, `kind: rollup\noffices:\n  - { name: 자치행정과, group: ○○구, folder: '${join(root, DISTRICT)}' }\n`);
      expect(run(['expenses', 'disclose', '--month', '2024-06', '--format', 'csv', '--out', disclosure]).code).toBe(0);
      expect(readFileSync(disclosure, 'utf8').split('\r\n')[0]).toBe('\uFEFF부서,사용일자,사용시간,사용장소,사용목적,대상인원,결제방법,세부사업,비목,사용금액,비고');
      const data = join(tmp, 'data');
      cpSync(join(root, DISTRICT), data, { recursive: true });
      const file = join(data, 'expenses', '2024.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').split('\n').filter((l) => !l.includes('date: 2024-06-')).join('\n'));
      const imported = cli(['expenses', 'import', disclosure, '--data', data, '--format', 'json'], root);
      expect([imported.code, imported.stderr, JSON.parse(imported.stdout).files[0].imported]).toEqual([0, '', 4]);
      const june = (dataDir: string) => JSON.parse(cli(['expenses', 'list', '--month', '2024-06', '--format', 'json', '--data', dataDir], root).stdout).entries;
      expect(june(data)).toEqual(june(DISTRICT));
      expect(june(data).map((e: { program: { code: string } | null }) => e.program?.code)).toEqual(['2024110100010101', '2024110100020101', '2024110100020101', '2024110100020101']);
      // Imported again, every row is a duplicate: the program is part of what makes a payment the same.
      const again = cli(['expenses', 'import', disclosure, '--data', data, '--format', 'json'], root);
      expect([again.code, JSON.parse(again.stdout).files[0].duplicates]).toEqual([0, 4]);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
