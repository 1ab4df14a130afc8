// The layer rules of docs/architecture.md, checked on the source: which folder of src/ may import
// which, that the cli reaches everything below it through the engine only (serve, the other front
// end, through the engine too; the cli only starts it), and that no two files
// of a folder import each other round in a cycle. Static and dynamic imports, type-only ones too.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = join(import.meta.dirname, '..', '..', 'src');

/** What each folder may import (besides itself, node: built-ins and packages). */
export const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  model: [],
  load: ['model'],
  validate: ['model', 'compute'],
  compute: ['model'],
  messages: ['model'],
  import: ['model', 'compute'],
  render: ['model', 'messages', 'compute'],
  init: [],
  engine: ['model', 'load', 'validate', 'compute', 'messages', 'import', 'render', 'init'],
  serve: ['engine'],
  cli: ['engine', 'serve'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

const SOURCES = files(SRC);

/** Every relative import of a file, resolved to a source file. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'));
}

const folderOf = (file: string): string => relative(SRC, file).split('/')[0]!;

describe('layers', () => {
  it('every source file is in a folder the table knows', () => {
    expect([...new Set(SOURCES.map(folderOf))].filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it('no folder imports one it may not; the cli reaches the rest through the engine only', () => {
    const wrong: string[] = [];
    for (const file of SOURCES) {
      const from = folderOf(file);
      for (const target of importsOf(file)) {
        const to = folderOf(target);
        if (to !== from && !MAY_IMPORT[from]!.includes(to)) wrong.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the check sees a wrong import (a cli file importing compute would be listed)', () => {
    const file = join(SRC, 'cli', 'x.ts');
    expect(MAY_IMPORT['cli']!.includes(folderOf(join(SRC, 'compute', 'reports.ts')))).toBe(false);
    expect(folderOf(file)).toBe('cli');
  });

  it('the packages taken by a require (yaml, iconv-lite) are imported for their types only', () => {
    // A value import would make the bundle carry a second copy of the package as an ES chunk
    // beside the CommonJS file the require loads (yaml: 114 KB twice).
    const wrong = SOURCES.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(yaml|iconv-lite)'/gm)].map((m) => `${relative(SRC, file)} imports ${m[1]}`),
    );
    expect(wrong).toEqual([]);
    expect(readFileSync(join(SRC, 'load', 'yamlLib.ts'), 'utf8')).toContain("createRequire(import.meta.url)('yaml')");
  });

  it('no import cycle between files', () => {
    const graph = new Map(SOURCES.map((f) => [f, importsOf(f).filter((t) => SOURCES.includes(t))]));
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (f: string): void => {
      state.set(f, 'open');
      stack.push(f);
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map((x) => relative(SRC, x)).join(' → '));
        else if (state.get(t) === undefined) visit(t);
      }
      stack.pop();
      state.set(f, 'done');
    };
    for (const f of SOURCES) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
