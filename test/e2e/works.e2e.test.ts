// Work items, plans, partner cities, events and council work, end to end on the default data.
import { describe, expect, it } from 'vitest';
import { cli, golden, goldenName } from './cli.js';


const COMMANDS: Record<string, string[]> = {
  'tasks-list': ['tasks', 'list'],
  'tasks-upcoming': ['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '60d'],
  'tasks-show-1': ['tasks', 'show', '1'],
  'tasks-show-5': ['tasks', 'show', '5'],
  cities: ['cities'],
  events: ['events'],
  council: ['council'],
};

describe('golden output', () => {
  for (const [name, args] of Object.entries(COMMANDS)) {
    for (const format of ['table', 'json']) {
      for (const lang of ['ko', 'en']) {
        it(`${args.join(' ')} --format ${format} --lang ${lang}`, () => {
          const r = cli([...args, '--format', format, '--lang', lang]);
          expect([r.code, r.stderr]).toEqual([0, '']);
          golden(goldenName(`${name}`, lang, format), r.stdout);
        });
      }
    }
  }
  it('tasks show 4 --format md', () => golden('tasks-show-4.ko.md', cli(['tasks', 'show', '4', '--format', 'md']).stdout));
});

describe('tasks', () => {
  it('list: the five work items in the order and with the titles of the report', () => {
    const j = JSON.parse(cli(['tasks', 'list', '--format', 'json']).stdout);
    expect(j.tasks.map((t: { number: number; title: string }) => `${t.number} ${t.title}`)).toEqual([
      '1 시정 동반자인 시의회와 정책소통 활성화',
      '2 민생 중심의 현장방문 일정 기획',
      "3 시의회와 '지방자치 구현 상호협력'",
      '4 수혜자 중심의 1인가구 대책 추진',
      '5 글로벌 네트워크 강화를 위한 도시외교 추진',
    ]);
  });

  it('upcoming --as-of 2021-05-01 --within 60d: the June ASEAN roundtable and the May–June launch, nothing of 하반기', () => {
    const j = JSON.parse(cli(['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '60d', '--format', 'json']).stdout);
    expect([j.asOf, j.until]).toEqual(['2021-05-01', '2021-06-30']);
    const due = j.due.map((p: { text: string; period: { text: string; start: string; end: string } }) => [p.text, p.period.text, p.period.start, p.period.end]);
    expect(due).toContainEqual(['주한 아세안대사 라운드테이블 회의', "'21년 6월", '2021-06-01', '2021-06-30']);
    expect(due).toContainEqual(['1인가구 특별대책추진단(3·4급) 정식 발족', "'21. 5~6월 중", '2021-05-01', '2021-06-30']);
    expect(due.filter((d: string[]) => d[1]!.includes('하반기'))).toEqual([]);
    expect(j.overdue).toEqual([]);
    expect(j.ongoing.map((p: { period: { text: string } }) => p.period.text)).toEqual(['연중 계속', '연중 계속', '연중 계속', '연중', '연중']);
  });

  it('upcoming marks a plan whose period has ended and whose events are not done as overdue', () => {
    const j = JSON.parse(cli(['tasks', 'upcoming', '--as-of', '2021-07-15', '--format', 'json']).stdout);
    expect(j.overdue.map((p: { text: string }) => p.text)).toEqual(['서울시 지방분권협의회 개최', '1인가구 특별대책추진단(3·4급) 정식 발족', '주한 아세안대사 라운드테이블 회의']);
  });

  it('show writes referenced records out in place (council meetings under work item 1)', () => {
    const out = cli(['tasks', 'show', '1']).stdout;
    expect(out).toContain('1. 시장단-의장단·상임위원장단 현안설명회\n  - 의장·시장 공동 주재 하에 시의회 지도부와 현안 논의 및 협조사항 요청\n    - 참 석 : 의장, 부의장2, 대표의원, 상임위원장단, 시장단, 관련 실·본부·국장');
    expect(out).toContain('    - 개 최 : 제10대 후반기부터 매월 개최 ※ 이전, 임시회·정례회 개최월 개최');
    expect(out).toContain('- 시정 파트너인 시의회와 정책소통 강화 : 연중 계속');
    expect(cli(['tasks', 'show', '3']).stdout).toContain('  - 주민 감사청구 기준 완화를 위한 서울시 주민감사청구 조례 개정(\'21.3)\n  ▶ 청구인 수 : 300→200명, 청구 연령 하향 : 19→18세');
    expect(cli(['tasks', 'show', '4']).stdout).toContain('- 1단계 : 「1인가구 특별대책추진TF」(임시조직) - 1단 1반(17명)\n- 2단계 : 「1인가구 특별대책추진단」(정규기구) - 1단 2반(32명)');
  });

  it('show of a work item that does not exist is a usage error', () => {
    const r = cli(['tasks', 'show', '9', '--lang', 'en']);
    expect([r.code, r.stderr]).toEqual([2, 'mayor-office: there is no work item 9. Work items: 1, 2, 3, 4, 5\n']);
  });
});

describe('cities', () => {
  it('shows 71 / 49 / 23 / 48 against the cities listed, with completeness', () => {
    const j = JSON.parse(cli(['cities', '--format', 'json']).stdout);
    expect([j.stated, j.listed, j.listing]).toEqual([{ cities: 71, countries: 49 }, { cities: 14, countries: 13 }, 'examples']);
    expect(j.types.map((t: { name: string; stated: number; listed: number; councilResolution: boolean }) => [t.name, t.stated, t.listed, t.councilResolution])).toEqual([
      ['친선도시', 23, 7, true],
      ['우호협력도시', 48, 7, false],
    ]);
    expect(cli(['cities', '--lang', 'en']).stdout.split('\n')[0]).toBe('Partner cities (14 of 71 listed)');
  });

  it('--type and --by region', () => {
    const j = JSON.parse(cli(['cities', '--type', '친선', '--format', 'json']).stdout);
    expect(j.cities.map((c: { name: string }) => c.name)).toEqual(['베이징', '도쿄', '워싱턴 D.C.', '파리', '아테네', '카이로', '방콕']);
    const regions = JSON.parse(cli(['cities', '--by', 'region', '--format', 'json']).stdout).byRegion;
    expect(regions.map((g: { key: string; total: number }) => [g.key, g.total])).toEqual([
      ['아시아', 6],
      ['유럽', 5],
      ['북미', 2],
      ['중동·아프리카', 1],
    ]);
  });
});

describe('events and council', () => {
  it('events take their planned period from the plan line they name', () => {
    const j = JSON.parse(cli(['events', '--format', 'json']).stdout);
    expect(j.events.map((e: { id: string; period: { text: string }; status: string; countries: unknown[] }) => [e.id, e.period.text, e.status, e.countries.length])).toEqual([
      ['asean-roundtable', "'21년 6월", 'planned', 10],
      ['latin-america-roundtable', "'21년 하반기", 'planned', 0],
      ['shanghai-mou', "'21년 하반기", 'planned', 0],
      ['basel-mou', "'21년 하반기", 'planned', 0],
    ]);
  });

  it('council: meeting types with cadence and attendees', () => {
    const j = JSON.parse(cli(['council', '--format', 'json']).stdout);
    expect(j.meetings.map((m: { name: string; cadence: string | null; attendees: string[] }) => [m.name, m.cadence, m.attendees.length])).toEqual([
      ['시장단-의장단·상임위원장단 현안설명회', 'monthly', 6],
      ['주요현안 간담회', null, 5],
      ['개별의원 면담', null, 3],
    ]);
  });
});
