#!/usr/bin/env node
// Pictures of the work report as Word lays it out: writes the report of each fixture office as
// docx, converts it to PDF with LibreOffice and each page to a PNG with pdftoppm, into
// test-artifacts/docx/. Both programs come from the system (Debian: libreoffice-writer,
// poppler-utils); the tests do not need them, this is for looking at the pages.
//   npm run docx-pages
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'test-artifacts', 'docx');
const OFFICES = [
  ['secretariat', 'test/fixtures/secretariat/data'],
  ['other-office', 'test/fixtures/other-office'],
  ['district', 'test/fixtures/district'],
];

const has = (cmd) => spawnSync(cmd, [cmd === 'pdftoppm' ? '-v' : '--version'], { stdio: 'ignore' }).status === 0;
for (const [cmd, pkg] of [['soffice', 'libreoffice-writer'], ['pdftoppm', 'poppler-utils']]) {
  if (!has(cmd)) {
    console.error(`docx-pages: ${cmd} is not installed; install it (Debian: apt-get install ${pkg}) and run again.`);
    process.exit(2);
  }
}
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
for (const [name, data] of OFFICES) {
  const docx = join(out, `${name}.docx`);
  execFileSync(process.execPath, [join(root, 'bin', 'mayor-office.js'), '--data', join(root, data), 'report', '--out', docx], { stdio: 'inherit' });
  // A profile folder of its own, so a LibreOffice already open elsewhere does not swallow the call.
  execFileSync('soffice', [`-env:UserInstallation=file://${join(out, '.profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, docx], { stdio: 'ignore', timeout: 180_000 });
  execFileSync('pdftoppm', ['-r', '80', '-png', join(out, `${name}.pdf`), join(out, name)]);
  const pages = readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  console.log(`${name}: ${pages.length} pages → ${join('test-artifacts', 'docx', `${name}-N.png`)}`);
}
rmSync(join(out, '.profile'), { recursive: true, force: true });
