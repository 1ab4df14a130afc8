// What an output format is: the words its help gives, the file endings that ask for it and its
// writer. Apart from the registry (index.ts) so that a format's own module can declare itself
// (`export const format: Format = …`) without importing the registry that lists it.
import type { Lang } from '../../messages/catalog.js';
import type { Doc } from '../document.js';

export interface WriteOptions {
  readonly lang: Lang;
  /** Colour in the terminal table (decided by the cli, never detected here). */
  readonly color: boolean;
  /** Start with the byte-order mark Excel needs to show Korean (a format that declares `bom`). */
  readonly bom: boolean;
}

/** What a format writes for the example document (exampleDoc.ts `EXAMPLE_DOC`) in Korean, without
 *  colour or byte-order mark: a text format's exact output; a binary format may give a check of
 *  its bytes instead, which throws when they are wrong. test/render/formatExamples.test.ts runs
 *  every format's, so a format's example is its test. */
export type FormatExample = string | { readonly check: (output: string | Uint8Array) => void | Promise<void> };

export interface Format {
  readonly description: string;
  /** File name endings that mean this format, for --out without --format. */
  readonly extensions: readonly string[];
  /** Written to a file only (bytes that a terminal cannot show). */
  readonly binary: boolean;
  /** Its writer starts with a byte-order mark when `WriteOptions.bom` says so (--bom, and a file
   *  of --out unless --no-bom): the help of those options names the formats that declare it. */
  readonly bom?: boolean;
  readonly write: (doc: Doc, options: WriteOptions) => Promise<string | Uint8Array>;
  /** Its example (required of a format found in the folder; a built-in one may load it with its
   *  module, or, binary, keep a test of its own). */
  readonly example?: FormatExample | (() => Promise<FormatExample>);
}
