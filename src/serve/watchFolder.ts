// A change of any file under a folder, seen on every platform in the same way: each folder is
// watched on its own (an inotify watch of a folder on Linux reports its files being written,
// renamed over and removed), and a folder that appears is watched from then on. Node's recursive
// watch is not used: on Linux it follows files, and loses one that an atomic write renames over.
import { readdirSync, watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** Calls `changed` with the path of what changed (null when the platform does not say). */
export function watchFolder(root: string, changed: (path: string | null) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string): void => {
    if (watchers.has(dir)) return;
    let w: FSWatcher;
    try {
      w = watch(dir, (_event, name) => {
        const path = name === null ? null : join(dir, String(name));
        if (path !== null) add(path);
        changed(path);
      });
    } catch {
      // Not a folder (a file that changed), or gone already.
      return;
    }
    w.on('error', () => {
      w.close();
      watchers.delete(dir);
    });
    watchers.set(dir, w);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) if (e.isDirectory()) add(join(dir, e.name));
  };
  add(root);
  return () => {
    for (const w of watchers.values()) w.close();
    watchers.clear();
  };
}
