// The tool's version, from its package.json: two folders up from src/cli and dist/cli; the
// release bundle (scripts/bundle.mjs), one folder below the package root, points it one up.
import { createRequire } from 'node:module';

export function version(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}
