// Deterministic benchmark data: data folders of realistic expense records (Korean purposes and
// places, several budget lines), as one big file or monthly files, with copies that hold 1, 100
// or 10,000 scattered mistakes. The same seed always writes the same bytes.
//
//   node scripts/gen-bench-data.mjs OUTDIR            writes the folders the bench uses
//   import { writeDataset } from './gen-bench-data.mjs' to write one folder
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const FISCAL_YEAR = 2021;

/** Budget lines (code, name, yearly budget in 천원 per 10,000 entries, share of the entries). */
const LINES = [
  ['201-01', '사무관리비', 1_400_000, 5],
  ['202-01', '국내여비', 560_000, 2],
  ['203-01', '기관운영업무추진비', 1_680_000, 6],
  ['203-02', '정원가산업무추진비', 560_000, 2],
  ['203-03', '시책추진업무추진비', 1_120_000, 4],
  ['206-01', '재료비', 280_000, 1],
];
const PROGRAMS = ['시정 현안', '청년 일자리', '기후 대응', '교통 안전', '돌봄 확대', '디지털 전환', '도시 재생', '문화 관광'];
const ACTS = ['협의 간담회', '업무 추진 간담회', '자문회의 다과', '현장 점검 격려', '설명회 운영', '민관 협력 회의', '직원 격려 물품 구입', '관계기관 업무협의'];
const PLACES = ['중구 소재 식당', '종로구 소재 식당', '시청 회의실', '서소문청사 회의실', '용산구 소재 카페', '마포구 소재 식당', '영등포구 소재 식당', '강남구 소재 식당'];
const WHO = ['시장', '부시장', '실장', '국장', '과장', '팀장'];
const PAYMENTS = ['카드', '카드', '카드', '계좌이체', '현금'];

/** A linear congruential generator: the same seed gives the same numbers on every machine. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

function weightedLine(rnd) {
  const total = LINES.reduce((a, l) => a + l[3], 0);
  let r = rnd() * total;
  for (const l of LINES) if ((r -= l[3]) < 0) return l;
  return LINES[LINES.length - 1];
}

function dateOf(i, n) {
  const day = Math.floor((i * 365) / n);
  return new Date(Date.UTC(FISCAL_YEAR, 0, 1 + day)).toISOString().slice(0, 10);
}

/** The entries of the year, as flow-style lines, in date order. */
export function entries(n, seed = 7) {
  const rnd = random(seed + n);
  const out = [];
  for (let i = 0; i < n; i++) {
    const [code] = weightedLine(rnd);
    const amount = (10 + Math.floor(rnd() * 990)) * 1000 + (rnd() < 0.3 ? Math.floor(rnd() * 20) * 50 : 0);
    const purpose = `${pick(rnd, PROGRAMS)} ${pick(rnd, ACTS)}`;
    const fields = [`date: ${dateOf(i, n)}`, `line: ${code}`, `amount: ${amount}`, `purpose: ${purpose}`];
    if (rnd() < 0.8) fields.push(`place: ${pick(rnd, PLACES)}`);
    if (rnd() < 0.7) fields.push(`attendees: ${pick(rnd, WHO)} 외 ${1 + Math.floor(rnd() * 14)}명`);
    fields.push(`payment: ${pick(rnd, PAYMENTS)}`);
    out.push(`  - { ${fields.join(', ')} }`);
  }
  return out;
}

/** The mistakes a staff member makes, each turning one entry line into a wrong one. */
const MISTAKES = [
  // the thousands separator typed out of habit
  (line) => line.replace(/amount: (\d+)(\d{3})\b/, 'amount: $1,$2'),
  // a day that does not exist
  (line) => line.replace(/date: (\d{4})-\d\d-\d\d/, 'date: $1-02-30'),
  // a payment method that is not one of the three
  (line) => line.replace(/payment: [^,} ]+/, 'payment: 카트'),
  // a budget code with a digit missing
  (line) => line.replace(/line: (\d{3})-0(\d)/, 'line: $1-$2'),
  // a negative amount
  (line) => line.replace(/amount: (\d+)/, 'amount: -$1'),
];

/** Puts `count` mistakes into the entry lines, spread evenly, the first near the end. */
export function withMistakes(lines, count, seed = 11) {
  if (count === 0) return lines;
  const rnd = random(seed + count);
  const out = [...lines];
  const step = lines.length / count;
  for (let k = 0; k < count; k++) {
    const i = lines.length - 1 - Math.floor(k * step + rnd() * Math.max(0, step - 1));
    const mistake = MISTAKES[(k + Math.floor(rnd() * MISTAKES.length)) % MISTAKES.length];
    const changed = mistake(out[i]);
    out[i] = changed === out[i] ? MISTAKES[1](out[i]) : changed;
  }
  return out;
}

function budgetYaml(n) {
  const scale = Math.max(1, n / 10_000);
  const lines = LINES.map(([code, name, budget]) => `  - { code: ${code}, name: ${name}, budget: ${Math.round(budget * scale)} }`);
  return `kind: budget\nfiscal_year: ${FISCAL_YEAR}\nunit: 천원\nlines:\n${lines.join('\n')}\n`;
}

