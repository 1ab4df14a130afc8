// A file without a known kind gets the better answer where there is one: the kind its name or
// folder names (kind-missing), the kind a typo is close to (kind-unknown); the list of every kind
// only when there is none.
import { describe, expect, it } from 'vitest';
import { kindOfPlace, loadText } from '../../src/load/loadData.js';
import { RECORD_KINDS } from '../../src/model/records.js';

const kindProblem = (file: string, text: string) => {
  const r = loadText(file, text);
  expect(r.record).toBeUndefined();
  const p = r.problems.find((x) => x.rule === 'kind-missing' || x.rule === 'kind-unknown')!;
  return [p.rule, p.params];
};

describe('the kind a file is meant to be', () => {
  it('is named by its folder, a plural folder too, or the first word of its name', () => {
    expect(kindOfPlace('data/budget/2021.yaml')).toBe('budget');
    expect(kindOfPlace('data/tasks/1-council-communication.yaml')).toBe('task');
    expect(kindOfPlace('data/headcount/2021-04-28.yaml')).toBe('headcount');
    expect(kindOfPlace('data/office2.yaml')).toBe('office');
    expect(kindOfPlace('data/cities.yaml')).toBe('cities');
    expect(kindOfPlace('HEAD~1:data/budget/2022.yml')).toBe('budget');
    expect(kindOfPlace('C:\\records\\data\\events.yaml')).toBe('events');
    // The folder comes before the name, and only a name's first word says a kind.
    expect(kindOfPlace('data/budget/expenses-2021.yaml')).toBe('budget');
    expect(kindOfPlace('data/budget-2021.yaml')).toBe('budget');
    expect(kindOfPlace('data/2021-budget.yaml')).toBeUndefined();
  });

  it('is not guessed from folders further out than the file’s own, nor from a word that is no kind', () => {
    expect(kindOfPlace('/home/me/office-records/data/notes.yaml')).toBeUndefined();
    expect(kindOfPlace('data/2021.yaml')).toBeUndefined();
    expect(kindOfPlace('data/misc/readme.yaml')).toBeUndefined();
  });

  it('kind-missing names that kind, and lists every kind only when there is none', () => {
    expect(kindProblem('data/budget/2022.yaml', 'fiscal_year: 2022\n')).toEqual(['kind-missing', { known: RECORD_KINDS, suggestion: 'budget' }]);
    expect(kindProblem('data/notes.yaml', 'fiscal_year: 2022\n')).toEqual(['kind-missing', { known: RECORD_KINDS }]);
  });

  it('kind-unknown suggests the kind a typo is close to, and lists every kind for a word close to none', () => {
    expect(kindProblem('data/x.yaml', 'kind: ofice\n')).toEqual(['kind-unknown', { known: RECORD_KINDS, suggestion: 'office' }]);
    expect(kindProblem('data/x.yaml', 'kind: Budgets\n')).toEqual(['kind-unknown', { known: RECORD_KINDS, suggestion: 'budget' }]);
    expect(kindProblem('data/x.yaml', 'kind: minutes\n')).toEqual(['kind-unknown', { known: RECORD_KINDS }]);
    // Not text: no word to be close to.
    expect(kindProblem('data/budget/x.yaml', 'kind: 2021\n')).toEqual(['kind-unknown', { known: RECORD_KINDS }]);
  });
});
