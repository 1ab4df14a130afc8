// Expected ways a run ends early. Thrown by command handlers (and, for UsageError, by the
// engine), caught once in run().
export { UsageError } from '../engine/errors.js';

export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

/** The data has errors: they have been printed; exit 1. */
export class DataErrors extends Error {
  readonly exitCode = 1;
}
