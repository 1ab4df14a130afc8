// Global options resolved once per run: language, colour, data folder. The language comes from
// --lang, else the marker's lang, else the locale (LC_ALL, LC_MESSAGES, LANG: ko_KR… is Korean,
// C and POSIX say nothing, any other language is English), else Korean. Colour is on for a
// terminal, forced by FORCE_COLOR=1/2/3 and off with FORCE_COLOR=0; NO_COLOR and --no-color
// always win. The data folder comes
// from --data, else MAYOR_OFFICE_DATA, else the nearest mayor-office.yaml (walking up from the
// cwd; the marker ends the search), else ./data in the cwd. An unrelated data/ further up is
// never picked.
import { existsSync, lstatSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Lang } from '../engine/words.js';
import { CLI_TEXT, LANGS } from '../engine/words.js';
import { settingsValue } from '../engine/settingsYaml.js';
import type { CliIo } from './io.js';
import type { RecordKind } from '../engine/output.js';
import { UsageError } from './errors.js';
import { MARKER, argvLang, localeLang } from './locale.js';

export interface GlobalOptions {
  readonly data?: string;
  /** Given on the command line (langSource 'cli'); otherwise, when set, the language to fall
   *  back on after the marker and the locale (commander gives none: the fallback is ko). */
  readonly lang?: Lang | undefined;
  readonly color: boolean;
  /** False with --no-cache. */
  readonly cache?: boolean | undefined;
  /** Where commander took --lang from ('cli' when given, 'default' otherwise). */
  readonly langSource?: string | undefined;
}

/** The settings file that marks the root of an office's data repository; the locale's language. */
export { MARKER, localeLang } from './locale.js';

export interface Marker {
  /** Absolute path of the mayor-office.yaml found. */
  readonly file: string;
  /** The records folder it names (absolute); `data` beside the marker when it names none. */
  readonly dataDir: string;
  /** The folder as written in the marker, for messages. */
  readonly data: string;
  readonly lang?: Lang;
}

export interface RunContext {
  readonly io: CliIo;
  readonly lang: Lang;
  readonly color: boolean;
  /** Colour for what goes to stderr (problems printed before a report), decided for stderr. */
  readonly colorErr: boolean;
  /** Where problems are shown relative to. */
  readonly cwd: string;
  readonly dataOption: string | undefined;
  /** The nearest mayor-office.yaml, when there is one. */
  readonly marker: Marker | undefined;
  /** The record cache's folder (`recordCacheDir`); undefined when it is off. */
  readonly recordCache?: string | undefined;
  /** --no-cache was given: no cache at all (commander gives the global flag, not the roll-up's
   *  own option of the same name, wherever it is written). */
  readonly noCache?: boolean | undefined;
  /** The record kinds the running command computes from (its entry in cli/options.ts): errors
   *  elsewhere do not stop it. Absent: every kind. */
  readonly needs?: readonly RecordKind[] | 'all' | undefined;
}

export function runContext(io: CliIo, opts: GlobalOptions): RunContext {
  const env = io.env;
  const given = opts.langSource === 'cli' ? opts.lang : undefined;
  // The marker is read with the language asked for on the command line or by the locale, for
  // its own errors.
  const fallback = opts.lang ?? 'ko';
  const marker = findMarker(io.cwd, given ?? localeLang(env) ?? fallback);
  const lang = given ?? marker?.lang ?? localeLang(env) ?? fallback;
  const colour = (tty: boolean | undefined): boolean => colourWanted(env, opts.color, tty === true);
  const recordCache = recordCacheDir(env, io.cwd, opts.cache !== false);
  return { io, lang, color: colour(io.stdout.isTTY), colorErr: colour(io.stderr.isTTY), cwd: io.cwd, dataOption: opts.data, marker, recordCache, noCache: opts.cache === false };
}

/** The folder of the record cache's entries: `records` in MAYOR_OFFICE_CACHE_DIR, else in
 *  $XDG_CACHE_HOME/mayor-office (an absolute XDG_CACHE_HOME only, as the XDG spec says), else in
 *  ~/.cache/mayor-office. Off (undefined) with --no-cache, with MAYOR_OFFICE_CACHE=0 (or false,
 *  off, no), and when no home folder is known. */
export function recordCacheDir(env: CliIo['env'], cwd: string, option: boolean): string | undefined {
  if (!option || /^(0|false|off|no)$/i.test((env['MAYOR_OFFICE_CACHE'] ?? '').trim())) return undefined;
  const own = env['MAYOR_OFFICE_CACHE_DIR'] ?? '';
  if (own !== '') return join(resolve(cwd, own), 'records');
  const xdg = env['XDG_CACHE_HOME'] ?? '';
  if (isAbsolute(xdg)) return join(xdg, 'mayor-office', 'records');
  const home = env['HOME'] ?? env['USERPROFILE'] ?? '';
  return isAbsolute(home) ? join(home, '.cache', 'mayor-office', 'records') : undefined;
}

