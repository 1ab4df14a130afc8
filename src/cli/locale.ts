// What the language of a run is decided from, before anything is loaded: the locale and the
// name of the marker file. In a module of its own, with no imports but the languages, so that
// the help kept in the release (cli/keptHelp.ts) finds the language as a full run does.
import type { Lang } from '../engine/words.js';

/** The settings file that marks the root of an office's data repository. */
export const MARKER = 'mayor-office.yaml';

/** The language the locale asks for: the first set of LC_ALL, LC_MESSAGES, LANG; ko… is Korean,
 *  C or POSIX says nothing (undefined), any other language is English. */
export function localeLang(env: Readonly<Record<string, string | undefined>>): Lang | undefined {
  const locale = [env['LC_ALL'], env['LC_MESSAGES'], env['LANG']].find((v) => v !== undefined && v !== '');
  if (locale === undefined || /^(C|POSIX)([._@]|$)/i.test(locale)) return undefined;
  return /^ko([_.@-]|$)/i.test(locale) ? 'ko' : 'en';
}

/** The last --lang of the command line, when it names a language. */
export function argvLang(argv: readonly string[]): Lang | undefined {
  let found: Lang | undefined;
  argv.forEach((a, i) => {
    const v = a.startsWith('--lang=') ? a.slice('--lang='.length) : a === '--lang' ? argv[i + 1] : undefined;
    if (v === 'ko' || v === 'en') found = v;
  });
  return found;
}
