// The README's command reference is made from the option table; it must not drift.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { commandReference, REFERENCE_END, REFERENCE_START } from '../../src/cli/reference.js';

describe('README', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  it('starts with the install-and-run command and the test command', () => {
    const firstBlock = readme.slice(readme.indexOf('```sh'), readme.indexOf('```', readme.indexOf('```sh') + 5));
    expect(firstBlock).toContain('npm ci && npx mayor-office budget status');
    expect(firstBlock).toContain('npm test');
  });
  it('holds the command reference of the current option table', () => {
    const block = readme.slice(readme.indexOf(REFERENCE_START) + REFERENCE_START.length, readme.indexOf(REFERENCE_END));
    expect(block.trim()).toBe(commandReference().trim());
  });
});
