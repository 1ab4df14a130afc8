// Colour is on only for a terminal, and never with NO_COLOR, TERM=dumb or --no-color.
import { describe, expect, it } from 'vitest';
import { runContext } from '../../src/cli/context.js';

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
