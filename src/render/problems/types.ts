// What a problems renderer receives and returns.
import type { Problem } from '../../model/problem.js';
import type { Lang } from '../../messages/catalog.js';

export interface ProblemReport {
  /** Files read, as displayed. */
  readonly files: readonly string[];
  /** Sorted problems. */
  readonly problems: readonly Problem[];
  /** With --strict warnings fail the run too. */
  readonly strict: boolean;
}

export interface RenderOptions {
  readonly lang: Lang;
  /** Colour is decided by the cli (TTY, NO_COLOR, --no-color), never here. */
  readonly color: boolean;
  /** For GitHub: the repository root and the cwd (absolute), so paths shown relative to the cwd
   *  can be written relative to the root. The cli finds them; no renderer looks. */
  readonly workspace?: { readonly root: string; readonly cwd: string } | undefined;
}

export type ProblemRenderer = (report: ProblemReport, options: RenderOptions) => string;
