// The lists of self-describing modules (a format writer, a report, a cross-record check that
// declares itself in its folder) are made from the folders at compile time and not committed:
// each must be what scripts/gen-module-lists.mjs makes from its folder now, and must list a
// module that declares itself and no other.
import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIST_FILE, MODULE_LISTS, listText, writeLists } from '../../scripts/gen-module-lists.mjs';

const root = join(import.meta.dirname, '..', '..');
type Spec = { folder: string; export: string; list: string };

describe('module lists', () => {
  for (const spec of MODULE_LISTS as Spec[]) {
    it(`${spec.folder}/${LIST_FILE} is what its folder makes now (npm run compile writes it)`, () => {
      expect(readFileSync(join(root, spec.folder, LIST_FILE), 'utf8')).toBe(listText(spec));
    });
  }

  it('lists a module that exports its declaration, by its file name, and leaves out the others', () => {
    const base = mkdtempSync(join(tmpdir(), 'mayor-office-lists-'));
    try {
      for (const spec of MODULE_LISTS as Spec[]) {
        mkdirSync(join(base, spec.folder), { recursive: true });
        writeFileSync(join(base, spec.folder, 'by-place.ts'), `export const ${spec.export} = {};\n`);
        writeFileSync(join(base, spec.folder, 'helper.ts'), `export const other = {};\n// export const ${spec.export} in a comment is no declaration\n`);
      }
      expect(writeLists(base)).toHaveLength(MODULE_LISTS.length);
      for (const spec of MODULE_LISTS as Spec[]) {
        const text = readFileSync(join(base, spec.folder, LIST_FILE), 'utf8');
        expect(text).toContain(`import { ${spec.export} as byPlace } from './by-place.js';`);
        expect(text).not.toContain('helper');
      }
      // Written again only when a folder changed.
      expect(writeLists(base)).toEqual([]);
    } finally {
      rmSync(base, { recursive: true, force: true });
    }
  });
});
