// The add-expense form's line choices say what is left of each line with the figures grouped as
// every format groups them (model/numbers.ts): a fraction's digits are not grouped, and a large
// whole number is written out, never as 1e+21.
import { describe, expect, it } from 'vitest';
import { addForm } from '../../src/serve/pages.js';

const form = (left: number | null): string =>
  addForm({ values: {}, lines: [{ code: '203-01', name: '시책추진업무추진비', left }], token: 't', errors: new Map(), allowOverShown: false }, 'ko');

describe('addForm', () => {
  it('groups what is left of a line as the formats do', () => {
    expect(form(4550000)).toContain('203-01 시책추진업무추진비 — 남은 예산현액 4,550,000원');
    expect(form(-12500)).toContain('남은 예산현액 -12,500원');
    expect(form(1234.5678)).toContain('남은 예산현액 1,234.5678원');
    expect(form(1e21)).toContain('남은 예산현액 1,000,000,000,000,000,000,000원');
    expect(form(null)).toContain('<option value="203-01">203-01 시책추진업무추진비</option>');
  });
});
