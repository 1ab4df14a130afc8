// Every example in docs/periods.md, read from the doc itself: the doc and the parser cannot drift.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { periodKind, readPeriod } from '../../src/compute/period.js';

const doc = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'periods.md'), 'utf8');
const CONTEXT_YEAR = 2022;

// | `phrase` | start | end | kind | meaning |
const rows = [...doc.matchAll(/^\| `([^`]+)` \| ([\d-]+|–) \| ([\d-]+|–) \| ([a-z-]+) \| [^|]+\|$/gm)].map((m) => ({
  phrase: m[1]!,
  start: m[2] === '–' ? null : m[2]!,
  end: m[3] === '–' ? null : m[3]!,
  kind: m[4]!,
}));

describe('docs/periods.md', () => {
  it('states the context year its examples use, and has an example of every kind', () => {
    expect(doc).toContain(`the context year is **${CONTEXT_YEAR}**`);
    expect(rows.length).toBeGreaterThan(70);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['ongoing', 'range', 'open-ended', 'several', 'recurring', 'as-needed', 'undated', 'reversed']));
  });

  it('shows each issue phrase the tool must read', () => {
    const phrases = new Set(rows.map((r) => r.phrase));
    for (const p of ['2019.03~2019.11', '2020. 2월 ~ 10월', '4월~9월', "'19.3월~5월", '2019. 4. ~ 11.', "'19.9월 ~ '20.3월", '2019.11', '’20. 7', "'20.11월말", '5월 초', '6월 중순', "'22. 3분기", '9월말', '10.~12월', '2022년 중', '수시', '매월', '매월말', '매분기', '분기별 1회', '반기별', '매년 3월', '연 12회', '2020. 1~2월, 11월', '연3회(3월, 6월, 9월)', '2019.05~']) {
      expect(phrases, p).toContain(p);
    }
  });

  for (const r of rows) {
    it(`${r.phrase} → ${r.start ?? '–'} … ${r.end ?? '–'} (${r.kind})`, () => {
      const reading = readPeriod(r.phrase, CONTEXT_YEAR);
      if (r.kind === 'undated') {
        expect(reading).toEqual({ ok: false, reason: 'unreadable' });
        return;
      }
      if (r.kind === 'reversed') {
        expect(reading.ok === false && reading.reason).toBe('reversed');
        return;
      }
      if (!reading.ok) throw new Error(`${r.phrase} is not read`);
      const p = reading.period;
      expect(p.text).toBe(r.phrase);
      expect([p.start, p.end]).toEqual([r.start, r.end]);
      expect(r.kind === 'ongoing' ? ['range', true] : [r.kind, false]).toEqual([periodKind(p), p.ongoing]);
    });
  }
});
