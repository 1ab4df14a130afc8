// What an output format is: the words its help gives, the file endings that ask for it and its
// writer. Apart from the registry (index.ts) so that a format's own module can declare itself
// (`export const format: Format = …`) without importing the registry that lists it.
import type { Lang } from '../../messages/catalog.js';
import type { Doc } from '../document.js';

export interface WriteOptions {
  readonly lang: Lang;
  /** Colour in the terminal table (decided by the cli, never detected here). */
  readonly color: boolean;
  /** csv: start with the byte-order mark Excel needs to show Korean. */
  readonly bom: boolean;
}

export interface Format {
  readonly description: string;
  /** File name endings that mean this format, for --out without --format. */
  readonly extensions: readonly string[];
  /** Written to a file only (bytes that a terminal cannot show). */
  readonly binary: boolean;
  readonly write: (doc: Doc, options: WriteOptions) => Promise<string | Uint8Array>;
}
