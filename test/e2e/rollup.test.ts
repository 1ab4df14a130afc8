// The roll-up over three office repositories with git history (the frozen seed, the second office
// and the district) and one broken office: every report's totals are checked against the sum of
// each office's own `--format json`, the broken office is a row of its own left out of the totals,
// a revision is read without a checkout, every format is written, and an office changed on disk
// is read again while an unchanged one comes from the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers.js';
import { FORMAT_NAMES, FORMATS } from '../../src/render/formats/index.js';
import { ROLLUP_REPORT_NAMES } from '../../src/engine/rollupNames.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
let root: string;

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

/** A repository whose data/ is `from`, committed in two steps (office and budget first). */
function repository(name: string, from: string): string {
  const repo = join(root, name);
  cpSync(from, join(repo, 'data'), { recursive: true });
  git(repo, 'init', '-q');
  git(repo, 'add', 'data/office.yaml', 'data/budget');
  git(repo, 'commit', '-q', '-m', 'office and budget');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-q', '-m', 'the rest of the records');
  return repo;
}

const ROLLUP = `# yaml-language-server: $schema=schemas/rollup.schema.json
kind: rollup
title: 시험 취합
offices:
  - name: 시장비서실
    group: 비서실
    git: secretariat
  - name: 디지털정책과
    group: 디지털정책관
    git: digital
    revision: 2022-06
  - name: 자치행정과
    group: ○○구
    git: district
    revision: main
    data: data
  - name: 시험과
    group: ○○구
    folder: broken/data
`;

type Json = Record<string, any>;
const json = async (args: string[], cwd = root): Promise<Json> => {
  const r = await runCli(['--lang', 'en', ...args, '--format', 'json'], cwd);
  expect(r.stderr === '' || r.code === 0, r.stderr).toBe(true);
  return JSON.parse(r.stdout) as Json;
};
const rollup = (report: string, ...extra: string[]) => json(['rollup', report, '--file', join(root, 'rollup.yaml'), ...extra]);

/** Each office's own data folder as of the revision rollup.yaml reads, by group. */
let OFFICES: { name: string; group: string; data: string }[];
const FACTOR: Record<string, number> = { 원: 1, 천원: 1000, 백만원: 1_000_000 };
/** Half-up to one decimal, from whole numbers: 71882 / 277200 → 25.9. */
const rate = (part: number, whole: number): number => Number((BigInt(part) * 2000n + BigInt(whole)) / (2n * BigInt(whole))) / 10;
const sumOrNull = (xs: (number | null)[]): number | null => (xs.some((x) => x === null) ? null : xs.reduce<number>((s, x) => s + x!, 0));

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mayor-office-rollup-'));
  repository('secretariat', join(FIXTURES, 'secretariat', 'data'));
  const digital = repository('digital', join(FIXTURES, 'other-office'));
  git(digital, 'tag', '2022-06');
  // A later commit the roll-up must not see: it reads the tag, without a checkout.
  const expenses = join(digital, 'data', 'expenses', readdirSync(join(digital, 'data', 'expenses'))[0]!);
  writeFileSync(expenses, readFileSync(expenses, 'utf8').replace('kind: expenses', '# changed after the tag\nkind: expenses').replace(/amount: (\d+)/, 'amount: 1$1'));
  git(digital, 'commit', '-q', '-am', 'an entry changed after the tag');
  repository('district', join(FIXTURES, 'district'));
  cpSync(join(FIXTURES, 'broken'), join(root, 'broken', 'data'), { recursive: true });
  writeFileSync(join(root, 'rollup.yaml'), ROLLUP);
  OFFICES = [
    { name: '시장비서실', group: '비서실', data: join(root, 'secretariat', 'data') },
    { name: '디지털정책과', group: '디지털정책관', data: join(FIXTURES, 'other-office') },
    { name: '자치행정과', group: '○○구', data: join(root, 'district', 'data') },
  ];
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const own = (report: string[], data: string) => json(['--data', data, ...report]);
const groupOf = (r: Json, group: string) => r['groups'].find((g: Json) => g.group === group);
const officesIn = (group: string) => OFFICES.filter((o) => o.group === group);

