// The position-keeping YAML parser (`yaml`), loaded only when a file needs it: one that the
// quick parse cannot take, or one with a problem to locate. Files with no problems never load it.
// A require keeps the load synchronous and lazy; the release bundle (scripts/bundle.mjs) ships
// the package as a CommonJS file beside its chunks and points this require at it.
import { createRequire } from 'node:module';

type YamlModule = typeof import('yaml');
let lib: YamlModule | undefined;

export function yamlLib(): YamlModule {
  if (!lib) lib = createRequire(import.meta.url)('yaml') as YamlModule;
  return lib;
}
