// The release bundle (bundle/, committed: docs/architecture.md, "Release"): it is what
// scripts/bundle.mjs makes of the sources now, and it does what dist/ does. The rest of the
// end-to-end tests run a bundle of the sources built for the run (test/e2e/cli.ts); here, through
// this checkout's bin (checkoutCli, which prefers dist/), each part of the bundle that
// is loaded apart — the CommonJS files loaded by a require (yaml to locate a problem, iconv-lite
// for a CP949 file, the validators), the chunks of exceljs, jszip and docx, the package.json and
// schemas/ named relative to the code — runs once from the bundle, and its output must be the
// output of dist/, byte for byte.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cp949Csv, koreanXlsx } from '../import/disclosures.js';
import { checkoutCli as cli, root, seedRoot } from './cli.js';

const bundleDir = join(root, 'bundle');

let launcher = '';

/** Runs the committed bundle through bin/mayor-office.js, as an installed package runs it (no
 *  dist/ beside it), with the same environment as cli(). */
function bundled(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [launcher, ...args], { cwd, encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the release bundle', () => {
  let tmp = '';
  beforeAll(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'mayor-office-bundle-'));
    // The package's bin/ beside the committed bundle/, and no dist/.
    cpSync(join(root, 'bin'), join(tmp, 'package', 'bin'), { recursive: true });
    symlinkSync(bundleDir, join(tmp, 'package', 'bundle'), 'dir');
    launcher = join(tmp, 'package', 'bin', 'mayor-office.js');
    cpSync(join(root, 'test', 'fixtures', 'other-office'), join(tmp, 'office', 'data'), { recursive: true });
    cpSync(seedRoot, join(tmp, 'seed'), { recursive: true });
    writeFileSync(join(tmp, 'office', '8월.csv'), cp949Csv());
    writeFileSync(join(tmp, 'office', '7월.xlsx'), await koreanXlsx());
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('the committed bundle/ is what `npm run bundle` makes of the sources (else: npm run bundle, commit bundle/)', () => {
    const fresh = join(tmp, 'fresh');
    const r = spawnSync(process.execPath, [join(root, 'scripts', 'bundle.mjs'), '--outdir', fresh], { cwd: root, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const committed = readdirSync(bundleDir).sort();
    expect(committed).toEqual(readdirSync(fresh).sort());
    const differ = committed.filter((f) => !readFileSync(join(bundleDir, f)).equals(readFileSync(join(fresh, f))));
    expect(differ).toEqual([]);
  });

  const same = (args: string[], cwd: string): { code: number; stdout: string; stderr: string } => {
    const fromDist = cli(args, cwd);
    const fromBundle = bundled(args, cwd);
    expect(fromBundle).toEqual(fromDist);
    return fromBundle;
  };

  it('--version and --help (the help kept in help.json, in the marker\'s language)', () => {
    same(['--version'], seedRoot);
    same(['--help'], seedRoot);
    same(['budget', 'status', '--help'], seedRoot);
    same(['expenses', '-h'], seedRoot);
    const english = join(tmp, 'english');
    mkdirSync(join(english, 'below'), { recursive: true });
    writeFileSync(join(english, 'mayor-office.yaml'), 'data: data\nlang: en\n');
    expect(same(['validate', '--help'], join(english, 'below')).stdout).toMatch(/^Usage: mayor-office validate/);
    // Not in the plain form the kept help reads: the full run decides, with the same result.
    writeFileSync(join(english, 'mayor-office.yaml'), '{ data: data, lang: en }\n');
    expect(same(['validate', '--help'], join(english, 'below')).stdout).toMatch(/^Usage: mayor-office validate/);
  });

  it('--help and --version to a full disk: the one line and exit 2 of dist/, from the launcher\'s own path', () => {
    if (!existsSync('/dev/full')) return void console.log('no /dev/full here: the failed stdout is tested in streams.e2e.test.ts only');
    for (const args of [['--version'], ['budget', 'status', '--help'], ['--lang', 'en', '--help']]) {
      const ends = [launcher, join(root, 'bin', 'mayor-office.js')].map((bin) => {
        const full = openSync('/dev/full', 'w');
        const r = spawnSync(process.execPath, [bin, ...args], { cwd: seedRoot, env: { PATH: process.env['PATH'] ?? '' }, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
        closeSync(full);
        return [r.status, r.stderr];
      });
      expect(ends[0]![0]).toBe(2);
      expect(ends[0]![1]).toMatch(/^mayor-office: .*: ENOSPC \(.*\)\n$/);
      expect(ends[0]).toEqual(ends[1]);
    }
  });

  it('budget status, and a broken folder whose problems are located with yaml', () => {
    same(['budget', 'status'], seedRoot);
    const broken = bundled(['validate', '--data', join(root, 'test', 'fixtures', 'broken'), '--lang', 'en'], root);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(/:\d+:\d+ error /);
    same(['validate', '--data', join(root, 'test', 'fixtures', 'broken'), '--lang', 'en'], root);
  });

  it('expenses import of a CP949 file and of an xlsx file; expenses add of a new year (its schema modeline)', () => {
    const office = join(tmp, 'office');
    const csv = same(['expenses', 'import', '8월.csv', '--dry-run', '--format', 'json'], office);
    expect([csv.code, csv.stdout]).toEqual([0, expect.stringContaining('cp949')]);
    const xlsx = same(['expenses', 'import', '7월.xlsx', '--dry-run', '--format', 'json'], office);
    expect([xlsx.code, JSON.parse(xlsx.stdout).imported]).toEqual([0, 2]);
    // The seed records have no expenses file: the new one's modeline names the tool's schemas/.
    const add = same(['expenses', 'add', '--date', '2021-05-03', '--line', '203-01', '--amount', '350000', '--purpose', '간담회', '--dry-run'], join(tmp, 'seed'));
    expect([add.code, add.stderr]).toEqual([0, '']);
    expect(add.stdout).toMatch(/\$schema=\S*schemas\/expenses\.schema\.json/);
  });

  it('the same xlsx and docx bytes', () => {
    for (const out of ['budget.xlsx', 'report.docx']) {
      const args = out.endsWith('.xlsx') ? ['budget', 'status', '--data', join(seedRoot, 'data')] : ['report', '--data', join(seedRoot, 'data')];
      const a = cli([...args, '--out', join(tmp, `dist-${out}`)], tmp);
      const b = bundled([...args, '--out', join(tmp, `bundle-${out}`)], tmp);
      expect([b.code, b.stderr]).toEqual([a.code, a.stderr]);
      expect(a.code).toBe(0);
      expect(readFileSync(join(tmp, `bundle-${out}`)).equals(readFileSync(join(tmp, `dist-${out}`)))).toBe(true);
    }
  });
});
