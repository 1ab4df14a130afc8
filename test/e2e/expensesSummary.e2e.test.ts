// mayor-office expenses summary: the totals per 비목 and per payment method, which must add up to
// the entries `expenses list` shows under the same filters.
import { describe, expect, it } from 'vitest';
import { golden, goldenName, root } from './cli.js';
import { runCli } from '../helpers.js';

const OTHER = 'test/fixtures/other-office';
const DISTRICT = 'test/fixtures/district';
const run = (data: string, args: string[]) => runCli(['--data', data, 'expenses', ...args], root);

interface Total {
  count: number;
  amount: number;
}

describe('expenses summary', () => {
  for (const [format, lang] of [
    ['table', 'ko'],
    ['table', 'en'],
    ['json', 'ko'],
  ] as const) {
    it(`--format ${format} --lang ${lang} (reviewed golden)`, async () => {
      const r = await run(OTHER, ['summary', '--format', format, '--lang', lang]);
      expect([r.code, r.stderr]).toEqual([0, '']);
      golden(goldenName('other-expenses-summary', lang, format), r.stdout);
    });
  }

  for (const [data, filters] of [
    [OTHER, []],
    [OTHER, ['--month', '2022-06']],
    [OTHER, ['--line', '시책']],
    [DISTRICT, []],
    [DISTRICT, ['--dept', '자치행정과']],
  ] as const) {
    it(`adds up to the entries expenses list shows (${data.split('/').pop()} ${filters.join(' ')})`, async () => {
      const [summary, list] = await Promise.all([run(data, ['summary', ...filters, '--format', 'json']), run(data, ['list', ...filters, '--format', 'json'])]);
      expect([summary.code, list.code]).toEqual([0, 0]);
      const s = JSON.parse(summary.stdout) as { total: Total; lines: ({ line: string } & Total)[]; payments: ({ method: string | null } & Total)[] };
      const l = JSON.parse(list.stdout) as { total: Total; lines: unknown[]; entries: { paymentMethod: string | null; amount: number }[] };
      expect(s.total).toEqual(l.total);
      expect(s.lines).toEqual(l.lines);
      const byMethod = new Map<string | null, Total>();
      for (const e of l.entries) {
        const t = byMethod.get(e.paymentMethod) ?? { count: 0, amount: 0 };
        byMethod.set(e.paymentMethod, { count: t.count + 1, amount: t.amount + e.amount });
      }
      expect(new Map(s.payments.map((p) => [p.method, { count: p.count, amount: p.amount }]))).toEqual(byMethod);
      expect(s.payments.reduce((a, p) => a + p.amount, 0)).toBe(s.total.amount);
    });
  }

  it('a line no budget has is refused as expenses list refuses it (exit 2, one line)', async () => {
    const r = await run(OTHER, ['summary', '--line', '999-99', '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mayor-office: --line '999-99' is no budget line: give its code, name or short word (기관, 시책). Lines: 203-01, 203-03\n");
  });
});