describe('rollup over three office repositories and a broken one', () => {
  it('budget: every total is the sum of the offices’ own budget status, 집행률 from the sums', async () => {
    const r = await rollup('budget');
    const every = await Promise.all(OFFICES.map(async (o) => ({ ...o, j: await own(['budget', 'status'], o.data) })));
    // One fiscal year, the latest the offices give; the offices of other years are left out.
    expect(r['fiscalYear']).toBe(Math.max(...every.map((m) => m.j['fiscalYear'])));
    const mine = every.filter((m) => m.j['fiscalYear'] === r['fiscalYear']);
    for (const m of every.filter((x) => !mine.includes(x))) {
      expect(r['leftOut'].find((o: Json) => o.name === m.name)?.refusal).toBe(`there is no budget record for fiscal year ${r['fiscalYear']}. Years with a budget: ${m.j['fiscalYear']}`);
    }
    const unit = r['unit'] as string;
    expect(Math.min(...mine.map((m) => FACTOR[m.j['unit']]!))).toBe(FACTOR[unit]);
    const inUnit = (m: (typeof mine)[number], v: number | null) => (v === null ? null : (v * FACTOR[m.j['unit']]!) / FACTOR[unit]!);
    const check = (total: Json, ms: typeof mine) => {
      const executed = ms.reduce((s, m) => s + inUnit(m, m.j['total'].executed)!, 0);
      const current = sumOrNull(ms.map((m) => inUnit(m, m.j['total'].current)));
      expect(total.executed).toBe(executed);
      expect(total.current).toBe(current);
      expect(total.budget).toBe(sumOrNull(ms.map((m) => inUnit(m, m.j['total'].budget))));
      expect(total.balance).toBe(current === null ? null : current - executed);
      expect(total.rate).toBe(current === null || current === 0 ? null : rate(executed, current));
      expect(total.offices).toBe(ms.length);
    };
    check(r['total'], mine);
    for (const g of new Set(mine.map((o) => o.group))) check(groupOf(r, g).total, mine.filter((m) => m.group === g));
    // An office's row is its own report's figures.
    for (const m of mine) {
      const row = groupOf(r, m.group).offices.find((o: Json) => o.name === m.name);
      expect(row.executed).toBe(inUnit(m, m.j['total'].executed));
      expect([row.rate, row.pace, row.yearElapsed, row.asOf]).toEqual([m.j['total'].rate, m.j['total'].pace, m.j['yearElapsed'], m.j['asOf']]);
    }
    // Ranked by how far behind: a known gap before none, the larger shortfall first.
    const gaps = r['groups'].map((g: Json) => g.total.paceGap);
    const known = gaps.filter((x: number | null) => x !== null);
    expect(gaps.slice(0, known.length)).toEqual([...known].sort((a: number, b: number) => a - b));
  });

  it('monthly: each month’s 집행액 and 예산현액 summed per group, 집행률 from the sums', async () => {
    const r = await rollup('monthly');
    const every = await Promise.all(OFFICES.map(async (o) => ({ ...o, j: await own(['budget', 'monthly'], o.data) })));
    expect(r['fiscalYear']).toBe(Math.max(...every.map((m) => m.j['fiscalYear'])));
    const mine = every.filter((m) => m.j['fiscalYear'] === r['fiscalYear']);
    expect(r['leftOut'].filter((o: Json) => o.refusal !== undefined).map((o: Json) => o.name)).toEqual(every.filter((x) => !mine.includes(x)).map((m) => m.name));
    const unit = r['unit'] as string;
    const at = (m: (typeof mine)[number], month: string, key: 'executed' | 'current') => {
      const x = m.j['months'].find((y: Json) => y.month === month);
      return x === undefined || x.total[key] === null ? null : (x.total[key] * FACTOR[m.j['unit']]!) / FACTOR[unit]!;
    };
    expect(r['months']).toEqual([...new Set(mine.flatMap((m) => m.j['months'].map((x: Json) => x.month)))].sort());
    for (const g of [undefined, ...new Set(mine.map((o) => o.group))]) {
      const ms = g === undefined ? mine : mine.filter((m) => m.group === g);
      const row = g === undefined ? r['total'] : groupOf(r, g);
      (r['months'] as string[]).forEach((month, i) => {
        const executed = sumOrNull(ms.map((m) => at(m, month, 'executed')));
        const current = sumOrNull(ms.map((m) => at(m, month, 'current')));
        expect([row.months[i].executed, row.months[i].current], `${g} ${month}`).toEqual([executed, current]);
        expect(row.months[i].rate).toBe(executed === null || current === null || current === 0 ? null : rate(executed, current));
      });
    }
    // The offices summed share a year: their months are known (different years made them all unknown).
    expect(r['total'].months.length).toBeGreaterThan(0);
    expect(r['total'].months.some((m: Json) => m.executed !== null)).toBe(true);
  });

  it('the broken office is a row with its problem count, left out of every total, with a note', async () => {
    const broken = await runCli(['--lang', 'en', '--data', join(root, 'broken', 'data'), 'validate', '--format', 'json'], root);
    const errors = (JSON.parse(broken.stdout) as Json)['errors'] as number;
    expect(errors).toBeGreaterThan(0);
    for (const report of ['budget', 'monthly', 'headcount', 'expenses', 'tasks']) {
      const r = await rollup(report);
      const out = r['leftOut'].find((o: Json) => o.name === '시험과');
      expect(out, report).toMatchObject({ name: '시험과', group: '○○구', errors, warnings: 0 });
      expect(out.refusal, report).toBeUndefined();
      // budget and monthly: the offices of other years are left out too, each with its reason.
      expect(r['leftOut'].filter((o: Json) => o.refusal === undefined).length, report).toBe(1);
      if (report === 'monthly') expect(r['total'].offices + r['leftOut'].length).toBe(OFFICES.length + 1);
      else expect(r['groups'].flatMap((g: Json) => g.offices.map((o: Json) => o.name))).not.toContain('시험과');
    }
    // Where its first error is, inside its own folder, as validate places it.
    const first = (JSON.parse(broken.stdout) as Json)['problems'].find((p: Json) => p.file.includes('/budget/'));
    expect((await rollup('budget'))['leftOut'].find((o: Json) => o.name === '시험과').firstError).toEqual({ file: 'budget/2021.yaml', line: first.line, column: first.column, rule: first.rule });
    const table = await runCli(['--lang', 'en', 'rollup', 'budget', '--file', 'rollup.yaml'], root);
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('Offices left out');
    expect(table.stdout).toContain(`errors in the records it needs (budget/2021.yaml:${first.line}:${first.column} ${first.rule} …)`);
    // The two offices of earlier years are left out of the budget beside it.
    expect(table.stdout).toMatch(/3 offices are not in the totals/);
    expect(table.stderr).toBe('3 offices are left out of the totals: 시장비서실, 디지털정책과, 시험과 (see "Offices left out" in the report)\n');
    const strict = await runCli(['--lang', 'en', 'rollup', 'budget', '--file', 'rollup.yaml', '--strict'], root);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe(table.stdout);
  });

  it('offices of different fiscal years: one year is summed, the office without it left out with why', async () => {
    // 시장비서실's records are of 2021, 디지털정책과's of 2022: never one total of both years.
    writeFileSync(
      join(root, 'years.yaml'),
      `kind: rollup\noffices:\n  - name: 시장비서실\n    group: 비서실\n    folder: ${join(FIXTURES, 'secretariat', 'data')}\n  - name: 디지털정책과\n    group: 디지털정책관\n    folder: ${join(FIXTURES, 'other-office')}\n`,
    );
    const years = (report: string, ...extra: string[]) => json(['rollup', report, '--file', join(root, 'years.yaml'), ...extra]);
    const cases = [
      { extra: [], inside: { name: '디지털정책과', data: join(FIXTURES, 'other-office'), year: 2022 }, out: { name: '시장비서실', years: '2021' } },
      { extra: ['--year', '2021'], inside: { name: '시장비서실', data: join(FIXTURES, 'secretariat', 'data'), year: 2021 }, out: { name: '디지털정책과', years: '2022' } },
    ];
    for (const { extra, inside, out } of cases) {
      const why = `there is no budget record for fiscal year ${inside.year}. Years with a budget: ${out.years}`;
      const budget = await years('budget', ...extra);
      const ownBudget = await own(['budget', 'status', ...extra], inside.data);
      expect(budget['fiscalYear'], extra.join(' ')).toBe(inside.year);
      expect(ownBudget['fiscalYear']).toBe(inside.year);
      expect(budget['leftOut']).toMatchObject([{ name: out.name, errors: 0, refusal: why }]);
      const { budget: b, current, executed, balance, rate: r, pace, paceGap } = ownBudget['total'];
      expect(budget['total']).toEqual({ budget: b, current, executed, balance, rate: r, yearElapsed: ownBudget['yearElapsed'], pace, paceGap, offices: 1 });
      expect(budget['groups'].map((g: Json) => g.offices.map((o: Json) => o.name))).toEqual([[inside.name]]);

      const monthly = await years('monthly', ...extra);
      const ownMonthly = await own(['budget', 'monthly', ...extra], inside.data);
      expect(monthly['fiscalYear']).toBe(inside.year);
      expect(monthly['leftOut']).toMatchObject([{ name: out.name, refusal: why }]);
      expect(monthly['months']).toEqual(ownMonthly['months'].map((m: Json) => m.month));
      expect(monthly['total'].months).toEqual(ownMonthly['months'].map((m: Json) => ({ executed: m.total.executed, current: m.total.current, rate: m.total.rate })));
      expect(monthly['total'].months.some((m: Json) => m.executed !== null)).toBe(true);

      // --month is the expenses' filter: it does not choose the budget's year.
      expect(await years('budget', ...extra, '--month', '2021-05')).toEqual(budget);
      // The table says which year it is.
      const table = await runCli(['--lang', 'en', 'rollup', 'budget', '--file', 'years.yaml', ...extra], root);
      expect(table.stdout.split('\n')[0]).toBe(`Budget execution, rolled up, fiscal year ${inside.year} (unit: 천원)`);
    }
  });

  it('headcount: 정원 and 현원 summed, a partial table kept partial', async () => {
    const r = await rollup('headcount');
    const mine = await Promise.all(OFFICES.map(async (o) => ({ ...o, j: await own(['headcount', 'status'], o.data) })));
    const check = (total: Json, ms: typeof mine) => {
      const quota = sumOrNull(ms.map((m) => m.j['total'].quota));
      const current = sumOrNull(ms.map((m) => m.j['total'].current));
      expect([total.quota, total.current, total.gap]).toEqual([quota, current, quota === null || current === null ? null : current - quota]);
    };
    check(r['total'], mine);
    for (const g of new Set(OFFICES.map((o) => o.group))) check(groupOf(r, g).total, mine.filter((m) => m.group === g));
    // The district has a 정원-only and a 현원-only table: its group's 정원 is unknown, not 0.
    expect(groupOf(r, '○○구').total.quota).toBeNull();
    expect(groupOf(r, '○○구').total.current).not.toBeNull();
    // Each office's own latest record, of its own date: the table says the dates differ.
    const dates = mine.map((m) => m.j['asOf'] as string).sort();
    expect(r['groups'].flatMap((g: Json) => g.offices.map((o: Json) => o.asOf)).sort()).toEqual(dates);
    expect(new Set(dates).size).toBeGreaterThan(1);
    const table = await runCli(['--lang', 'en', 'rollup', 'headcount', '--file', 'rollup.yaml'], root);
    expect(table.stdout).toContain(`The offices' headcount records are of different dates (${dates[0]} to ${dates.at(-1)}): each office's latest is summed.`);
  });

  it('expenses: one fiscal year, per office × month, per 비목 and per payment, the sums of the offices’ own', async () => {
    const r = await rollup('expenses');
    // The year: the latest of the offices' own (an office's own list without --year has all its years).
    const years = await Promise.all(OFFICES.map(async (o) => Math.max(...(await own(['expenses', 'list'], o.data))['months'].map((m: Json) => Number(m.month.slice(0, 4))))));
    expect(r['fiscalYear']).toBe(Math.max(...years));
    expect(new Set(years).size).toBeGreaterThan(1);
    const y = String(r['fiscalYear']);
    const mine = await Promise.all(
      OFFICES.map(async (o) => ({ ...o, list: await own(['expenses', 'list', '--year', y], o.data), summary: await own(['expenses', 'summary', '--year', y], o.data) })),
    );
    expect(r['months'].every((m: string) => m.startsWith(`${y}-`))).toBe(true);
    // An office without an expense file of the year is a row of 0, marked, and named under the table.
    const without = OFFICES.filter((_, i) => years[i]! < r['fiscalYear']).map((o) => o.name);
    expect(without.length).toBeGreaterThan(0);
    for (const g of r['groups']) for (const o of g.offices) expect(o.recorded, o.name).toBe(!without.includes(o.name));
    const table = await runCli(['--lang', 'en', 'rollup', 'expenses', '--file', 'rollup.yaml'], root);
    expect(table.stdout.split('\n')[0]).toBe(`시험 취합: 업무추진비, rolled up, fiscal year ${y} (unit: won)`);
    expect(table.stdout).toContain(`Offices without an expense file of the year (shown as 0): ${without.join(', ')}.`);
    // --year sums another year, as the offices' own --year.
    const older = await rollup('expenses', '--year', '2022');
    expect(older['fiscalYear']).toBe(2022);
    expect(older['total'].amount).toBe((await Promise.all(OFFICES.map((o) => own(['expenses', 'summary', '--year', '2022'], o.data)))).reduce((s, j) => s + j['total'].amount, 0));
    expect(older['total'].amount).toBeGreaterThan(0);
    expect(r['total'].amount).toBe(mine.reduce((s, m) => s + m.summary['total'].amount, 0));
    expect(r['total'].count).toBe(mine.reduce((s, m) => s + m.summary['total'].count, 0));
    const months = [...new Set(mine.flatMap((m) => m.list['months'].map((x: Json) => x.month)))].sort();
    expect(r['months']).toEqual(months);
    months.forEach((month, i) => {
      const of = (m: (typeof mine)[number]) => m.list['months'].find((x: Json) => x.month === month)?.amount ?? 0;
      expect(r['total'].months[i].amount, month).toBe(mine.reduce((s, m) => s + of(m), 0));
      for (const m of mine) expect(groupOf(r, m.group).offices.find((o: Json) => o.name === m.name).months[i].amount).toBe(of(m));
    });
    for (const l of r['lines']) {
      expect(l.amount, l.line).toBe(mine.reduce((s, m) => s + (m.summary['lines'].find((x: Json) => x.line === l.line)?.amount ?? 0), 0));
    }
    for (const p of r['payments']) {
      expect(p.amount, String(p.method)).toBe(mine.reduce((s, m) => s + (m.summary['payments'].find((x: Json) => x.method === p.method)?.amount ?? 0), 0));
    }
    // The digital office is read at its tag: the entry changed after it is not summed.
    const digital = groupOf(r, '디지털정책관').offices[0];
    expect(digital.amount).toBe(mine[1]!.summary['total'].amount);
  });

  it('tasks: one date for every office, due and late per office, the sums of the offices’ own upcoming', async () => {
    const r = await rollup('tasks');
    // The date: the latest of the offices' own as-of dates; every office is read as of it.
    const dates = await Promise.all(OFFICES.map(async (o) => (await own(['tasks', 'upcoming'], o.data))['asOf'] as string));
    expect(new Set(dates).size).toBeGreaterThan(1);
    expect(r['asOf']).toBe([...dates].sort().at(-1));
    const mine = await Promise.all(OFFICES.map(async (o) => ({ ...o, j: await own(['tasks', 'upcoming', '--as-of', r['asOf']], o.data) })));
    for (const g of r['groups']) for (const o of g.offices) expect(o.asOf).toBe(r['asOf']);
    const table = await runCli(['--lang', 'en', 'rollup', 'tasks', '--file', 'rollup.yaml'], root);
    expect(table.stdout.split('\n')[0]).toBe(`시험 취합: Plan schedule, rolled up, as of ${r['asOf']}`);
    expect(r['total'].due).toBe(mine.reduce((s, m) => s + m.j['due'].length, 0));
    expect(r['total'].overdue).toBe(mine.reduce((s, m) => s + m.j['overdue'].length, 0));
    expect(r['total'].overdue).toBeGreaterThan(0);
    for (const m of mine) {
      const row = groupOf(r, m.group).offices.find((o: Json) => o.name === m.name);
      expect(row.late.map((l: Json) => l.text)).toEqual(m.j['overdue'].map((p: Json) => p.text));
    }
  });

  it('validation: problems per office as validate counts them, errors first', async () => {
    const r = await rollup('validation');
    const data = [...OFFICES.map((o) => o.data), join(root, 'broken', 'data')];
    const counts = await Promise.all(data.map(async (d) => JSON.parse((await runCli(['--lang', 'en', '--data', d, 'validate', '--format', 'json'], root)).stdout) as Json));
    expect(r['total'].errors).toBe(counts.reduce((s, c) => s + c['errors'], 0));
    expect(r['total'].warnings).toBe(counts.reduce((s, c) => s + c['warnings'], 0));
    expect(r['offices'][0].name).toBe('시험과');
    expect(r['offices'].map((o: Json) => o.errors)).toEqual([...r['offices'].map((o: Json) => o.errors)].sort((a, b) => b - a));
    // --strict: an office with errors fails the validation roll-up, after it is written.
    const strict = await runCli(['--lang', 'en', 'rollup', 'validation', '--file', 'rollup.yaml', '--strict'], root);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe('--strict: 1 office could not be summed or has errors in the records (exit 1).\n');
    expect(strict.stdout).toContain('시험과');
  });

  it('writes every report in every format the cli has', async () => {
    for (const report of ROLLUP_REPORT_NAMES) {
      for (const f of FORMAT_NAMES) {
        const out = join(root, `out-${report}.${FORMATS[f].extensions[0]}`);
        const r = await runCli(['rollup', report, '--format', f, '--out', out], root);
        expect(r.code, `${report} ${f}: ${r.stderr}`).toBe(0);
        expect(readFileSync(out).length, `${report} ${f}`).toBeGreaterThan(100);
      }
    }
  });

  it('a repository named by a URL is cloned into the cache folder without a working tree, then fetched', async () => {
    writeFileSync(join(root, 'url.yaml'), `kind: rollup\noffices:\n  - { name: 시장비서실, group: 비서실, git: 'file://${join(root, 'secretariat')}' }\n`);
    const cache = join(root, 'url-cache');
    const own = (await json(['--data', join(root, 'secretariat', 'data'), 'budget', 'status']))['total'];
    for (let i = 0; i < 2; i++) {
      const r = await json(['rollup', 'budget', '--file', join(root, 'url.yaml'), '--cache-dir', cache]);
      expect(r['leftOut']).toEqual([]);
      expect(r['total'].executed).toBe(own.executed);
    }
    const clone = join(cache, 'repositories', readdirSync(join(cache, 'repositories'))[0]!);
    expect(existsSync(join(clone, '.git'))).toBe(true);
    expect(existsSync(join(clone, 'data'))).toBe(false);
    const none = await runCli(['--lang', 'en', 'rollup', 'budget', '--file', 'url.yaml', '--no-cache', '--format', 'json'], root);
    expect(JSON.parse(none.stdout).leftOut[0].refusal).toMatch(/fetched into the cache folder: leave out --no-cache/);
  });

  it('never writes a report into an office’s records folder, nor over rollup.yaml', async () => {
    for (const out of ['broken/data/report.md', 'secretariat/data/x.md', 'rollup.yaml']) {
      const r = await runCli(['--lang', 'en', 'rollup', '--file', 'rollup.yaml', '--out', out], root);
      expect([r.code, r.stderr], out).toEqual([2, `mayor-office: '${out}' is inside the data folder: write reports outside the records folder.\n`]);
    }
    expect(existsSync(join(root, 'broken', 'data', 'report.md'))).toBe(false);
  });

  it('a usage mistake is one line and exit 2, before any office is read', async () => {
    const cases: [string[], RegExp][] = [
      [['rollup', 'nope'], /^mayor-office: there is no roll-up report 'nope': give one of budget, monthly, headcount, expenses, tasks, validation\.\n$/],
      [['rollup', '--jobs', '0'], /^mayor-office: --jobs '0' is not a number of threads/],
      [['rollup', '--as-of', '2024-02-30'], /^mayor-office: .*2024-02-30/],
      [['rollup', 'expenses', '--month', '2024-13'], /^mayor-office: .*2024-13/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(['--lang', 'en', ...args, '--file', join(root, 'nowhere.yaml')], root);
      expect([r.code, r.stdout], args.join(' ')).toEqual([2, '']);
      expect(r.stderr, args.join(' ')).toMatch(message);
    }
  });

  it('rollup.yaml with a mistake: located like a record file, exit 1', async () => {
    writeFileSync(join(root, 'bad.yaml'), 'kind: rollup\noffices:\n  - name: a\n    group: b\n    folder: x\n    revison: main\n');
    const r = await runCli(['--lang', 'en', 'rollup', '--file', 'bad.yaml'], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^bad\.yaml:6:5 error offices\[0\]\.revison: .*'revision'/);
    expect(r.stdout).toBe('');
  });

  it('an unchanged office comes from the cache; a changed one is read again', async () => {
    const cache = join(root, 'cache');
    const first = await rollup('expenses', '--cache-dir', cache);
    expect(existsSync(join(cache, 'offices'))).toBe(true);
    const again = await rollup('expenses', '--cache-dir', cache);
    expect(again).toEqual(first);
    // The broken office's folder changes: its entry in the cache no longer fits.
    cpSync(join(FIXTURES, 'other-office'), join(root, 'broken', 'data'), { recursive: true, force: true });
    rmSync(join(root, 'broken', 'data', 'council.yaml'));
    rmSync(join(root, 'broken', 'data', 'headcount.yaml'));
    rmSync(join(root, 'broken', 'data', 'budget', '2021.yaml'));
    const fixed = await rollup('expenses', '--cache-dir', cache);
    expect(first['leftOut'].map((o: Json) => o.name)).toEqual(['시험과']);
    expect(fixed['leftOut']).toEqual([]);
    // Its records now are the digital office's, of 2022: a row of the 2024 roll-up, with none of that year.
    expect(groupOf(fixed, '○○구').offices.find((o: Json) => o.name === '시험과')).toMatchObject({ recorded: false, amount: 0 });
    const of2022 = await rollup('expenses', '--cache-dir', cache, '--year', '2022');
    expect(groupOf(of2022, '○○구').offices.find((o: Json) => o.name === '시험과').amount).toBe(groupOf(of2022, '디지털정책관').total.amount);
    // A new commit on the branch a git office is read at is read again too.
    const district = join(root, 'district');
    const file = join(district, 'data', 'expenses', readdirSync(join(district, 'data', 'expenses'))[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/amount: (\d+)/, 'amount: 1$1'));
    git(district, 'commit', '-q', '-am', 'an entry corrected');
    const later = await rollup('expenses', '--cache-dir', cache);
    expect(later['total'].amount).not.toBe(fixed['total'].amount);
  });
});
