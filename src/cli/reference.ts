// The README's command reference, made from the same option table as --help
// (scripts/readme-reference.mjs writes it; a test checks the README still matches). It is in
// English; --help under --lang ko gives the same in Korean, and the Korean words each choice
// accepts are listed beside it.
import { COMMANDS, GLOBAL_OPTIONS } from './options.js';
import type { OptionSpec } from './options.js';
import { FORMATS, FORMAT_NAMES } from '../engine/output.js';

const row = (o: OptionSpec): string => {
  const extra = [o.required ? 'required' : '', o.choices ? `one of ${o.choices.map((c) => `\`${c}\`${o.choiceWords?.[c] ? ` (${o.choiceWords[c].map((w) => `\`${w}\``).join(', ')})` : ''}`).join(', ')}` : '', o.default !== undefined ? `default \`${String(o.default)}\`` : '']
    .filter(Boolean)
    .join('; ');
  return `| \`${o.flags}\` | ${o.description.en}${extra ? ` (${extra})` : ''} |`;
};

export function commandReference(): string {
  const out: string[] = ['Options for every command:', '', '| option | meaning |', '|---|---|', ...GLOBAL_OPTIONS.map(row), ''];
  // Each format says what it writes in its own entry (src/render/formats/), so this list follows.
  out.push('The output formats of `--format` (or of the ending of `--out`); [docs/formats.md](docs/formats.md) says more of each:', '');
  out.push('| format | file endings | what it writes |', '|---|---|---|', ...FORMAT_NAMES.map((f) => `| \`${f}\` | ${FORMATS[f].extensions.join(', ')} | ${FORMATS[f].description} |`), '');
  for (const c of COMMANDS) {
    out.push(`### \`mayor-office ${c.name}${c.args ? ` ${c.args}` : ''}\``, '', c.summary.en.charAt(0).toUpperCase() + c.summary.en.slice(1) + '.', '');
    if (c.options.length) out.push('| option | meaning |', '|---|---|', ...c.options.map(row), '');
    if (c.exitCodes) out.push(`Exit codes: ${c.exitCodes.map((e) => e.en).join('; ')}.`, '');
  }
  return out.join('\n');
}

export const REFERENCE_START = '<!-- command reference: made by `node scripts/readme-reference.mjs` from src/cli/options.ts -->';
export const REFERENCE_END = '<!-- end of command reference -->';
