// A report's parameters read back from a page's query as the cli reads them from argv: the
// defaults of the registry, a choice in its Korean word or another spelling, a required one
// missing, a choice that is not one; and the serve command's own usage errors.
import { describe, expect, it } from 'vitest';
import { reportNamed } from '../../src/engine/reports.js';
import { fieldsOf, formatsOf, readParams } from '../../src/serve/params.js';
import { runCli } from '../helpers.js';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root, seedRoot } from '../e2e/cli.js';

const spec = (name: string) => reportNamed(name)!;

describe('readParams', () => {
  it('gives the defaults of the registry and the format asked for', () => {
    const r = readParams(spec('cities'), new URLSearchParams(), 'html');
    expect(r.errors.size).toBe(0);
    expect(r.params).toMatchObject({ by: 'country', format: 'html' });
  });

  it('reads a choice in its Korean word, and a length in days or weeks as the cli does', () => {
    expect(readParams(spec('cities'), new URLSearchParams('by=권역&type=친선'), 'html').params).toMatchObject({ by: 'region', type: 'sister' });
    expect(readParams(spec('tasks upcoming'), new URLSearchParams('within=8주'), 'html').params).toMatchObject({ within: '8w' });
  });

  it('says which field is wrong: a choice that is not one, a required one missing, the argument of tasks show', () => {
    const bad = readParams(spec('cities'), new URLSearchParams('by=planet'), 'html');
    expect(bad.errors.get('by')).toEqual({ badChoice: 'planet', choices: ['country', 'region'] });
    expect(readParams(spec('expenses disclose'), new URLSearchParams(), 'html').errors.get('month')).toBe('missing');
    expect(readParams(spec('tasks show'), new URLSearchParams(), 'html').errors.get('arg')).toBe('missing');
    expect(readParams(spec('tasks show'), new URLSearchParams('arg=4'), 'html').args).toEqual(['4']);
  });

  it('leaves the output options out of the form, and offers each format of the report', () => {
    expect(fieldsOf(spec('budget status')).map((f) => f.key)).toEqual(['asOf', 'year', 'by']);
    expect(fieldsOf(spec('expenses list')).map((f) => f.key)).toEqual(['month', 'line', 'dept', 'year', 'payment', 'text']);
    expect(formatsOf(spec('expenses disclose'))).toEqual(['xlsx', 'csv', 'html', 'md']);
  });
});

describe('mayor-office serve, usage errors', () => {
  it('a port that is not one, and a data folder that does not exist: exit 2, one line', async () => {
    for (const args of [['serve', '--port', 'http'], ['serve', '--port', '70000'], ['serve', '--data', 'no-such-folder']]) {
      const r = await runCli(args, seedRoot);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });
});

describe('mayor-office serve, as started', () => {
  it('prints the address with its token on 127.0.0.1 and ends with 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(root, 'bin', 'mayor-office.js'), 'serve', '--lang', 'en', '--read-only'], { cwd: seedRoot, env: { PATH: process.env['PATH'] ?? '' } });
    let out = '';
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (c: Buffer) => {
        out += c.toString('utf8');
        if (out.includes('Ctrl+C')) done();
      });
      child.on('exit', (code) => fail(new Error(`ended with ${code}: ${out}`)));
    });
    expect(out).toMatch(/^The records as a web page \(read-only\): http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}\n/);
    const ended = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await ended).toBe(0);
  });
});
