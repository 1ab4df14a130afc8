// Plan items with statuses, and what `tasks upcoming` makes of them: finished items left out,
// postponed ones at their new period, recurring ones at their next time, delayed ones apart.
import { describe, expect, it } from 'vitest';
import type { EventsRecord, OutlineNode, TaskRecord } from '../../src/model/records.js';
import { eventsView } from '../../src/compute/events.js';
import { currentPeriod, isDelayed, isFinished, planItems, planStatus, planSummary, upcoming } from '../../src/compute/plans.js';

const task = (plans: OutlineNode[], fiscal_year = 2022): TaskRecord => ({
  kind: 'task',
  fiscal_year,
  number: 1,
  title: 'T',
  purpose: 'P',
  sections: [
    { role: 'contents', items: [{ text: '추진내용은 계획이 아님', period: '5월' }] },
    { role: 'plans', items: plans },
  ],
});

const items = (plans: OutlineNode[]) => planItems([task(plans)]);
const texts = (xs: readonly { text: string }[]) => xs.map((x) => x.text);

describe('planItems', () => {
  it('takes only plans-section lines with a period; keeps an unreadable phrase as undated', () => {
    const p = items([{ text: 'a', period: '5월' }, { text: 'b' }, { text: 'c', period: '곧' }]);
    expect(texts(p)).toEqual(['a', 'c']);
    expect(p[1]!.period).toEqual({ text: '곧', kind: 'undated', start: null, end: null, ongoing: false });
  });

  it('reads Korean and English statuses to one value; no status is planned and adds no key', () => {
    const p = items([
      { text: 'a', period: '5월', status: '진행' },
      { text: 'b', period: '5월', status: 'in-progress' },
      { text: 'c', period: '5월', status: '완료', done_on: '2022-05-20' },
      { text: 'd', period: '5월', status: 'postponed', postponed_to: '9월' },
      { text: 'e', period: '5월', status: '취소' },
      { text: 'f', period: '5월' },
    ]);
    expect(p.map(planStatus)).toEqual(['in-progress', 'in-progress', 'done', 'postponed', 'cancelled', 'planned']);
    expect('status' in p[5]!).toBe(false);
    expect(p[2]!.doneOn).toBe('2022-05-20');
    expect(currentPeriod(p[3]!)).toEqual({ text: '9월', start: '2022-09-01', end: '2022-09-30', ongoing: false });
    expect(planSummary(p[5]!)).toEqual({ id: null, text: 'f', period: { text: '5월', start: '2022-05-01', end: '2022-05-31', ongoing: false } });
    expect(Object.keys(planSummary(p[3]!))).toEqual(['id', 'text', 'period', 'status', 'postponedTo']);
  });
});

describe('isFinished and isDelayed', () => {
  it('done and cancelled are finished; a status wins over the events', () => {
    const [done, cancelled, open] = items([
      { text: 'a', period: '5월', status: '완료', done_on: '2022-05-20' },
      { text: 'b', period: '5월', status: '취소' },
      { text: 'c', period: '5월', status: '진행' },
    ]);
    expect([isFinished(done!), isFinished(cancelled!), isFinished(open!)]).toEqual([true, true, false]);
    expect(isFinished({ ...open!, status: undefined, events: [{ id: 'x', status: 'done' }] })).toBe(true);
    expect(isFinished({ ...open!, events: [{ id: 'x', status: 'done' }] })).toBe(false);
  });

  it('only a range or several ranges whose (new) end is past run late', () => {
    const p = items([
      { text: 'range', period: '5월' },
      { text: 'several', period: '3월, 5월' },
      { text: 'moved', period: '5월', status: '연기', postponed_to: '9월' },
      { text: 'ongoing', period: '연중' },
      { text: 'recurring', period: '매월' },
      { text: 'open', period: '2019.05~' },
      { text: 'as-needed', period: '수시' },
      { text: 'undated', period: '곧' },
    ]);
    expect(p.filter((x) => isDelayed(x, '2022-06-01')).map((x) => x.text)).toEqual(['range', 'several']);
    expect(p.filter((x) => isDelayed(x, '2022-10-01')).map((x) => x.text)).toEqual(['range', 'several', 'moved']);
    expect(p.filter((x) => isDelayed(x, '2022-05-31')).map((x) => x.text)).toEqual([]);
  });
});

