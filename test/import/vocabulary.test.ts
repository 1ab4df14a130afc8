// The entry vocabulary: payments as written and their method, 비목 as code, name or short word.
import { describe, expect, it } from 'vitest';
import { paymentMethod, resolveLine } from '../../src/compute/expenseVocabulary.js';

const BUDGET = [
  { code: '203-01', name: '기관운영업무추진비' },
  { code: '203-03', name: '시책추진업무추진비' },
];

describe('paymentMethod', () => {
  it('reads the card family, 제로페이, cash, transfers and several methods', () => {
    const cases: [string, string][] = [
      ['카드', '카드'],
      ['법인카드', '카드'],
      ['신용카드', '카드'],
      ['부서카드', '카드'],
      ['제로페이', '제로페이'],
      ['현금', '현금'],
      ['계좌이체', '계좌이체'],
      ['카드,제로페이', '복수'],
      ['카드, 현금', '복수'],
      ['법인카드/신용카드', '카드'],
      ['상품권', '기타'],
      ['', '기타'],
      // As real disclosures write them: the method with the word for paying.
      ['카드결제', '카드'],
      ['법인카드 결제', '카드'],
      ['현금 지불', '현금'],
      ['제로페이 결제', '제로페이'],
    ];
    expect(cases.map(([w]) => [w, paymentMethod(w)])).toEqual(cases);
  });
});

describe('resolveLine', () => {
  it('resolves a code, a full name and a short word to the budget line', () => {
    expect(['203-01', '기관운영업무추진비', '기관', '기관운영', ' 기관 '].map((w) => resolveLine(w, BUDGET))).toEqual(Array(5).fill({ kind: 'line', code: '203-01' }));
    expect(['203-03', '시책추진업무추진비', '시책', '시책추진'].map((w) => resolveLine(w, BUDGET))).toEqual(Array(4).fill({ kind: 'line', code: '203-03' }));
  });

  it('asks for a known line the budget lacks instead of suggesting a different real line', () => {
    expect(resolveLine('203-04', BUDGET)).toEqual({ kind: 'missing-known', code: '203-04', name: '부서운영업무추진비' });
    expect(resolveLine('부서', BUDGET)).toEqual({ kind: 'missing-known', code: '203-04', name: '부서운영업무추진비' });
    expect(resolveLine('정원가산업무추진비', BUDGET)).toEqual({ kind: 'missing-known', code: '203-02', name: '정원가산업무추진비' });
  });

  it('suggests a line only for what looks like a typo', () => {
    expect(resolveLine('203-0l', BUDGET)).toEqual({ kind: 'unknown', suggestion: '203-01' });
    expect(resolveLine('기관운영업무추진', BUDGET)).toEqual({ kind: 'line', code: '203-01' });
    expect(resolveLine('시책추진업무추친비', BUDGET)).toEqual({ kind: 'unknown', suggestion: '203-03' });
    expect(resolveLine('여비', BUDGET)).toEqual({ kind: 'unknown', suggestion: undefined });
  });

  it('reads a code and its name in one cell, and the short word with 업무추진비', () => {
    expect(['203-01 기관운영업무추진비', '203-01(기관운영업무추진비)', '203-01 기관운영', '기관업무추진비'].map((w) => resolveLine(w, BUDGET))).toEqual(Array(4).fill({ kind: 'line', code: '203-01' }));
    expect(['203-03 시책추진업무추진비', '시책업무추진비'].map((w) => resolveLine(w, BUDGET))).toEqual(Array(2).fill({ kind: 'line', code: '203-03' }));
    // A code and a name that say two different lines is no line: the person must say which.
    expect(resolveLine('203-01 시책추진업무추진비', BUDGET).kind).toBe('unknown');
  });

  it('takes a name of the budget that is not a known 통계목', () => {
    expect(resolveLine('특정업무경비', [{ code: '205-01', name: '특정업무경비' }])).toEqual({ kind: 'line', code: '205-01' });
  });
});
