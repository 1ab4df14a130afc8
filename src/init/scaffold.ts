// The files of a new office's data repository (`mayor-office init`), made as text by one pure
// function: records that validate at once (one commented example of each kind), a copy of the
// schemas the editor checks them with (so it works before any install), editor, git and CI
// settings that all install the same tool (toolSpec.ts), and a README for staff. The engine
// writes them.
import type { Tool } from './toolSpec.js';

export type { Tool } from './toolSpec.js';

export interface ScaffoldOptions {
  /** The office's name as the report prints it, e.g. 디지털정책과. */
  readonly office: string;
  /** The office id the records use (lower-case letters, digits, hyphens). */
  readonly id: string;
  /** The fiscal year of the example records. */
  readonly year: number;
  /** Where the data repository gets mayor-office from. */
  readonly tool: Tool;
  /** The tool's JSON Schemas (`budget.schema.json` …, `defs.schema.json` too), copied into the kit. */
  readonly schemas: readonly { readonly name: string; readonly content: string }[];
}

export interface ScaffoldFile {
  /** Relative to the new folder, '/' separators. */
  readonly path: string;
  readonly content: string;
}

/** Where the kit keeps its copy of the schemas, relative to the repository root: there from the
 *  first moment, so the editor checks the records before `npm install` has run (or ever runs). */
export const SCHEMAS = 'schemas';

/** The record files and the kind of record each one holds; the glob is what VS Code matches. */
const RECORD_SCHEMAS: readonly { readonly glob: string; readonly kind: string }[] = [
  { glob: 'data/office.yaml', kind: 'office' },
  { glob: 'data/report.yaml', kind: 'report' },
  { glob: 'data/budget/*.yaml', kind: 'budget' },
  { glob: 'data/expenses/*.yaml', kind: 'expenses' },
  { glob: 'data/headcount/*.yaml', kind: 'headcount' },
  { glob: 'data/tasks/*.yaml', kind: 'task' },
  { glob: 'data/countries.yaml', kind: 'countries' },
  { glob: 'data/cities.yaml', kind: 'cities' },
  { glob: 'data/events.yaml', kind: 'events' },
  { glob: 'data/council.yaml', kind: 'council' },
  { glob: 'data/ordinances.yaml', kind: 'ordinances' },
  { glob: 'data/taskforces.yaml', kind: 'taskforces' },
];

/** A YAML double-quoted scalar: JSON's string syntax is valid YAML. */
const q = (s: string): string => JSON.stringify(s);

/** The modeline that points the editor at the kit's schema file, relative from the file. */
function modeline(path: string, schemaFile: string): string {
  const up = '../'.repeat(path.split('/').length - 1);
  return `# yaml-language-server: $schema=${up}${SCHEMAS}/${schemaFile}`;
}

export function scaffold(o: ScaffoldOptions): readonly ScaffoldFile[] {
  const y = o.year;
  const kit = kitSchemas(o.schemas);
  const record = (path: string, kind: string, body: string): ScaffoldFile => ({ path, content: `${modeline(path, kit.fileOf(kind))}\n${body}` });
  return [
    { path: 'mayor-office.yaml', content: marker() },
    record('data/office.yaml', 'office', office(o)),
    record('data/report.yaml', 'report', report(o)),
    record(`data/budget/${y}.yaml`, 'budget', budget(o)),
    record(`data/expenses/${y}.yaml`, 'expenses', expenses(o)),
    record(`data/headcount/${y}-01-01.yaml`, 'headcount', headcount(o)),
    record('data/tasks/1-example.yaml', 'task', task(o)),
    record('data/countries.yaml', 'countries', COUNTRIES),
    record('data/cities.yaml', 'cities', CITIES),
    record('data/events.yaml', 'events', EVENTS),
    record('data/council.yaml', 'council', COUNCIL),
    record('data/ordinances.yaml', 'ordinances', ordinances(o)),
    record('data/taskforces.yaml', 'taskforces', TASKFORCES),
    ...kindsOfSchemas(kit, o).map((k) => record(`data/${k.kind}.yaml`, k.kind, k.body)),
    ...o.schemas.map((f) => ({ path: `${SCHEMAS}/${f.name}`, content: f.content })),
    { path: '.vscode/settings.json', content: vscodeSettings(kit, o) },
    { path: '.vscode/extensions.json', content: json({ recommendations: ['redhat.vscode-yaml'] }) },
    { path: '.github/workflows/mayor-office.yml', content: workflow(o) },
    { path: '.pre-commit-config.yaml', content: preCommit(o) },
    { path: 'package.json', content: packageJson(o) },
    // The write path's lock and temporary files live beside the records for a moment (a killed run
    // may leave one until the next write clears it): never something to commit.
    { path: '.gitignore', content: 'node_modules/\n.mayor-office.lock\n.mayor-office.*.tmp\n' },
    { path: '.gitattributes', content: GITATTRIBUTES },
    { path: '.editorconfig', content: EDITORCONFIG },
    { path: 'README.md', content: readme(o) },
  ];
}