describe('upcoming', () => {
  const plans = items([
    { text: 'due', period: '7월' },
    { text: 'done', period: '7월', status: '완료', done_on: '2022-06-01' },
    { text: 'cancelled', period: '7월', status: '취소' },
    { text: 'late', period: '5월', status: '진행' },
    { text: 'moved-in', period: '5월', status: '연기', postponed_to: '7월 초' },
    { text: 'moved-out', period: '7월', status: '연기', postponed_to: '12월' },
    { text: 'monthly', period: '매월말' },
    { text: 'march', period: '매년 3월' },
    { text: 'several', period: '연3회(3월, 7월, 11월)' },
    { text: 'open-before', period: '2019.05~' },
    { text: 'open-in', period: '7월~' },
    { text: 'all-year', period: '연중' },
    { text: 'as-needed', period: '수시' },
    { text: 'five', period: '연 5회' },
    { text: 'unreadable', period: '곧' },
  ]);
  const u = upcoming(plans, '2022-06-25', 20);

  it('has the window from the as-of date', () => {
    expect([u.asOf, u.until]).toEqual(['2022-06-25', '2022-07-15']);
  });

  it('leaves done and cancelled out, puts postponed items at their new period', () => {
    const all = [...u.due, ...u.overdue, ...u.ongoing, ...(u.asNeeded ?? []), ...(u.undated ?? [])];
    expect(texts(all)).not.toContain('done');
    expect(texts(all)).not.toContain('cancelled');
    expect(texts(all)).not.toContain('moved-out');
    expect(u.due.find((d) => d.text === 'moved-in')).toMatchObject({ state: 'within', status: 'postponed' });
  });

  it('shows a recurring or several item at its next time in the window', () => {
    const due = Object.fromEntries(u.due.map((d) => [d.text, [d.state, d.occurrence ?? null]]));
    expect(due).toEqual({
      due: ['starts', null],
      'moved-in': ['within', null],
      monthly: ['ends', { start: '2022-06-21', end: '2022-06-30' }],
      several: ['starts', { start: '2022-07-01', end: '2022-07-31' }],
      'open-in': ['starts', null],
    });
  });

  it('marks unfinished items past their period as delayed, and lists the rest apart', () => {
    expect(texts(u.overdue)).toEqual(['late']);
    expect(texts(u.ongoing)).toEqual(['open-before', 'all-year']);
    expect(texts(u.asNeeded ?? [])).toEqual(['as-needed', 'five']);
    expect(texts(u.undated ?? [])).toEqual(['unreadable']);
  });

  it('has no asNeeded or undated key when there are none (the json of a plain office stays as it was)', () => {
    const plain = upcoming(items([{ text: 'a', period: '7월' }]), '2022-06-25', 20);
    expect(Object.keys(plain)).toEqual(['asOf', 'until', 'due', 'overdue', 'ongoing']);
  });
});

describe('events take their period from the plan line', () => {
  it('the new period of a postponed plan, and overdue only past that', () => {
    const tasks = [task([{ id: 'mou', text: 'MOU', period: '5월', status: '연기', postponed_to: '9월' }])];
    const events: EventsRecord[] = [{ kind: 'events', events: [{ id: 'e', type: 'mou', name: 'MOU', plan: 'mou', status: 'planned' }] }];
    const at = (asOf: string) => eventsView(events, tasks, [], asOf).events[0]!;
    expect(at('2022-06-15').period).toEqual({ text: '9월', start: '2022-09-01', end: '2022-09-30', ongoing: false });
    expect(at('2022-06-15').overdue).toBe(false);
    expect(at('2022-10-01').overdue).toBe(true);
  });
});
