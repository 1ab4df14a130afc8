// init is all or nothing: a disk that fills up half-way through the kit leaves no folder behind,
// so the next init (on a disk with room again) makes the whole kit.
import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { initOffice } from '../../src/engine/init.js';
import { scaffold } from '../../src/init/scaffold.js';
import { toolSchemas } from '../../src/engine/schemaPath.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

const TOOL = { source: 'registry', dependency: '0.0.0', install: 'mayor-office@0.0.0', action: 'x/y@v0.0.0', local: false } as const;
const OPTIONS = { office: '디지털정책과', id: 'digital-policy', year: 2026, tool: TOOL };

describe('init', () => {
  it('a write failing half-way (ENOSPC on the 7th file) leaves nothing; the next init makes every file', () => {
    const parent = mkdtempSync(join(tmpdir(), 'init-full-'));
    made.push(parent);
    const root = join(parent, 'office');
    let writes = 0;
    const full = {
      writeFileSync: (path: string, data: string) => {
        if (++writes === 7) throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
        writeFileSync(path, data);
      },
    };
    expect(initOffice(root, OPTIONS, full)).toEqual({ ok: false, reason: 'write-failed', code: 'ENOSPC' });
    expect([existsSync(root), readdirSync(parent)]).toEqual([false, []]);
    const again = initOffice(root, OPTIONS);
    expect(again).toMatchObject({ ok: true, files: scaffold({ ...OPTIONS, schemas: toolSchemas() }).length });
  });

  it('into a folder holding only a fresh .git, a failure removes the files it moved and keeps .git', () => {
    const root = mkdtempSync(join(tmpdir(), 'init-git-'));
    made.push(root);
    writeFileSync(join(root, '.git'), 'gitdir: elsewhere\n');
    let writes = 0;
    const full = { writeFileSync: (path: string, data: string) => (++writes === 3 ? (() => { throw Object.assign(new Error('full'), { code: 'ENOSPC' }); })() : writeFileSync(path, data)) };
    expect(initOffice(root, OPTIONS, full).ok).toBe(false);
    expect(readdirSync(root)).toEqual(['.git']);
  });
});
