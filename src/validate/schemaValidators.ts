// The JSON Schema validators, compiled ahead of time by scripts/compile-schemas.mjs into
// generated/validators.cjs: loading them costs no schema compilation at run time.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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
let idFromText: string | undefined;

/** The compiled validators' file. src/validate and dist/validate both sit two levels below the
 *  package root; the release bundle (scripts/bundle.mjs) has its own copy of the module beside
 *  its chunks and points this at it. */
const modulePath = (): string => createRequire(import.meta.url).resolve('../../generated/validators.cjs');

/** The id of the build the validators were compiled with (scripts/compile-schemas.mjs
 *  `buildId`: a hash of the sources, the schemas and the locked libraries): what a record cache
 *  entry must have been made by to be used. Read from the module's last statement, which
 *  compile-schemas.mjs writes, without loading the module (half a megabyte of code that a run
 *  answered from the cache never calls); loaded when the text does not end that way. */
export function validatorsBuildId(): string | undefined {
  if (cache === undefined) {
    idFromText ??= buildIdOfText();
    if (idFromText !== '') return idFromText;
  }
  const id = (schemaValidators() as unknown as { readonly buildId?: unknown }).buildId;
  return typeof id === 'string' && id !== '' ? id : undefined;
}

/** The module's last statement is `Object.defineProperty(exports, "buildId", { value: "<hex>" });`
 *  (minified in the bundle: no spaces); its id, or '' when the end is not that. */
const BUILD_ID_TAIL = /Object\.defineProperty\(exports,\s*"buildId",\s*\{\s*value:\s*"([0-9a-f]{16,128})"\s*\}\);?\s*$/;
/** The build id that a validators module's text ends with, or ''. */
export const buildIdAtEnd = (text: string): string => BUILD_ID_TAIL.exec(text)?.[1] ?? '';

function buildIdOfText(): string {
  let fd: number | undefined;
  try {
    fd = openSync(modulePath(), 'r');
    const size = fstatSync(fd).size;
    const tail = Buffer.alloc(Math.min(size, 512));
    const n = readSync(fd, tail, 0, tail.length, size - tail.length);
    return buildIdAtEnd(tail.subarray(0, n).toString('latin1'));
  } catch {
    return '';
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function schemaValidators(): Record<RecordKind, CompiledValidator> {
  if (!cache) {
    // The module requires nothing itself (ajv's helpers are inside).
    try {
      const path = modulePath();
      cache = createRequire(path)(path) as Record<RecordKind, CompiledValidator>;
    } catch (err) {
      throw new Error(`the compiled schemas are missing (generated/validators.cjs); run "npm run compile" first: ${(err as Error).message}`);
    }
  }
  return cache;
}
