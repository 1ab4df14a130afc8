// The help kept in the release: `mayor-office [command words] --help` printed from help.json,
// which scripts/bundle.mjs writes beside the bundle from the program itself (run.ts
// `helpTexts`: every command, group and the program, in both languages, at 80 columns), so the
// help of a command does not load commander and the command table (docs/performance.md,
// "Start-up"). Anything this cannot decide exactly as a full run would is left to the full run:
// other arguments, a terminal of another width, a marker in any but the simplest form, a command
// the file does not hold, no file at all (dist/, where the help is always made afresh).
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../engine/words.js';
import type { CliIo } from './io.js';
import { MARKER, localeLang } from './locale.js';

/** What help.json holds: each language's help text by the command's words ('' the program's). */
export type KeptHelpTexts = Record<Lang, Record<string, string>>;

const HELP_FILE = new URL('../../generated/help.json', import.meta.url);

/** The help text a full run would print for `argv`, when this can tell it without one. */
export function keptHelp(argv: readonly string[], io: CliIo): string | undefined {
  const words = helpWords(argv);
  if (words === undefined) return undefined;
  // A full run wraps the help for the terminal it goes to, else at 80 columns.
  const columns = io.stdout.isTTY ? io.stdout.columns : undefined;
  if (columns && columns !== 80) return undefined;
  const lang = quickLang(io);
  if (lang === undefined) return undefined;
  let kept: Partial<KeptHelpTexts>;
  try {
    kept = JSON.parse(readFileSync(HELP_FILE, 'utf8')) as Partial<KeptHelpTexts>;
  } catch {
    return undefined;
  }
  const text = kept[lang]?.[words];
  return typeof text === 'string' ? text : undefined;
}

/** `budget status --help` → 'budget status'; `--help` → ''; undefined for any other command line. */
export function helpWords(argv: readonly string[]): string | undefined {
  const last = argv[argv.length - 1];
  if (last !== '--help' && last !== '-h') return undefined;
  const words = argv.slice(0, -1);
  return words.every((w) => /^[a-z]+$/.test(w)) ? words.join(' ') : undefined;
}

/** The language of a run without options, as cli/context.ts `runLanguage` decides it: the
 *  nearest marker's lang, else the locale, else Korean; undefined when the marker is not in the
 *  plain form this reads (markerValue) or names no language. */
export function quickLang(io: Pick<CliIo, 'cwd' | 'env'>): Lang | undefined {
  const fallback = localeLang(io.env) ?? 'ko';
  for (let dir = resolve(io.cwd); ; dir = dirname(dir)) {
    const file = join(dir, MARKER);
    if (isFile(file)) {
      let text: string;
      try {
        text = readFileSync(file, 'utf8');
      } catch {
        return undefined;
      }
      const value = markerValue(text);
      const lang = value?.['lang'];
      // A lang that is no language makes a run refuse the marker (cli/context.ts readMarker):
      // left to it.
      if (value === undefined || (lang !== undefined && lang !== 'ko' && lang !== 'en')) return undefined;
      return lang ?? fallback;
    }
    if (dirname(dir) === dir) return fallback;
  }
}

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** What YAML's core schema reads as other than a string, in a plain value. */
const NOT_TEXT = /^(?:null|Null|NULL|~|true|True|TRUE|false|False|FALSE|\.(?:inf|Inf|INF|nan|NaN|NAN)|\.?[0-9].*)$/;

/**
 * The marker's settings, when every line of it is blank, a comment, or a top-level `key: value`
 * with a key of small letters (no two keys YAML would take for one, as `True` and `true`) given
 * once, and a plain one-word value that the core schema reads as text; undefined for anything
 * else, which the full run reads with its YAML reader. Not the line reader of the records
 * (load/flowLines.ts): the kept help would load a chunk of 38 KB and five files more with it.
 */
export function markerValue(text: string): Record<string, string> | undefined {
  const value = Object.create(null) as Record<string, string>;
  for (const raw of text.replace(/^\uFEFF/, '').split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (/^[ \t]*(?:#.*)?$/.test(line)) continue;
    const m = /^([a-z_][a-z0-9_-]*):[ \t]+([A-Za-z0-9_./][A-Za-z0-9_./-]*)(?:[ \t]+#.*)?[ \t]*$/.exec(line);
    if (!m || Object.prototype.hasOwnProperty.call(value, m[1]!) || NOT_TEXT.test(m[2]!)) return undefined;
    value[m[1]!] = m[2]!;
  }
  return value;
}
