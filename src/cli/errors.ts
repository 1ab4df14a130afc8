// Expected ways a run ends early. Thrown by command handlers, caught once in run().

/** Usage or configuration error: exit 2, with a message and no stack trace. */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export const EXIT = { ok: 0, dataErrors: 1, usage: 2 } as const;

/** The data has errors: they have been printed; exit 1. */
export class DataErrors extends Error {
  readonly exitCode = 1;
}
