// The JSON Schema validators, compiled ahead of time by scripts/compile-schemas.mjs into
// generated/validators.cjs: loading them costs no schema compilation at run time.
import { createRequire } from 'node:module';
import type { RecordKind } from '../model/records.js';

export interface AjvError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
  readonly parentSchema?: Record<string, unknown>;
  readonly data?: unknown;
}

export type CompiledValidator = ((data: unknown) => boolean) & { errors?: AjvError[] | null };

let cache: Record<RecordKind, CompiledValidator> | undefined;

/** The id of the build the validators were compiled with (scripts/compile-schemas.mjs
 *  `buildId`: a hash of the sources, the schemas and the locked libraries): what a record cache
 *  entry must have been made by to be used. */
export function validatorsBuildId(): string | undefined {
  const id = (schemaValidators() as unknown as { readonly buildId?: unknown }).buildId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

export function schemaValidators(): Record<RecordKind, CompiledValidator> {
  if (!cache) {
    // src/validate and dist/validate both sit two levels below the package root; the release
    // bundle (scripts/bundle.mjs) has its own copy of the module beside its chunks and points
    // this require at it. The module requires nothing itself (ajv's helpers are inside).
    try {
      cache = createRequire(import.meta.url)('../../generated/validators.cjs') as Record<RecordKind, CompiledValidator>;
    } catch (err) {
      throw new Error(`the compiled schemas are missing (generated/validators.cjs); run "npm run compile" first: ${(err as Error).message}`);
    }
  }
  return cache;
}
