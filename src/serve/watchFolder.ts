// A change of any file under a folder, seen on every platform in the same way: each folder is
// watched on its own (an inotify watch of a folder on Linux reports its files being written,
// renamed over and removed), and a folder that appears is watched from then on. Node's recursive
// watch is not used: on Linux it follows files, and loses one that an atomic write renames over.
import { readdirSync, statSync, watch } from 'node:fs';
import type { FSWatcher } from 'node:fs';
import { join } from 'node:path';

/** Calls `changed` with the path of what changed (null when the platform does not say). */
export function watchFolder(root: string, changed: (path: string | null) => void): () => void {
  const watchers = new Map<string, FSWatcher>();
  const add = (dir: string): void => {
    if (watchers.has(dir)) return;
    // Folders only: a watch of a file would name its own events `file/file`. (stat opens nothing,
    // so a FIFO that appears is only looked at.)
    try {
      if (!statSync(dir).isDirectory()) return;
    } catch {
      return;
    }
    let w: FSWatcher;
    try {
      w = watch(dir, (_event, name) => {
        const path = name === null ? null : join(dir, String(name));
        if (path !== null) add(path);
        changed(path);
      });
    } catch {
      // Gone already.
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
