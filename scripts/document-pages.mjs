#!/usr/bin/env node
// Pictures of the work report as an office opens it: writes the report of each fixture office as
// docx and as xlsx, converts each to PDF with LibreOffice and each page to a PNG with pdftoppm,
// into test-artifacts/pages/. Both programs come from the system (Debian: libreoffice-writer,
// libreoffice-calc, poppler-utils); the tests do not need them, this is for looking at the pages.
//   npm run document-pages
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-artifacts', 'pages');
const OFFICES = [
  ['secretariat', 'test/fixtures/secretariat/data'],
  ['other-office', 'test/fixtures/other-office'],
  ['district', 'test/fixtures/district'],
];

const has = (cmd) => spawnSync(cmd, [cmd === 'pdftoppm' ? '-v' : '--version'], { stdio: 'ignore' }).status === 0;
for (const [cmd, pkg] of [['soffice', 'libreoffice-writer libreoffice-calc'], ['pdftoppm', 'poppler-utils']]) {
  if (!has(cmd)) {
    console.error(`document-pages: ${cmd} is not installed; install it (Debian: apt-get install ${pkg}) and run again.`);
    process.exit(2);
  }
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [office, data] of OFFICES) {
  for (const ext of ['docx', 'xlsx']) {
    const name = `${office}-${ext}`;
    const file = join(out, `${name}.${ext}`);
    execFileSync(process.execPath, [join(root, 'bin', 'mayor-office.js'), '--data', join(root, data), 'report', '--out', file], { stdio: 'inherit' });
    // A profile folder of its own, so a LibreOffice already open elsewhere does not swallow the call.
    execFileSync('soffice', [`-env:UserInstallation=file://${join(out, '.profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, file], { stdio: 'ignore', timeout: 180_000 });
    execFileSync('pdftoppm', ['-r', '80', '-png', join(out, `${name}.pdf`), join(out, name)]);
    const pages = readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
    console.log(`${name}: ${pages.length} pages → ${join('test-artifacts', 'pages', `${name}-N.png`)}`);
  }
}
rmSync(join(out, '.profile'), { recursive: true, force: true });
