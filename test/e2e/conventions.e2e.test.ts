// The conventions of every command: help and usage errors in the run's language (--lang, the
// marker, LC_ALL/LANG, Korean), option values in Korean or English, FORCE_COLOR, MAYOR_OFFICE_DATA,
// NFC text and shell completion, all made from the one command table.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, seedData, seedRoot } from './cli.js';
import { BUDGET, runCli, tempTree } from '../helpers.js';
import { COMMANDS, GLOBAL_OPTIONS } from '../../src/cli/options.js';
import type { OptionSpec } from '../../src/cli/options.js';
import { colourWanted, localeLang } from '../../src/cli/context.js';
import { bashCompletion, zshCompletion } from '../../src/cli/commands/completion.js';
import { displayWidth } from '../../src/render/displayWidth.js';

const longFlag = (o: OptionSpec): string => o.flags.split(/[ ,]+/).find((f) => f.startsWith('--'))!;
/** Help wraps long lines: compare words with the line breaks and indents taken out. */
const flat = (s: string): string => s.replace(/\s+/g, ' ');

describe('help in the language of the run', () => {
  it('every summary, option description and exit code of the table, in Korean and in English', async () => {
    for (const lang of ['ko', 'en'] as const) {
      const top = flat((await runCli(['--lang', lang, '--help'], seedRoot)).stdout);
      for (const o of GLOBAL_OPTIONS) expect(top).toContain(flat(o.description[lang]));
      for (const c of COMMANDS) {
        const words = c.name.split(' ');
        // The command's own summary is listed by its parent.
        const parent = flat((await runCli(['--lang', lang, ...words.slice(0, -1), '--help'], seedRoot)).stdout);
        expect(parent, c.name).toContain(flat(c.summary[lang]));
        const r = await runCli(['--lang', lang, ...words, '--help'], seedRoot);
        expect(r.code).toBe(0);
        const help = flat(r.stdout);
        expect(help).toContain(lang === 'ko' ? '사용법: mayor-office' : 'Usage: mayor-office');
        for (const o of c.options) expect(help, `${c.name} ${o.flags}`).toContain(`${o.flags} ${flat(o.description[lang])}`);
        for (const e of c.exitCodes) expect(help).toContain(e[lang]);
        expect(help).toContain(lang === 'ko' ? '종료 코드:' : 'Exit codes:');
      }
    }
  });

  it("commander's own words are Korean under ko and its own under en", async () => {
    const ko = (await runCli(['cities', '--help'], seedRoot)).stdout;
    expect(ko).toMatch(/^사용법: mayor-office cities \[옵션\]\n/);
    expect(ko).toContain('\n옵션:\n');
    expect(ko).toContain('-h, --help         명령의 도움말을 보임');
    expect(flat(ko)).toContain('(값: 국가, 권역; country, region도 됨; 기본값: 국가)');
    const en = (await runCli(['--lang', 'en', 'cities', '--help'], seedRoot)).stdout;
    expect(en).toMatch(/^Usage: mayor-office cities \[options\]\n/);
    expect(en).toContain('\nOptions:\n');
    expect(en).toContain('-h, --help         display help for command');
    expect(flat(en)).toContain('(choices: country, region; also 국가, 권역; default: country)');
    const top = (await runCli(['help'], seedRoot)).stdout;
    expect(top).toContain('\n명령:\n');
    expect(top).toMatch(/help \[명령\] +명령의 도움말을 보임/);
    expect(top).toMatch(/-V, --version +버전을 보임/);
    // Help for help: the help command shows a subcommand's help in the same language.
    expect((await runCli(['budget', 'help', 'status'], seedRoot)).stdout).toContain('사용법: mayor-office budget status [옵션]');
  });

  it('Korean help lines fit 80 columns, counting Hangul as two', async () => {
    const help = (await runCli(['report', '--help'], seedRoot)).stdout;
    const lines = help.split('\n');
    expect(lines.some((l) => /[가-힣]/.test(l))).toBe(true);
    for (const line of lines) expect(displayWidth(line), line).toBeLessThanOrEqual(80);
  });

  it('the language comes from --lang, then mayor-office.yaml, then LC_ALL/LC_MESSAGES/LANG, then Korean', async () => {
    const usage = async (args: string[], cwd: string, env: Record<string, string>): Promise<string> => (await runCli([...args, '--help'], cwd, env)).stdout.split(' ')[0]!;
    expect(await usage([], seedRoot, {})).toBe('사용법:');
    expect(await usage([], seedRoot, { LANG: 'en_US.UTF-8' })).toBe('Usage:');
    expect(await usage([], seedRoot, { LANG: 'ko_KR.UTF-8' })).toBe('사용법:');
    expect(await usage([], seedRoot, { LANG: 'en_US.UTF-8', LC_ALL: 'ko_KR.UTF-8' })).toBe('사용법:');
    expect(await usage([], seedRoot, { LANG: 'ko_KR.UTF-8', LC_ALL: 'en_GB.UTF-8' })).toBe('Usage:');
    expect(await usage([], seedRoot, { LANG: 'C.UTF-8' })).toBe('사용법:');
    expect(await usage(['--lang', 'ko'], seedRoot, { LANG: 'en_US.UTF-8' })).toBe('사용법:');
    expect(await usage(['--lang=en'], seedRoot, { LANG: 'ko_KR.UTF-8' })).toBe('Usage:');
    const marked = tempTree({ 'mayor-office.yaml': 'lang: en\n', 'data/.keep': '' });
    expect(await usage([], marked, { LANG: 'ko_KR.UTF-8' })).toBe('Usage:');
    expect(await usage(['--lang', 'ko'], marked, {})).toBe('사용법:');
    // The same order decides the language of a command's output.
    expect(cli(['budget', 'status'], seedRoot, { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^Budget execution/);
    expect(cli(['budget', 'status'], seedRoot, { LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }).stdout).toMatch(/^예산 집행현황/);
    expect(cli(['--lang', 'ko', 'budget', 'status'], seedRoot, { LANG: 'en_US.UTF-8' }).stdout).toMatch(/^예산 집행현황/);
  });

  it('reads the locale the POSIX way', () => {
    expect(localeLang({})).toBeUndefined();
    expect(localeLang({ LANG: 'POSIX' })).toBeUndefined();
    expect(localeLang({ LANG: 'ko_KR.eucKR' })).toBe('ko');
    expect(localeLang({ LANG: 'ko' })).toBe('ko');
    expect(localeLang({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(localeLang({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'ko_KR.UTF-8' })).toBe('ko');
    expect(localeLang({ LANG: 'ko_KR.UTF-8', LC_ALL: '' })).toBe('ko');
  });
});

describe('usage errors in the language of the run', () => {
  const cases: { args: string[]; ko: string; en: string }[] = [
    { args: ['cities', '--bogus'], ko: "오류: 알 수 없는 옵션 '--bogus'이(가) 있습니다", en: "error: unknown option '--bogus'" },
    { args: ['budgte'], ko: "오류: 알 수 없는 명령 'budgte'이(가) 있습니다\n(혹시 budget?)", en: "error: unknown command 'budgte'\n(Did you mean budget?)" },
    { args: ['tasks', 'show'], ko: "오류: 인수 'number'이(가) 없습니다", en: "error: missing required argument 'number'" },
    { args: ['tasks', 'show', '1', '2'], ko: "오류: 'show' 명령에 인수가 너무 많습니다: 1개를 받는데 2개를 주었습니다.", en: "error: too many arguments for 'show'. Expected 1 argument but got 2." },
    { args: ['expenses', 'add'], ko: "오류: 옵션 '--date <date>'를 주세요 (필수)", en: "error: required option '--date <date>' not specified" },
    { args: ['budget', 'status', '--as-of'], ko: "오류: 옵션 '--as-of <date>'에 값이 없습니다", en: "error: option '--as-of <date>' argument missing" },
    {
      args: ['cities', '--by', '나라'],
      ko: "오류: 옵션 '--by <group>'의 값 '나라'는 쓸 수 없습니다. 쓸 수 있는 값: 국가, 권역, country, region.",
      en: "error: option '--by <group>' argument '나라' is invalid. Allowed choices are country, region, 국가, 권역.",
    },
    {
      args: ['tasks', 'upcoming', '--within', '2개월'],
      ko: "오류: 옵션 '--within <days>'의 값 '2개월'은 쓸 수 없습니다. 30일, 8주, 30d, 8w처럼 일이나 주로 쓰세요.",
      en: "error: option '--within <days>' argument '2개월' is invalid. write it in days or weeks, like 30d, 8w, 30일 or 8주.",
    },
  ];
  for (const c of cases) {
    it(c.args.join(' '), async () => {
      const ko = await runCli(c.args, seedRoot);
      expect(ko.code).toBe(2);
      expect(ko.stderr.startsWith(`${c.ko}\n`), ko.stderr).toBe(true);
      expect(ko.stderr).not.toContain('error:');
      const en = await runCli(['--lang', 'en', ...c.args], seedRoot);
      expect(en.code).toBe(2);
      expect(en.stderr.startsWith(`${c.en}\n`), en.stderr).toBe(true);
    });
  }

  it('an unknown --lang is refused in the language the rest of the run would use', () => {
    const r = cli(['--lang', 'fr', 'budget', 'status']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^오류: 옵션 '--lang <lang>'의 값 'fr'은\(는\) 쓸 수 없습니다\. 쓸 수 있는 값: ko, en\./);
    expect(cli(['--lang', 'fr', 'budget', 'status'], seedRoot, { LANG: 'en_US.UTF-8' }).stderr).toMatch(/^error: option '--lang <lang>' argument 'fr' is invalid/);
  });
});

describe('option values in Korean and English', () => {
  const same = (a: string[], b: string[]): void => {
    const x = cli(a);
    const y = cli(b);
    expect(x.code, x.stderr).toBe(0);
    expect(x.stdout.length).toBeGreaterThan(0);
    expect(x.stdout).toBe(y.stdout);
  };
  it('--within in 일 and 주 is the same window as in d and w', () => {
    same(['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '8주'], ['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '8w']);
    same(['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '30일'], ['tasks', 'upcoming', '--as-of', '2021-05-01']);
    same(['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '56 days'], ['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '8w']);
    // A different window is a different answer, so the comparisons above can fail.
    expect(cli(['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '1일']).stdout).not.toBe(cli(['tasks', 'upcoming', '--as-of', '2021-05-01', '--within', '8w']).stdout);
  });
  it('--type 친선도시, 친선 and sister are one type; 우호협력도시 another', () => {
    same(['cities', '--type', '친선도시', '--format', 'json'], ['cities', '--type', 'sister', '--format', 'json']);
    same(['cities', '--type', '친선', '--format', 'json'], ['cities', '--type', 'sister', '--format', 'json']);
    same(['cities', '--type', '우호협력도시', '--format', 'json'], ['cities', '--type', 'friendship', '--format', 'json']);
    expect(cli(['cities', '--type', '친선도시', '--format', 'json']).stdout).not.toBe(cli(['cities', '--type', 'friendship', '--format', 'json']).stdout);
  });
  it('--by 국가 and 권역, also typed as decomposed Hangul', () => {
    same(['cities', '--by', '권역'.normalize('NFD')], ['cities', '--by', 'region']);
    same(['cities', '--by', '국가'], ['cities']);
    expect(cli(['cities', '--by', '권역']).stdout).not.toBe(cli(['cities']).stdout);
  });
  it('--by 직렬 and 직급', () => {
    same(['headcount', 'status', '--by', '직급'], ['headcount', 'status', '--by', 'grade']);
    same(['headcount', 'status', '--by', '직렬'], ['headcount', 'status']);
  });
});

describe('colour', () => {
  const ESC = /\x1b\[/;
  it('FORCE_COLOR=1, 2 or 3 colours output that is not a terminal; NO_COLOR and --no-color still win', () => {
    expect(cli(['budget', 'status']).stdout).not.toMatch(ESC);
    for (const level of ['1', '2', '3']) expect(cli(['budget', 'status'], seedRoot, { FORCE_COLOR: level }).stdout).toMatch(ESC);
    expect(cli(['budget', 'status'], seedRoot, { FORCE_COLOR: '0' }).stdout).not.toMatch(ESC);
    expect(cli(['budget', 'status'], seedRoot, { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ESC);
    expect(cli(['--no-color', 'budget', 'status'], seedRoot, { FORCE_COLOR: '1' }).stdout).not.toMatch(ESC);
    // The coloured view is the terminal's: the same figures, with the pace bars.
    const coloured = cli(['budget', 'status'], seedRoot, { FORCE_COLOR: '1' }).stdout.replace(/\x1b\[[0-9;]*m/g, '');
    expect(coloured).toContain('│ 계                 │ 337,200 │ 74,085 │ 263,115 │  22.0% │');
    expect(coloured).toContain('█');
  });
  it('FORCE_COLOR=0 turns colour off on a terminal too', () => {
    expect(colourWanted({}, true, true)).toBe(true);
    expect(colourWanted({ FORCE_COLOR: '0' }, true, true)).toBe(false);
    expect(colourWanted({ TERM: 'dumb' }, true, true)).toBe(false);
    expect(colourWanted({ TERM: 'dumb', FORCE_COLOR: '1' }, true, false)).toBe(true);
    expect(colourWanted({ NO_COLOR: '' }, true, true)).toBe(true);
  });
});

describe('MAYOR_OFFICE_DATA', () => {
  it('names the records from any folder; --data comes first', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'mayor-office-elsewhere-'));
    const r = cli(['budget', 'status'], elsewhere, { MAYOR_OFFICE_DATA: seedData });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('337,200');
    const wrong = cli(['budget', 'status'], elsewhere, { MAYOR_OFFICE_DATA: join(elsewhere, 'nope') });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('nope');
    expect(cli(['budget', 'status', '--data', seedData], elsewhere, { MAYOR_OFFICE_DATA: join(elsewhere, 'nope') }).code).toBe(0);
  });
});

describe('decomposed (NFD) Hangul, as macOS may save it', () => {
  /** A copy of the seed records with every file in NFD. */
  const nfdCopy = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'mayor-office-nfd-'));
    cpSync(seedData, join(dir, 'data'), { recursive: true });
    const walk = (d: string): void => {
      for (const name of readdirSync(d)) {
        const p = join(d, name);
        if (statSync(p).isDirectory()) walk(p);
        else writeFileSync(p, readFileSync(p, 'utf8').normalize('NFD'));
      }
    };
    walk(join(dir, 'data'));
    return dir;
  };

  it('reads the same records: tables line up exactly as from NFC files', () => {
    const dir = nfdCopy();
    expect(readFileSync(join(dir, 'data', 'cities.yaml'), 'utf8')).not.toBe(readFileSync(join(seedData, 'cities.yaml'), 'utf8'));
    for (const args of [['budget', 'status'], ['headcount', 'status'], ['cities'], ['tasks', 'list']]) {
      const nfd = cli(args, dir);
      expect(nfd.code, nfd.stderr).toBe(0);
      expect(nfd.stdout).toBe(cli(args).stdout);
    }
  });

  it('the place and the caret of a problem stand under the right characters', () => {
    const dir = nfdCopy();
    const file = join(dir, 'data', 'cities.yaml');
    const line = '  - { name: 파리, name_en: Paris, country: FR, type: sister }';
    const bad = '  - { name: 파리, name_en: Paris, country: 프랑스, type: sister }';
    writeFileSync(file, readFileSync(file, 'utf8').replace(line.normalize('NFD'), bad.normalize('NFD')));
    const r = cli(['validate'], dir);
    expect(r.code).toBe(1);
    const column = bad.indexOf('프랑스') + 1;
    expect(r.stdout).toContain(`data/cities.yaml:25:${column} error cities[3].country:`);
    const [shown, caret] = r.stdout.split('\n').filter((l) => /^ +(25 )?\|/.test(l));
    expect(shown).toBe(`   25 | ${bad}`);
    const pad = caret!.indexOf('^');
    expect(displayWidth(caret!.slice(0, pad))).toBe(displayWidth(`   25 | ${bad.slice(0, column - 1)}`));
    expect(caret!.slice(pad)).toBe('^'.repeat(displayWidth('프랑스')));
  });
});

describe('shell completion', () => {
  const flags = [...new Set([...GLOBAL_OPTIONS, ...COMMANDS.flatMap((c) => c.options)].map(longFlag))];
  const words = [...new Set(COMMANDS.flatMap((c) => c.name.split(' ')))];
  const choices = [...new Set(COMMANDS.flatMap((c) => c.options.flatMap((o) => [...(o.choices ?? []), ...Object.values(o.choiceWords ?? {}).flat()])))];

  for (const shell of ['bash', 'zsh'] as const) {
    it(`${shell}: names every command, option and choice of the table`, () => {
      const r = cli(['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(shell === 'bash' ? bashCompletion({ commands: COMMANDS, globals: GLOBAL_OPTIONS }) : zshCompletion({ commands: COMMANDS, globals: GLOBAL_OPTIONS }));
      for (const w of [...words, ...flags, ...choices]) expect(r.stdout, w).toMatch(new RegExp(`[' ]${w.replace(/[-]/g, '\\-')}[' ]`));
      for (const c of COMMANDS) expect(r.stdout, c.name).toContain(`'${c.name}'`);
    });
  }

  it('bash accepts the bash script, and it completes subcommands, options and choices', () => {
    const script = cli(['completion', 'bash']).stdout;
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0);
    const complete = (line: string): string[] => {
      const words = line.split(' ');
      const program = `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _mayor_office; printf '%s\\n' "\${COMPREPLY[@]}"`;
      const r = spawnSync('bash', ['-c', program], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(complete('mayor-office bu')).toEqual(['budget']);
    expect(complete('mayor-office budget ')).toContain('status');
    expect(complete('mayor-office budget status --as')).toEqual(['--as-of']);
    expect(complete('mayor-office cities --by ')).toEqual(['국가', '권역', 'country', 'region']);
    expect(complete('mayor-office headcount status --by 직')).toEqual(['직렬', '직급']);
    expect(complete('mayor-office --lang ')).toEqual(['ko', 'en']);
  });

  it('zsh accepts the zsh script (zsh -n where zsh is installed; else its blocks are balanced)', () => {
    const script = cli(['completion', 'zsh']).stdout;
    expect(script.startsWith('#compdef mayor-office\n')).toBe(true);
    const count = (re: RegExp): number => (script.match(re) ?? []).length;
    expect(count(/\bcase\b/g)).toBe(count(/\besac\b/g));
    expect(count(/\bdo\b/g)).toBe(count(/\bdone\b/g));
    const zsh = spawnSync('zsh', ['-n'], { input: script });
    expect(zsh.error === undefined ? zsh.status : 0).toBe(0);
  });

  it('an unknown shell is a usage error', () => {
    const r = cli(['completion', 'fish']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("mayor-office: 셸 'fish'은(는) 지원하지 않습니다: bash 또는 zsh를 주세요.\n");
  });
});

describe('quiet by default', () => {
  it('a usage error is one line and where to read more, not the whole help', async () => {
    const r = await runCli(['--lang', 'en', 'budget', 'status', '--bogus'], seedRoot);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', "error: unknown option '--bogus'\n(see mayor-office budget status --help)\n"]);
  });

  it('a group command alone, or with a word it does not have, says what may follow (exit 2)', async () => {
    // A group's words, in the order of the command table (a new report of the group joins them).
    const wordsOf = (group: string): string[] => COMMANDS.filter((c) => c.name.startsWith(`${group} `)).map((c) => c.name.slice(group.length + 1));
    const alone = await runCli(['--lang', 'en', 'budget'], seedRoot);
    expect(wordsOf('budget').slice(0, 2)).toEqual(['status', 'monthly']);
    expect([alone.code, alone.stdout, alone.stderr]).toEqual([2, '', `mayor-office: budget needs a command: ${wordsOf('budget').join(', ')} (e.g. mayor-office budget status; see mayor-office budget --help)\n`]);
    const wrong = await runCli(['--lang', 'en', 'expenses', 'lst'], seedRoot);
    expect(wrong.code).toBe(2);
    const words = wordsOf('expenses');
    expect(words.slice(0, 5)).toEqual(['add', 'import', 'list', 'summary', 'disclose']);
    expect(wrong.stderr).toMatch(new RegExp(`^error: unknown command 'lst'.*\\nmayor-office: expenses needs a command: ${words.join(', ')} `));
    expect((await runCli(['budget', 'help', 'status'], seedRoot)).stdout).toMatch(/^사용법: mayor-office budget status/);
  });

  it('-v is --version', async () => {
    const [v, version] = await Promise.all([runCli(['-v'], seedRoot), runCli(['--version'], seedRoot)]);
    expect([v.code, v.stdout]).toEqual([0, version.stdout]);
    expect(v.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('records with warnings and no error end with a ✔ line, not a ✖', async () => {
    const dir = tempTree({ 'data/budget/2021.yaml': BUDGET, 'data/expenses/2021.yaml': 'kind: expenses\nfiscal_year: 2021\nunit: 원\nentries:\n  - { date: 2021-05-03, line: 203-01, amount: 1000, purpose: "" }\n' });
    const [ko, en] = await Promise.all([runCli(['--data', 'data', 'validate'], dir), runCli(['--data', 'data', '--lang', 'en', 'validate'], dir)]);
    expect([ko.code, ko.stdout.trimEnd().split('\n').pop()]).toEqual([0, '✔ 파일 2개, 오류 없음 (경고 1개)']);
    expect(en.stdout.trimEnd().split('\n').pop()).toBe('✔ 2 files, no errors (1 warning)');
  });
});

describe('a line over its budget', () => {
  it('writes its negative 잔액 with △ in Korean, as 진도 and 과부족 do; signed in csv and English', async () => {
    const dir = tempTree({
      'data/budget/2022.yaml': 'kind: budget\nfiscal_year: 2022\nunit: 천원\nlines:\n  - { code: 203-01, name: 기관운영업무추진비, budget: 0 }\n',
      'data/expenses/2022.yaml': 'kind: expenses\nfiscal_year: 2022\nunit: 원\nentries:\n  - { date: 2022-03-03, line: 203-01, amount: 73264220, purpose: a }\n',
    });
    const [ko, en, csv] = await Promise.all([runCli(['--data', 'data', 'budget', 'status'], dir), runCli(['--data', 'data', '--lang', 'en', 'budget', 'status'], dir), runCli(['--data', 'data', 'budget', 'status', '--format', 'csv'], dir)]);
    expect(ko.stdout).toMatch(/│ 계 +│ +0 │ 73,264 │ △73,264 │/);
    expect(en.stdout).toMatch(/│ -73,264 │/);
    expect(csv.stdout).toContain('계,0,73264,-73264,');
  });
});
