// js-yaml, loaded only when a text needs it: one the line reader (flowLines.ts) does not take
// whole, or an item line it does not take. A run whose files are all of the line reader's shape,
// or all answered by the record cache, never loads it (its schemas are built when it loads).
// A require keeps the load synchronous and lazy; the release bundle (scripts/bundle.mjs) ships
// the package as a CommonJS file beside its chunks and points this require at it, as yamlLib.ts.
import { createRequire } from 'node:module';

type JsYamlModule = typeof import('js-yaml');
let lib: JsYamlModule | undefined;

export function jsYamlLib(): JsYamlModule {
  if (!lib) lib = createRequire(import.meta.url)('js-yaml') as JsYamlModule;
  return lib;
}