const json = (v: unknown): string => JSON.stringify(v, null, 2) + '\n';

/** The kinds whose example is written out above, with comments for the person who fills it in. */
const WRITTEN_KINDS: ReadonlySet<string> = new Set(RECORD_SCHEMAS.map((r) => r.kind));
/** Schemas with a `kind` that are no record of data/: the roll-up's rollup.yaml. */
const NOT_RECORDS: ReadonlySet<string> = new Set(['rollup']);

interface KitSchema {
  readonly file: string;
  readonly description?: unknown;
  readonly examples?: unknown;
}

/** The kit's schemas by the record kind each describes (its `kind` const), whatever its file is
 *  called: the modelines and the editor's settings name the file that holds a kind's schema. */
function kitSchemas(kit: ScaffoldOptions['schemas']): { readonly kinds: ReadonlyMap<string, KitSchema>; readonly fileOf: (kind: string) => string } {
  const kinds = new Map<string, KitSchema>();
  for (const f of kit) {
    let schema: { description?: unknown; examples?: unknown; properties?: { kind?: { const?: unknown } } };
    try {
      schema = JSON.parse(f.content) as typeof schema;
    } catch {
      continue;
    }
    const kind = schema.properties?.kind?.const;
    if (typeof kind === 'string' && !kinds.has(kind)) kinds.set(kind, { file: f.name, description: schema.description, examples: schema.examples });
  }
  // A kind whose schema the kit lacks keeps the tool's own file name for it.
  return { kinds, fileOf: (kind) => kinds.get(kind)?.file ?? `${kind}.schema.json` };
}

/** Every other record kind of the kit's schemas, with its example: the schema's own first
 *  `examples` value made the new office's (adjusted below), headed by its description. So a new
 *  kind's schema is all init needs; a kind whose schema has no example gets no file (and init's
 *  test says so). */
