// Rewrites the command reference in README.md from the option table (run after `npm run make`).
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { commandReference, REFERENCE_START, REFERENCE_END } from '../dist/cli/reference.js';

const readme = readFileSync('README.md', 'utf8');
const a = readme.indexOf(REFERENCE_START);
const b = readme.indexOf(REFERENCE_END);
if (a < 0 || b < a) throw new Error('README.md has no command reference markers');
const next = readme.slice(0, a + REFERENCE_START.length) + '\n\n' + commandReference() + '\n' + readme.slice(b);
writeFileSync('README.md.tmp', next);
renameSync('README.md.tmp', 'README.md');
