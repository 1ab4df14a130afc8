// Which Chromium the browser test drives, and the one Korean font it sees. The test must run
// where only Node and npm are installed, with no network but the npm registry, so when no
// Chromium is given or installed it uses the headless build that the devDependency
// @sparticuz/chromium ships inside its npm tarball (brotli-compressed, unpacked once into
// node_modules/.cache), and Noto Sans KR from the devDependency @embedpdf/fonts-kr. Every
// browser sees that font alone (a fontconfig file of our own), so the pages break at the same
// places on every machine, whatever fonts the machine has.
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

const require = createRequire(import.meta.url);
const root = join(import.meta.dirname, '..', '..');
const cacheRoot = join(root, 'node_modules', '.cache', 'mayor-office-browser');

/** Playwright adds --headless, --no-sandbox and a fresh temporary --user-data-dir itself (it
 *  refuses a --user-data-dir among the args); the rest keep Chromium off this closed network. */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A system Chromium: Debian's and Ubuntu's paths, then the same names on PATH. */
export function systemChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const dirs = ['/usr/bin', ...(env['PATH'] ?? '').split(delimiter).filter(Boolean)];
  for (const dir of dirs) {
    for (const name of ['chromium', 'chromium-browser']) {
      if (existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return undefined;
}

export interface ChromiumChoice {
  readonly executable: string;
  /** Where it came from, said in a failure message. */
  readonly source: 'MAYOR_OFFICE_CHROMIUM' | 'system' | 'npm';
  /** Extra environment for the browser process (the npm build's own libraries). */
  readonly env: Readonly<Record<string, string>>;
}

/** The folder of an installed package (whose exports may not include package.json). */
function packageDir(name: string): string {
  const dir = (require.resolve.paths(name) ?? []).map((p) => join(p, name)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed: run npm ci`);
  return dir;
}

/** Writes a file by renaming a finished temporary one, so a second test process never sees it
 *  half-written. */
function writeOnce(path: string, body: Uint8Array | string, mode = 0o644): void {
  if (existsSync(path)) return;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, body);
  chmodSync(tmp, mode);
  renameSync(tmp, path);
}

/** The regular files of a tar archive (ustar; other entry kinds are skipped). */
function untar(tar: Buffer): { name: string; body: Buffer }[] {
  const files: { name: string; body: Buffer }[] = [];
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const field = (from: number, to: number): string => header.toString('utf8', from, to).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 136).trim() || '0', 8);
    const prefix = field(345, 500);
    const name = (prefix ? `${prefix}/` : '') + field(0, 100);
    const type = field(156, 157);
    if (type === '0' || type === '') files.push({ name, body: tar.subarray(at + 512, at + 512 + size) });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Unpacks @sparticuz/chromium's binary and the NSS libraries it links (built for Amazon Linux,
 *  whose glibc is older than Debian 12's), so no system library beyond glibc is needed. */
function npmChromium(): ChromiumChoice {
  const pkg = packageDir('@sparticuz/chromium');
  const { version } = JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string };
  const bin = join(pkg, 'bin');
  const dir = join(cacheRoot, `chromium-${version}`);
  const executable = join(dir, 'chromium');
  const lib = join(dir, 'lib');
  if (!existsSync(join(lib, 'libnss3.so'))) {
    for (const f of untar(brotliDecompressSync(readFileSync(join(bin, 'al2023.tar.br'))))) {
      if (f.name.startsWith('lib/')) writeOnce(join(dir, f.name), f.body, 0o755);
    }
  }
  writeOnce(executable, brotliDecompressSync(readFileSync(join(bin, 'chromium.br'))), 0o755);
  return { executable, source: 'npm', env: { LD_LIBRARY_PATH: [lib, process.env['LD_LIBRARY_PATH']].filter(Boolean).join(':') } };
}

/** MAYOR_OFFICE_CHROMIUM if set (a path, or `npm` for the npm-provided one even where a system
 *  Chromium is installed), else a system Chromium, else the one npm brought. */
export function chooseChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const given = env['MAYOR_OFFICE_CHROMIUM'];
  if (given === 'npm') return npmChromium();
  if (given) {
    if (!existsSync(given)) throw new Error(`MAYOR_OFFICE_CHROMIUM=${given}: no such file. Unset it to use a system or the npm-provided Chromium.`);
    return { executable: given, source: 'MAYOR_OFFICE_CHROMIUM', env: {} };
  }
  const system = systemChromium(env);
  if (system) return { executable: system, source: 'system', env: {} };
  return npmChromium();
}

/** A fontconfig file whose only font is Noto Sans KR (the OTF files of @embedpdf/fonts-kr,
 *  family name "Noto Sans Korean"), which also stands for sans-serif, serif and monospace. */
export function koreanFontConfig(): string {
  const fonts = join(packageDir('@embedpdf/fonts-kr'), 'fonts');
  if (!existsSync(join(fonts, 'NotoSansKR-Regular.otf'))) throw new Error(`Noto Sans KR is missing from ${fonts}: run npm ci`);
  const file = join(cacheRoot, 'fonts.conf');
  const alias = (generic: string): string => `  <alias binding="same"><family>${generic}</family><prefer><family>Noto Sans Korean</family></prefer></alias>`;
  const conf = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${fonts}</dir>`,
    `  <cachedir>${join(cacheRoot, 'fontconfig')}</cachedir>`,
    ...['sans-serif', 'serif', 'monospace'].map(alias),
    '</fontconfig>',
    '',
  ].join('\n');
  mkdirSync(cacheRoot, { recursive: true });
  if (!existsSync(file) || readFileSync(file, 'utf8') !== conf) {
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, conf);
    renameSync(tmp, file);
  }
  return file;
}

export interface LaunchedChromium {
  readonly browser: Browser;
  readonly choice: ChromiumChoice;
}

/** Starts the chosen Chromium headless, seeing only the Korean test font. Throws, saying which
 *  Chromium failed and how to give another, when none starts: the test must not be skipped. */
export async function launchChromium(): Promise<LaunchedChromium> {
  const choice = chooseChromium();
  const fontsConf = koreanFontConfig();
  try {
    const browser = await chromium.launch({
      executablePath: choice.executable,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      env: { ...process.env, ...choice.env, FONTCONFIG_FILE: fontsConf },
      timeout: 60000,
    });
    return { browser, choice };
  } catch (e) {
    throw new Error(
      `Chromium (${choice.source}: ${choice.executable}) did not start: ${(e as Error).message}\n` +
        'Give a working Chromium with MAYOR_OFFICE_CHROMIUM=/path/to/chromium, or run npm ci to get the npm-provided one.',
    );
  }
}