function kindsOfSchemas(kit: ReturnType<typeof kitSchemas>, o: Pick<ScaffoldOptions, 'id' | 'year'>): { readonly kind: string; readonly body: string }[] {
  const out: { kind: string; body: string }[] = [];
  for (const [kind, schema] of kit.kinds) {
    const example = Array.isArray(schema.examples) ? (schema.examples[0] as unknown) : undefined;
    if (WRITTEN_KINDS.has(kind) || NOT_RECORDS.has(kind) || example === null || typeof example !== 'object' || Array.isArray(example)) continue;
    const head = typeof schema.description === 'string' ? `# ${schema.description.replace(/\s*\n\s*/g, ' ')}\n` : '';
    out.push({ kind, body: head + blockYaml(ownExample(example as Record<string, unknown>, o), '') });
  }
  return out.sort((a, b) => (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

const DATE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** A schema's example made the new office's, so that it validates at once beside the other
 *  records: the office it names (its `office`, wherever that id appears) becomes `id`, and its
 *  year (its `fiscal_year`, else the year of its first date) becomes `year`: every date and month
 *  moves by the same number of years (29 February to the 28th where the year has none), and a
 *  `fiscal_year` or `year` of that year becomes the new one. */
function ownExample(example: Readonly<Record<string, unknown>>, o: Pick<ScaffoldOptions, 'id' | 'year'>): unknown {
  const office = typeof example['office'] === 'string' ? example['office'] : undefined;
  const from = typeof example['fiscal_year'] === 'number' ? example['fiscal_year'] : firstYear(example);
  const by = from === undefined ? 0 : o.year - from;
  const walk = (v: unknown, key: string | undefined): unknown => {
    if (Array.isArray(v)) return v.map((x) => walk(x, undefined));
    if (v !== null && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    if (typeof v === 'string') return office !== undefined && v === office ? o.id : movedDate(v, by);
    if (typeof v === 'number' && v === from && (key === 'fiscal_year' || key === 'year')) return o.year;
    return v;
  };
  return walk(example, undefined);
}

/** The year of the first date (or month) in a value, in the order its fields are written. */
function firstYear(v: unknown): number | undefined {
  if (typeof v === 'string') {
    const m = DATE.exec(v);
    return m === null ? undefined : Number(m[1]);
  }
  if (v === null || typeof v !== 'object') return undefined;
  for (const x of Object.values(v)) {
    const y = firstYear(x);
    if (y !== undefined) return y;
  }
  return undefined;
}

/** A date `YYYY-MM-DD` or month `YYYY-MM` moved by whole years; any other text as it is. */
function movedDate(s: string, by: number): string {
  const m = DATE.exec(s);
  if (m === null || by === 0) return s;
  const year = Number(m[1]) + by;
  if (year < 1 || year > 9999) return s;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const day = m[3] === '29' && m[2] === '02' && !leap ? '28' : m[3];
  return `${String(year).padStart(4, '0')}-${m[2]}${day === undefined ? '' : `-${day}`}`;
}

/** A JSON value as block YAML: mappings and lists one entry a line; a string that is a plain
 *  word (`kind: visits`, an id) as it is, any other double-quoted (JSON's string syntax is YAML's);
 *  numbers, booleans and null as they are. */
function blockYaml(v: unknown, indent: string): string {
  const plain = (x: string): boolean => /^[a-z][a-z0-9-]*$/.test(x) && !/^(true|false|null|yes|no|on|off|y|n)$/.test(x);
  const scalar = (x: unknown): string => (typeof x === 'string' ? (plain(x) ? x : q(x)) : JSON.stringify(x));
  const isBlock = (x: unknown): x is object => x !== null && typeof x === 'object' && Object.keys(x).length > 0;
  if (Array.isArray(v)) {
    return v
      .map((item) => {
        if (!isBlock(item)) return `${indent}- ${Array.isArray(item) ? '[]' : typeof item === 'object' && item !== null ? '{}' : scalar(item)}\n`;
        // The item's first line goes after its dash, the rest indented under it.
        const body = blockYaml(item, `${indent}  `);
        return `${indent}- ${body.slice(indent.length + 2)}`;
      })
      .join('');
  }
  return Object.entries(v as Record<string, unknown>)
    .map(([k, x]) => (isBlock(x) ? `${indent}${k}:\n${blockYaml(x, `${indent}  `)}` : `${indent}${k}: ${Array.isArray(x) ? '[]' : typeof x === 'object' && x !== null ? '{}' : scalar(x)}\n`))
    .join('');
}

function marker(): string {
  return `# mayor-office 설정. 이 파일이 있는 폴더가 기록 저장소의 맨 위입니다: 이 폴더나 그 아래
# 어디에서 실행해도 아래 data 폴더의 기록을 읽고, 더 위로는 찾지 않습니다.
# data: 기록 폴더 (이 파일 기준 경로)
data: data
# lang: 메시지 언어, ko 또는 en. 적으면 모든 사람의 기본 언어가 됩니다(--lang이 우선); 적지 않으면
# 각자의 로캘(LANG)을 따르고, 로캘이 말하지 않으면 한국어입니다.
# lang: ko
`;
}

function office(o: ScaffoldOptions): string {
  return `# 사무실과 주요 기능 (주요업무보고 Ⅰ. 일반현황). 기능 제목과 세부 내용을 보고서 순서대로 씁니다.
# id는 다른 기록(예산, 인력, 보고서)이 이 사무실을 가리킬 때 쓰는 이름입니다: 영문 소문자, 숫자, 하이픈.
kind: office
id: ${o.id}
name: ${q(o.office)}
city: 서울특별시
# council: 구의회   # 자치구 사무실이면: 함께 일하는 의회, 적지 않으면 시의회
functions:
  - title: 예시 기능 — 실제 기능 제목으로 바꾸세요
    items:
      - 세부 내용 한 줄
`;
}

function report(o: ScaffoldOptions): string {
  return `# 주요업무보고 한 호. as_of(기준일)는 모든 명령의 기본 기준일입니다: 오늘 날짜를 몰래 쓰지 않습니다.
kind: report
id: ${o.year}-01-work-report
title: 주요업무보고
issued: ${o.year}-02
office: ${o.id}
fiscal_year: ${o.year}
as_of: ${o.year}-01-31
`;
}

function budget(o: ScaffoldOptions): string {
  return `# ${o.year}회계연도 업무추진비 예산 (단위 천원). 잔액과 집행률은 도구가 계산합니다: 적지 마세요.
# 집행액은 expenses/의 지출 건에서 계산합니다. 보고서에 적힌 집행 현황을 옮길 때는 snapshots:를 더하세요
# (예: - as_of: ${o.year}-03-31 / lines: [{ line: 203-01, executed: 1234 }]).
kind: budget
office: ${o.id}
fiscal_year: ${o.year}
unit: 천원
lines:
  - code: 203-01
    name: 기관운영업무추진비
    budget: 12000
  - code: 203-03
    name: 시책추진업무추진비
    budget: 6000
# 추경·전용 등은 adjustments:에 날짜와 함께 씁니다 (예: - { date: ${o.year}-04-01, type: 추경, line: 203-01, amount: 1000, reason: 제1회 추가경정예산 }).
`;
}

function expenses(o: ScaffoldOptions): string {
  return `# 업무추진비 지출 건 (단위 원). 한 줄에 한 건, 날짜 순서로. line은 예산 기록의 편성목 코드입니다.
# 금액은 쉼표 없이 숫자로 씁니다 (337,200이 아니라 337200).
kind: expenses
fiscal_year: ${o.year}
unit: 원
entries:
  - { date: ${o.year}-01-15, line: 203-01, amount: 250000, purpose: 유관기관 업무협의 간담회, place: 중구 소재 식당, attendees: 과장 외 4명, payment: 카드 }
`;
}

function headcount(o: ScaffoldOptions): string {
  return `# 인력 현황 (단위 명): 기준일마다 파일 하나. 소계·총계와 과부족(현원 − 정원)은 도구가 계산합니다.
kind: headcount
office: ${o.id}
as_of: ${o.year}-01-01
unit: 명
tracks:
  - track: 일반직
    grades:
      - { grade: 5급, quota: 1, current: 1 }
      - { grade: 6급, quota: 2, current: 2 }
      - { grade: 7급, quota: 2, current: 1 }
`;
}

function task(o: ScaffoldOptions): string {
  return `# 주요 업무 하나 (주요업무보고 Ⅱ). 파일 이름은 번호-짧은-이름.yaml로 붙입니다.
# sections: directions(추진방향), contents(추진내용), plans(향후계획). 계획의 period는 보고서식 기간
# 문구로 씁니다: 연중 계속, 상반기 중, 하반기, 2분기, '${String(o.year).slice(2)}. 5~6월 중 …
# 계획에 id를 붙이면 행사(events)와 TF 단계(taskforces)가 plan:으로 가리킬 수 있습니다.
kind: task
fiscal_year: ${o.year}
number: 1
title: 예시 업무 — 실제 업무 제목으로 바꾸세요
purpose: 업무의 목적을 한 문장으로 씁니다
sections:
  - role: directions
    items:
      - 추진방향 한 줄
  - role: contents
    items:
      - text: 추진내용 한 줄
        children:
          - 세부 내용
      - ref: council/example-meeting
  - role: plans
    items:
      - id: example-roundtable
        text: 예시 간담회 개최
        period: 상반기 중
      - id: example-tf-launch
        text: 예시 추진단 정규기구화
        period: 하반기
`;
}

const COUNTRIES = `# 기록이 가리키는 나라 (ISO 3166-1 두 글자 코드). 도시와 행사는 이 코드로 나라를 씁니다.
kind: countries
countries:
  - { code: JP, name: 일본, name_en: Japan, region: 아시아 }
`;

const CITIES = `# 친선·우호도시. stated는 보고서에 적힌 총계이고, listing: examples는 도시 목록이 예시뿐임을 뜻합니다.
kind: cities
stated:
  cities: 1
  countries: 1
types:
  - type: sister
    name: 친선도시
    definition: 일정기간 우호교류를 바탕으로 시의회의 의결을 거쳐 체결
    council_resolution: true
    stated: 1
  - type: friendship
    name: 우호협력도시
    definition: 친선결연 前 단계, 시의회의 의결 없이 체결, 사후보고
    council_resolution: false
    stated: 0
listing: examples
cities:
  - { name: 도쿄, name_en: Tokyo, country: JP, type: sister }
`;

const EVENTS = `# 라운드테이블·양해각서 같은 행사. plan은 주요 업무의 향후계획 id를 가리키고, 그 기간이 행사 기간입니다.
kind: events
events:
  - id: example-roundtable
    type: roundtable
    name: 예시 라운드테이블 회의
    host: 시장
    countries: [JP]
    agenda: 교류 추진 방향 논의
    plan: example-roundtable
    status: planned
`;

const COUNCIL = `# 시의회와 일하는 방식: 회의 종류, 주기(cadence: monthly, quarterly, semiannual, annual, as-needed), 참석자.
kind: council
meetings:
  - id: example-meeting
    name: 예시 현안설명회
    attendees:
      - 의장
      - { role: 부의장, count: 2 }
    cadence: monthly
`;

function ordinances(o: ScaffoldOptions): string {
  return `# 보고서가 적는 조례 개정. changes는 무엇이 얼마에서 얼마로 바뀌었는지입니다.
kind: ordinances
ordinances:
  - id: example-ordinance
    name: 예시 조례
    amended: ${o.year}-01
    changes:
      - { label: 청구인 수, from: 300, to: 200, unit: 명 }
`;
}

const TASKFORCES = `# TF와 그 단계. 단계의 plan은 주요 업무의 향후계획 id를 가리킵니다.
kind: taskforces
taskforces:
  - id: example-tf
    name: 예시 추진 TF
    stages:
      - stage: 1
        name: 예시 추진 TF
        form: 임시조직
        organization: 1단 1반
        staff: 5
      - stage: 2
        name: 예시 추진단
        form: 정규기구
        organization: 1단 2반
        staff: 12
        plan: example-tf-launch
`;

function vscodeSettings(kit: ReturnType<typeof kitSchemas>, o: Pick<ScaffoldOptions, 'id' | 'year'>): string {
  // By glob, so a record file without a modeline is checked too.
  const schemas: Record<string, string[]> = {};
  const globs = [...RECORD_SCHEMAS, ...kindsOfSchemas(kit, o).map((k) => ({ glob: `data/${k.kind}.yaml`, kind: k.kind }))];
  for (const r of globs) (schemas[`./${SCHEMAS}/${kit.fileOf(r.kind)}`] ??= []).push(r.glob);
  return json({ 'yaml.schemas': schemas, 'yaml.validate': true, 'files.encoding': 'utf8', 'files.eol': '\n' });
}

/** The steps that install the tool from package.json and validate; the composite action runs the
 *  same ones (action.yml), and the workflow writes them out when the tool is not on GitHub. */
const STEPS = `      - uses: actions/setup-node@v6
        with:
          node-version: 24
      - name: Install mayor-office (the version package.json names)
        run: |
          if [ -f package-lock.json ]; then
            npm ci --no-audit --no-fund
          else
            npm install --no-audit --no-fund
          fi
      - name: Validate the records
        # --format github prints the annotations and appends every problem to $GITHUB_STEP_SUMMARY.
        run: npx --no-install mayor-office validate --format github
`;

function workflow(o: ScaffoldOptions): string {
  return `# 기록을 바꾸는 pull request와 push마다 mayor-office validate를 실행합니다. 문제는 바뀐 줄에
# 주석으로, 모든 문제는 작업 요약(job summary)에 표로 나옵니다.
name: mayor-office
on:
  pull_request:
  push:
    branches: [main]
permissions:
  contents: read
jobs:
  validate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v6
        with:
          # The whole history, so the figures can be compared with the base branch.
          fetch-depth: 0
${o.tool.action === undefined ? STEPS : `      - uses: ${o.tool.action}
`}`;
}

/** A local hook: pre-commit installs the same tool package.json names (additional_dependencies),
 *  alone, instead of cloning the tool's repository and installing its development packages. */
function preCommit(o: ScaffoldOptions): string {
  return `# 커밋 전에 기록을 검사합니다 (https://pre-commit.com): pip install pre-commit && pre-commit install
repos:
  - repo: local
    hooks:
      - id: mayor-office-validate
        name: mayor-office validate
        entry: mayor-office validate
        language: node
        additional_dependencies: [${q(o.tool.install)}]
        files: \\.ya?ml$
        pass_filenames: false
`;
}

function packageJson(o: ScaffoldOptions): string {
  return json({
    name: `${o.id}-records`,
    private: true,
    description: `${o.office} 기록 (mayor-office)`,
    scripts: {
      validate: 'mayor-office validate',
      budget: 'mayor-office budget status',
      report: 'mayor-office report',
    },
    devDependencies: { 'mayor-office': o.tool.dependency },
  });
}

const GITATTRIBUTES = `# 기록은 텍스트: 어느 운영체제에서 받아도 줄 끝은 LF입니다 (도구는 CRLF도 읽지만, diff가 깨끗합니다).
* text=auto eol=lf
*.yaml text eol=lf
*.yml text eol=lf
*.json text eol=lf
*.md text eol=lf
*.csv text eol=lf
*.xlsx binary
*.docx binary
*.pdf binary
`;

const EDITORCONFIG = `# 편집기 공통 설정 (https://editorconfig.org): UTF-8, LF, 들여쓰기 두 칸.
root = true

[*]
charset = utf-8
end_of_line = lf
insert_final_newline = true
trim_trailing_whitespace = true
indent_style = space
indent_size = 2

[*.md]
trim_trailing_whitespace = false
`;

function readme(o: ScaffoldOptions): string {
  return `# ${o.office} 기록

${o.office}의 예산 집행, 업무추진비, 인력 현황, 주요 업무를 YAML 기록으로 관리하는 저장소입니다.
보고서의 모든 수치(잔액, 집행률, 과부족, 계·소계)는 [mayor-office](https://www.npmjs.com/package/mayor-office)가
기록에서 다시 계산합니다. 계산된 수치는 기록에 적지 않습니다.

## 처음 한 번

\`\`\`sh
npm install
npx mayor-office validate
\`\`\`

VS Code로 이 폴더를 열면 권장 확장(YAML, Red Hat)을 설치하라고 묻습니다. 설치하면 기록을 쓰는 동안
잘못된 키, 숫자 대신 쓴 문구, 없는 날짜를 바로 밑줄로 보여 줍니다. 편집기는 이 저장소의 \`schemas/\`
폴더(도구의 스키마 사본)로 검사하므로 \`npm install\` 전에도 동작합니다.

## 도구 버전

이 저장소가 쓰는 mayor-office는 \`package.json\`의 \`devDependencies\`에 적혀 있습니다:
\`${o.tool.dependency}\`. 같은 값이 pre-commit 설정(\`.pre-commit-config.yaml\`의
additional_dependencies)${o.tool.action === undefined ? '' : `과 GitHub Actions(\`${o.tool.action}\`)`}에도 적혀 있어,
어디에서 검사하든 같은 도구가 검사합니다. 버전은 항상 고정된 값(1.2.3, git 태그, tarball)입니다.

버전을 바꿀 때는 이 곳들을 함께 고치고, \`npm install\` 뒤 새 도구의 스키마
(\`node_modules/mayor-office/schemas/\`)를 \`schemas/\`로 복사하세요. 그래야 편집기도 새 도구의 규칙으로 검사합니다
(사본이 다르면 \`validate\`가 복사할 명령과 함께 알려 줍니다).

## 자주 쓰는 명령

| 하는 일 | 명령 |
|---|---|
| 기록 검사 | \`npx mayor-office validate\` |
| 예산 집행 현황 | \`npx mayor-office budget status\` |
| 인력 현황 | \`npx mayor-office headcount status\` |
| 향후 일정 | \`npx mayor-office tasks upcoming\` |
| 주요업무보고 | \`npx mayor-office report --format html --out 보고서.html\` |

## 기록 폴더

| 파일 | 내용 |
|---|---|
| \`data/office.yaml\` | 사무실과 주요 기능 |
| \`data/report.yaml\` | 주요업무보고 (기준일 as_of) |
| \`data/budget/연도.yaml\` | 업무추진비 예산 (천원) |
| \`data/expenses/연도.yaml\` | 업무추진비 지출 건 (원) |
| \`data/headcount/기준일.yaml\` | 인력 현황 (정원, 현원) |
| \`data/tasks/번호-이름.yaml\` | 주요 업무와 향후계획 |
| \`data/cities.yaml\`, \`countries.yaml\`, \`events.yaml\` | 친선·우호도시, 나라, 행사 |
| \`data/council.yaml\`, \`ordinances.yaml\`, \`taskforces.yaml\` | 시의회 소통, 조례, TF |

예시 기록은 모두 검사를 통과합니다. 내용을 이 사무실의 실제 기록으로 바꾸고, 필요 없는 종류의 파일은 지우세요.
금액은 쉼표 없이 숫자로(337200), 날짜는 YYYY-MM-DD로 씁니다.

## 바꾸는 순서

1. 브랜치를 만들고 기록을 고칩니다.
2. \`npx mayor-office validate\`로 검사합니다 (pre-commit을 설치했다면 커밋할 때 자동으로).
3. pull request를 엽니다. GitHub Actions가 검사하고, 문제는 바뀐 줄에 표시됩니다.

설정은 \`mayor-office.yaml\`에 있습니다 (기록 폴더, 메시지 언어).
`;
}