/** Colour for a stream: --no-color and NO_COLOR turn it off; FORCE_COLOR=1, 2 or 3 (or true)
 *  turns it on, FORCE_COLOR=0 (or false) off; else a terminal that is not TERM=dumb has it. */
export function colourWanted(env: CliIo['env'], option: boolean, tty: boolean): boolean {
  if (option === false || (env['NO_COLOR'] ?? '') !== '') return false;
  const force = (env['FORCE_COLOR'] ?? '').trim().toLowerCase();
  if (/^[123]$|^true$/.test(force)) return true;
  if (/^0$|^false$/.test(force)) return false;
  return tty && env['TERM'] !== 'dumb';
}

/** The last --lang of the command line (cli/locale.ts, where the resident process's client and
 *  the help kept in the release find it too). */
export { argvLang };

/** The language of a run before its options are parsed (for --help and usage errors): the same
 *  precedence as runContext; a marker that cannot be read says nothing here (the command that
 *  reads it reports it). */
export function runLanguage(argv: readonly string[], io: CliIo): Lang {
  const given = argvLang(argv);
  if (given) return given;
  let marker: Lang | undefined;
  try {
    marker = findMarker(io.cwd, localeLang(io.env) ?? 'ko')?.lang;
  } catch {
    marker = undefined;
  }
  return marker ?? localeLang(io.env) ?? 'ko';
}

const isDir = (p: string): boolean => {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
};

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

/** The nearest mayor-office.yaml at or above `cwd`, read; a marker that cannot be read or has
 *  wrong settings is a configuration error (exit 2) that names the file. */
export function findMarker(cwd: string, lang: Lang): Marker | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const file = join(dir, MARKER);
    if (isFile(file)) return readMarker(file, lang);
    if (dirname(dir) === dir) return undefined;
  }
}

export function readMarker(file: string, lang: Lang): Marker {
  const text = CLI_TEXT[lang];
  let value: unknown;
  try {
    value = settingsValue(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (err) {
    const mark = (err as { mark?: { line: number; column: number } }).mark;
    const where = mark ? `${file}:${mark.line + 1}:${mark.column + 1}` : file;
    throw new UsageError(text.badMarker(where, (err as { reason?: string }).reason ?? (err as Error).message));
  }
  if (value === undefined || value === null) value = {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new UsageError(text.badMarker(file, text.markerNotMapping));
  const settings = value as Record<string, unknown>;
  const data = settings['data'] ?? 'data';
  if (typeof data !== 'string' || data === '') throw new UsageError(text.badMarker(file, text.markerBadData(String(data))));
  const l = settings['lang'];
  if (l !== undefined && !LANGS.includes(l as Lang)) throw new UsageError(text.badMarker(file, text.markerBadLang(String(l))));
  return { file, dataDir: resolve(dirname(file), data), data, ...(l !== undefined ? { lang: l as Lang } : {}) };
}

/** The records folder: --data, else MAYOR_OFFICE_DATA, else the folder the nearest
 *  mayor-office.yaml names, else ./data. */
export function resolveDataDir(ctx: RunContext): string {
  const named = (value: string, shown: string): string => {
    const dir = resolve(ctx.cwd, value);
    if (!isDir(dir)) throw new UsageError(CLI_TEXT[ctx.lang].noDataDir(shown));
    return dir;
  };
  if (ctx.dataOption !== undefined) return named(ctx.dataOption, ctx.dataOption);
  const fromEnv = ctx.io.env['MAYOR_OFFICE_DATA'];
  if (fromEnv !== undefined && fromEnv !== '') return named(fromEnv, fromEnv);
  if (ctx.marker !== undefined) {
    if (!isDir(ctx.marker.dataDir)) throw new UsageError(CLI_TEXT[ctx.lang].markerNoDataDir(ctx.marker.file, ctx.marker.data));
    return ctx.marker.dataDir;
  }
  return named('data', 'data');
}

export function checkPathsExist(ctx: RunContext, paths: readonly string[]): string[] {
  return paths.map((p) => {
    const full = resolve(ctx.cwd, p);
    // A dangling link is still "there": reading it reports the problem in place.
    if (!existsSync(full) && !isLink(full)) throw new UsageError(CLI_TEXT[ctx.lang].pathMissing(p));
    return full;
  });
}

function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
