// A list declaration of the tests' own (`x-list` as a schema writes it), over the budget lines: the
// product's schemas need not declare one for the mechanism to be tested.
export const BUDGET_LINES_LIST = {
  command: 'budget lines',
  label: { ko: '예산 과목', en: 'Budget lines' },
  summary: { ko: '예산 과목 목록', en: 'the budget lines' },
  rows: 'lines',
  columns: [
    { field: 'code', ko: '과목', en: 'Code', show: 'text' },
    { field: 'name', ko: '과목명', en: 'Name', show: 'text' },
    { field: 'budget', ko: '예산액', en: 'Budget', show: 'money' },
  ],
  sort: ['-budget', 'code'],
} as const;
