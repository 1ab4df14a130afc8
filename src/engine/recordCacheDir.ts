// Where the record cache (recordCache.ts) lives for this run, set once by the front end (the cli
// reads --no-cache and the environment); kept apart so that setting it loads nothing else.
let dir: string | undefined;

/** The cache's folder; undefined turns it off, as it is until set. */
export function useRecordCache(folder: string | undefined): void {
  dir = folder;
}

export function recordCacheFolder(): string | undefined {
  return dir;
}