const MODELINE = '# yaml-language-server: $schema=../schemas/expenses.schema.json\n';
const expensesYaml = (lines, modeline = false) => `${modeline ? MODELINE : ''}kind: expenses\nfiscal_year: ${FISCAL_YEAR}\nunit: 원\nentries:\n${lines.join('\n')}\n`;

/**
 * Writes a data folder: a budget and `n` expense entries, in one file (`layout: 'one'`), in
 * twelve monthly files (`'monthly'`) or in files of `perFile` entries (`'small'`), with
 * `mistakes` wrong values. Returns the folder.
 */
export function writeDataset(dir, { n, layout = 'one', mistakes = 0, perFile = 20, modeline = false }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'budget.yaml'), budgetYaml(n));
  const lines = withMistakes(entries(n), mistakes);
  if (layout === 'one') {
    writeFileSync(join(dir, 'expenses.yaml'), expensesYaml(lines, modeline));
  } else if (layout === 'monthly') {
    for (let m = 1; m <= 12; m++) {
      const month = `${FISCAL_YEAR}-${String(m).padStart(2, '0')}`;
      const mine = lines.filter((l) => l.includes(`date: ${month}`));
      writeFileSync(join(dir, `expenses-${month}.yaml`), expensesYaml(mine, modeline));
    }
  } else {
    mkdirSync(join(dir, 'expenses'));
    for (let f = 0; f * perFile < lines.length; f++) {
      writeFileSync(join(dir, 'expenses', `${String(f + 1).padStart(4, '0')}.yaml`), expensesYaml(lines.slice(f * perFile, (f + 1) * perFile), modeline));
    }
  }
  return dir;
}

/** A disclosure table of `n` rows (the columns offices publish, UTF-8 with a byte-order mark)
 *  for `expenses import`: the same spread of dates, lines and amounts as the entries. */
export function importCsv(n, seed = 13) {
  const names = new Map(LINES.map(([code, name]) => [code, name]));
  const rows = ['사용일자,비목,사용금액,사용목적,사용장소,대상인원,결제방법'];
  for (const line of entries(n, seed)) {
    const get = (k) => line.match(new RegExp(`${k}: ([^,}]+)`))?.[1]?.trim() ?? '';
    rows.push([get('date'), names.get(get('line')), get('amount'), get('purpose'), get('place'), get('attendees'), get('payment')].join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** Expense entries until the file reaches `bytes`, one mistake in its last entry. */
export function writeBigFile(dir, bytes, mistakes) {
  const per = 150;
  const n = Math.ceil(bytes / per);
  return writeDataset(dir, { n, mistakes });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = process.argv[2];
  if (!out) {
    console.error('usage: node scripts/gen-bench-data.mjs OUTDIR');
    process.exit(2);
  }
  for (const n of [1_000, 10_000, 100_000]) writeDataset(join(out, `one-${n}`), { n });
  writeDataset(join(out, 'monthly-100000'), { n: 100_000, layout: 'monthly' });
  for (const m of [1, 100, 10_000]) writeDataset(join(out, `one-100000-bad-${m}`), { n: 100_000, mistakes: m });
  writeDataset(join(out, 'monthly-100000-bad-10000'), { n: 100_000, layout: 'monthly', mistakes: 10_000 });
  writeDataset(join(out, 'small-1000x20'), { n: 20_000, layout: 'small' });
  console.log(`wrote the bench data to ${out}`);
}

const BUREAUS = ['기획조정실', '행정국', '재무국', '경제정책실', '기후환경본부', '문화본부', '복지실', '도시교통실', '주택실', '디지털도시국'];

/**
 * A generated city for the roll-up: `offices` data folders (`office-0001/data` …) of `n` entries
 * each, every office its own seed, in groups of ten 실·국, and the rollup.yaml over them. With
 * `git`, each office is a repository with its records committed and rollup.yaml reads them at
 * HEAD. Returns the rollup.yaml's path.
 */
export function writeCity(dir, { offices, n, git = false }) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const list = [];
  for (let i = 1; i <= offices; i++) {
    const name = `office-${String(i).padStart(4, '0')}`;
    const data = join(dir, name, 'data');
    mkdirSync(data, { recursive: true });
    writeFileSync(join(data, 'office.yaml'), `kind: office\nid: ${name}\nname: 부서 ${i}\nfunctions:\n  - title: 기능\n    items: [내용]\n`);
    writeFileSync(join(data, 'budget.yaml'), budgetYaml(n));
    writeFileSync(join(data, 'expenses.yaml'), expensesYaml(entries(n, i * 31)));
    if (git) {
      const run = (...args) => {
        const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.org', '-c', 'commit.gpgsign=false', ...args], { cwd: join(dir, name) });
        if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
      };
      run('init', '-q');
      run('add', '-A');
      run('commit', '-q', '-m', 'records');
    }
    const group = BUREAUS[i % BUREAUS.length];
    list.push(git ? `  - { name: 부서 ${i}, group: ${group}, git: ${name} }` : `  - { name: 부서 ${i}, group: ${group}, folder: ${name}/data }`);
  }
  const file = join(dir, 'rollup.yaml');
  writeFileSync(file, `kind: rollup\ntitle: 시험 도시\noffices:\n${list.join('\n')}\n`);
  return file;
}
