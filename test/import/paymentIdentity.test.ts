// The rule that keeps an import from counting a payment twice (src/import/paymentIdentity.ts):
// same date and amount and every text both give the same → the same payment; same date and
// amount otherwise → a near match, named by the first known payment of that date and amount.
import { describe, expect, it } from 'vitest';
import { PaymentIndex } from '../../src/import/paymentIdentity.js';
import type { ExpenseEntry } from '../../src/model/records.js';

const entry = (purpose: string, extra: Partial<ExpenseEntry> = {}): ExpenseEntry => ({ date: '2021-02-01', amount: 10_000, line: '203-01', purpose, ...extra }) as ExpenseEntry;

describe('PaymentIndex', () => {
  it('finds the same payment among many of one date and amount, wherever it is in their order', () => {
    const index = new PaymentIndex<number>();
    for (let i = 0; i < 5; i++) index.add({ entry: entry(`간담회 ${i}`), line: 'L', where: i });
    for (let i = 0; i < 5; i++) expect(index.match(entry(`간담회 ${i}`), 'L')).toEqual({ kind: 'same', with: expect.objectContaining({ where: i }) });
    // Text folded as compared: decomposed Hangul and extra spaces are the same text.
    expect(index.match(entry('  간담회   3 '.normalize('NFD')), 'L')).toMatchObject({ kind: 'same', with: { where: 3 } });
    // Another text, or another budget line: a near match, named by the first of them.
    expect(index.match(entry('다른 모임'), 'L')).toMatchObject({ kind: 'near', with: { where: 0 } });
    expect(index.match(entry('간담회 3'), 'M')).toMatchObject({ kind: 'near', with: { where: 0 } });
    // Another date or amount: new.
    expect(index.match(entry('간담회 3', { amount: 10_001 }), 'L')).toEqual({ kind: 'new' });
    expect(index.match(entry('간담회 3', { date: '2021-02-02' }), 'L')).toEqual({ kind: 'new' });
  });

  it('takes the first that agrees when several do (a text one of them leaves out agrees)', () => {
    const index = new PaymentIndex<string>();
    index.add({ entry: entry('간담회', { place: '본관' }), line: 'L', where: 'a' });
    index.add({ entry: entry('간담회'), line: 'L', where: 'b' });
    index.add({ entry: entry('간담회', { place: '별관' }), line: 'L', where: 'c' });
    expect(index.match(entry('간담회', { place: '별관' }), 'L')).toMatchObject({ kind: 'same', with: { where: 'b' } });
    expect(index.match(entry('간담회', { place: '본관' }), 'L')).toMatchObject({ kind: 'same', with: { where: 'a' } });
  });

  it('adds the 60,000th payment of one date and amount after the others, and still finds the last', () => {
    const index = new PaymentIndex<number>();
    for (let i = 0; i < 60_000; i++) index.add({ entry: entry(`p${i}`), line: 'L', where: i });
    expect(index.match(entry('p59999'), 'L')).toMatchObject({ kind: 'same', with: { where: 59_999 } });
    expect(index.match(entry('p0'), 'L')).toMatchObject({ kind: 'same', with: { where: 0 } });
  });
});
