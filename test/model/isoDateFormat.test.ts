// The compiled validators' `date` format (scripts/isoDateFormat.cjs) against ajv-formats' full
// `date`, whose answers it keeps: every YYYY-MM-DD of a set of years (leap and not, centuries,
// 0000 and 9999) with every month and day from 00 to 99, and texts that are almost dates.
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fullFormats } from 'ajv-formats/dist/formats.js';

const { date } = createRequire(import.meta.url)('../../scripts/isoDateFormat.cjs') as { date: (s: string) => boolean };
const reference = (fullFormats.date as { validate: (s: string) => boolean }).validate;

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

describe('the date format of the compiled validators', () => {
  it('answers as ajv-formats does for every month and day 00–99 of leap, common and century years', () => {
    let checked = 0;
    let real = 0;
    for (const year of [0, 4, 100, 400, 1900, 1999, 2000, 2020, 2021, 2024, 2100, 2400, 9996, 9999]) {
      for (let month = 0; month < 100; month++) {
        for (let day = 0; day < 100; day++) {
          const s = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const want = reference(s);
          if (date(s) !== want) expect.fail(`${s}: ${date(s)}, ajv-formats ${want}`);
          checked++;
          if (want) real++;
        }
      }
    }
    expect(checked).toBe(14 * 100 * 100);
    // 365 or 366 real days a year (eight of the years are leap years): the comparison covered both answers.
    expect(real).toBe(14 * 365 + 8);
  });

  it('refuses what is not exactly YYYY-MM-DD, as ajv-formats does', () => {
    const near = [
      '',
      '2021-05-26 ',
      ' 2021-05-26',
      '2021-05-26\n',
      '2021-5-26',
      '21-05-26',
      '2021/05/26',
      '2021-05-2',
      '20210526',
      '2021-05-260',
      '２０２１-05-26',
      '2021-0５-26',
      '2021-05-2a',
      '+021-05-26',
      '2021-05-26T00:00:00Z',
      '2021-02-29',
      '2020-02-29',
      '2021-00-10',
      '2021-13-01',
      '2021-12-00',
      '2021-12-31',
      '2021-04-31',
      '2021-\u0665\u0665-01',
    ];
    for (const s of near) expect(date(s), JSON.stringify(s)).toBe(reference(s));
    // Every one-character change of a real date.
    const base = '2024-02-29';
    for (let i = 0; i < base.length; i++) {
      for (let c = 0; c < 0x80; c++) {
        const s = base.slice(0, i) + String.fromCharCode(c) + base.slice(i + 1);
        if (date(s) !== reference(s)) expect.fail(`${JSON.stringify(s)}: ${date(s)}, ajv-formats ${reference(s)}`);
      }
    }
  });

  it('is the one the compiled validators use', async () => {
    const validators = createRequire(import.meta.url)('../../generated/validators.cjs') as Record<string, ((v: unknown) => boolean) & { errors?: unknown }>;
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../generated/validators.cjs', import.meta.url), 'utf8');
    expect(text).toContain('scripts/isoDateFormat.cjs');
    expect(text).not.toContain('ajv-formats');
    expect(Object.keys(validators).length).toBeGreaterThan(0);
  });
});
