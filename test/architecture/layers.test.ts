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
  rules: ['model', 'compute'],
  validate: ['model', 'compute', 'rules'],
  compute: ['model'],
  messages: ['model', 'rules'],
  import: ['model', 'compute'],
  render: ['model', 'messages', 'compute'],
  init: [],
  engine: ['model', 'load', 'rules', 'validate', 'compute', 'messages', 'import', 'render', 'init'],
  serve: ['engine'],
  cli: ['engine', 'serve'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
}

const SOURCES = files(SRC);

/** Every relative import of a file's text, resolved to a source file (an example in a `//`
 *  comment is no import). */
function importsIn(file: string, text: string): string[] {
  const code = text.replace(/^\s*\/\/.*$/gm, '');
  const specs = [...code.matchAll(/(?:from\s+|import\s*\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => resolve(dirname(file), s).replace(/\.js$/, '.ts'));
}

const folderOf = (file: string): string => relative(SRC, file).split('/')[0]!;

/** The imports the table forbids, as `from → to`, in a graph of files and their imports. */
function wrongImports(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const wrong: string[] = [];
  for (const [file, targets] of graph) {
    const from = folderOf(file);
    for (const target of targets) {
      const to = folderOf(target);
      if (to !== from && !(MAY_IMPORT[from] ?? []).includes(to)) wrong.push(`${relative(SRC, file)} → ${relative(SRC, target)}`);
    }
  }
  return wrong;
}

/** The cycles of a graph of files, each as `a → b → a`. */
function cyclesIn(graph: ReadonlyMap<string, readonly string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const t of graph.get(f) ?? []) {
      if (!graph.has(t)) continue;
      if (state.get(t) === 'open') cycles.push([...stack.slice(stack.indexOf(t)), t].map((x) => relative(SRC, x)).join(' → '));
      else if (state.get(t) === undefined) visit(t);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

/** A graph made from texts of files given by their path under src/. */
function graphOf(texts: Readonly<Record<string, string>>): Map<string, string[]> {
  return new Map(Object.entries(texts).map(([f, text]) => [join(SRC, f), importsIn(join(SRC, f), text)]));
}

const SOURCE_GRAPH = new Map(SOURCES.map((f) => [f, importsIn(f, readFileSync(f, 'utf8'))]));

describe('layers', () => {
  it('every source file is in a folder the table knows', () => {
    expect([...new Set(SOURCES.map(folderOf))].filter((f) => !(f in MAY_IMPORT))).toEqual([]);
  });

  it('no folder imports one it may not; the cli reaches the rest through the engine only', () => {
    expect(wrongImports(SOURCE_GRAPH)).toEqual([]);
  });

  it('the check sees a wrong import, static, dynamic or type-only, and not one in a comment', () => {
    const graph = graphOf({
      'cli/x.ts': "import { budgetStatusOf } from '../compute/reports.js';\n",
      'rules/y.ts': "import type { Check } from '../model/check.js';\nimport { problemAt } from '../validate/problemAt.js';\n",
      'messages/z.ts': "const m = await import('../compute/dates.js');\n// import { x } from '../render/document.js';\n",
      'model/w.ts': "export type { Lang } from '../messages/lang.js';\n",
    });
    expect(wrongImports(graph)).toEqual(['cli/x.ts → compute/reports.ts', 'rules/y.ts → validate/problemAt.ts', 'messages/z.ts → compute/dates.ts', 'model/w.ts → messages/lang.ts']);
  });

  it('the packages taken by a require (yaml, js-yaml, iconv-lite) are imported for their types only', () => {
    // A value import would make the bundle carry a second copy of the package as an ES chunk
    // beside the CommonJS file the require loads (yaml: 114 KB twice).
    const wrong = SOURCES.flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'(yaml|js-yaml|iconv-lite)'/gm)].map((m) => `${relative(SRC, file)} imports ${m[1]}`),
    );
    expect(wrong).toEqual([]);
    expect(readFileSync(join(SRC, 'load', 'yamlLib.ts'), 'utf8')).toContain("createRequire(import.meta.url)('yaml')");
    expect(readFileSync(join(SRC, 'load', 'jsYamlLib.ts'), 'utf8')).toContain("createRequire(import.meta.url)('js-yaml')");
  });

  it('no import cycle between files', () => {
    expect(cyclesIn(SOURCE_GRAPH)).toEqual([]);
  });

  it('the check sees a cycle, inside a folder and across folders', () => {
    const graph = graphOf({
      'render/document.ts': "import type { OutlineLine } from './outline.js';\n",
      'render/outline.ts': "import { doc } from './document.js';\n",
      'rules/a.ts': "import { b } from '../compute/b.js';\n",
      'compute/b.ts': "import { a } from '../rules/a.js';\n",
      'model/c.ts': "import { c } from './c.js';\n",
    });
    expect(cyclesIn(graph)).toEqual(['render/document.ts → render/outline.ts → render/document.ts', 'rules/a.ts → compute/b.ts → rules/a.ts', 'model/c.ts → model/c.ts']);
  });
});
