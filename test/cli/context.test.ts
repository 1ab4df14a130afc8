// Colour is on only for a terminal, and never with NO_COLOR, TERM=dumb or --no-color.
import { describe, expect, it } from 'vitest';
import { recordCacheDir, runContext } from '../../src/cli/context.js';

const io = (isTTY: boolean, env: Record<string, string> = {}) => ({
  cwd: '/',
  env,
  stdout: { write: () => true, isTTY },
  stderr: { write: () => true, isTTY },
});

describe('colour', () => {
  it('is on for a terminal', () => expect(runContext(io(true), { lang: 'ko', color: true }).color).toBe(true));
  it('is off when output is not a terminal', () => expect(runContext(io(false), { lang: 'ko', color: true }).color).toBe(false));
  it('is off with NO_COLOR', () => expect(runContext(io(true, { NO_COLOR: '1' }), { lang: 'ko', color: true }).color).toBe(false));
  it('is off with TERM=dumb', () => expect(runContext(io(true, { TERM: 'dumb' }), { lang: 'ko', color: true }).color).toBe(false));
  it('is off with --no-color', () => expect(runContext(io(true), { lang: 'ko', color: false }).color).toBe(false));
});

describe('the record cache folder', () => {
  const at = (env: Record<string, string>, option = true): string | undefined => recordCacheDir(env, '/work', option);
  it('is MAYOR_OFFICE_CACHE_DIR (from the working folder), else XDG_CACHE_HOME, else ~/.cache', () => {
    expect(at({ MAYOR_OFFICE_CACHE_DIR: 'c', XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/work/c/records');
    expect(at({ XDG_CACHE_HOME: '/x', HOME: '/h' })).toBe('/x/mayor-office/records');
    // A relative XDG_CACHE_HOME is ignored, as the XDG spec says.
    expect(at({ XDG_CACHE_HOME: 'x', HOME: '/h' })).toBe('/h/.cache/mayor-office/records');
  });
  it('is off with --no-cache, MAYOR_OFFICE_CACHE=0 and without a home', () => {
    expect(at({ HOME: '/h' }, false)).toBeUndefined();
    for (const off of ['0', 'false', 'OFF', 'no']) expect(at({ HOME: '/h', MAYOR_OFFICE_CACHE: off })).toBeUndefined();
    expect(at({ HOME: '/h', MAYOR_OFFICE_CACHE: '1' })).toBe('/h/.cache/mayor-office/records');
    expect(at({})).toBeUndefined();
    expect(runContext(io(false, { HOME: '/h' }), { lang: 'ko', color: true, cache: false })).toMatchObject({ recordCache: undefined, noCache: true });
  });
});
