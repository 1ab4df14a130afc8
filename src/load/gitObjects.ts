// A repository's objects read in this process, without running git: loose objects and pack files
// (index version 2, both kinds of delta), inflated with node's zlib. Running git costs a process
// per call (about 3 ms each, more from a large process); a roll-up of hundreds of repositories
// spent most of its time starting them. This reads only what git itself would read for the same
// request (`ls-tree -r -t -l`, `cat-file --batch`), and gives up (undefined) on anything it does not
// know — an object it cannot find (alternates, a partial clone), a SHA-256 repository, an index of
// another version, a pack it cannot read — so the caller runs git instead: never a different
// answer, only a slower one.
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { constants, inflateSync } from 'node:zlib';

export type ObjectType = 'commit' | 'tree' | 'blob' | 'tag';

/** One entry of a tree as `git ls-tree -r -t -l` gives it. */
export interface TreeEntry {
  /** Six digits, as ls-tree writes it (`040000`, `100644`, `120000`, `160000`). */
  readonly mode: string;
  readonly type: string;
  readonly object: string;
  /** A blob's size; 0 for others. */
  readonly size: number;
  /** From the top of the repository, '/' separators. */
  readonly path: string;
}

export interface ObjectStore {
  /** Every entry under `dir` ('' the whole tree) of a commit, trees before what they hold, or
   *  undefined when this store cannot tell (git can). A folder that is not there: no entries. */
  readonly tree: (commit: string, dir: string) => TreeEntry[] | undefined;
  /** The bytes of these blobs, or undefined when one cannot be read here. */
  readonly contents: (objects: readonly string[]) => Map<string, Buffer> | undefined;
}

const TYPES: Record<number, ObjectType> = { 1: 'commit', 2: 'tree', 3: 'blob', 4: 'tag' };
const OFS_DELTA = 6;
const REF_DELTA = 7;
const SHA1 = /^[0-9a-f]{40}$/;
/** How many bytes of unpacked objects a store keeps for deltas to come. */
const UNPACKED_BYTES = 32 * 1024 * 1024;

/** Gave up: the caller asks git. */
class Unknown extends Error {}

/** An object over the limit, with its size. */
class TooLarge extends Error {
  constructor(readonly size: number) {
    super(`object of ${size} bytes`);
  }
}

/** What git would answer, or undefined where it cannot be told here. */
const attempt = <T>(f: () => T): T | undefined => {
  try {
    return f();
  } catch {
    return undefined;
  }
};

interface Pack {
  readonly file: string;
  readonly count: number;
  /** The index file: fanout, names, CRCs, offsets, large offsets. */
  readonly idx: Buffer;
}

/** The object store of a repository's objects folder (`.git/objects`). A blob larger than `limit`
 *  bytes is sized, never inflated whole. */
export function objectStore(objectsDir: string, limit: number): ObjectStore {
  let packs: Pack[] | undefined;
  const packList = (): Pack[] => {
    if (packs !== undefined) return packs;
    const dir = join(objectsDir, 'pack');
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith('.idx'));
    } catch {
      // no pack folder: loose objects only
    }
    packs = names.sort().map((n) => {
      const idx = readFileSync(join(dir, n));
      // Version 2: ff 74 4f 63, then 2. Version 1 (no magic) is older than any git in use.
      if (idx.readUInt32BE(0) !== 0xff744f63 || idx.readUInt32BE(4) !== 2) throw new Unknown(n);
      return { file: join(dir, `${n.slice(0, -4)}.pack`), count: idx.readUInt32BE(8 + 255 * 4), idx };
    });
    return packs;
  };

  /** Where in which pack an object is. */
  const findPacked = (id: string): { pack: Pack; offset: number } | undefined => {
    const want = Buffer.from(id, 'hex');
    for (const pack of packList()) {
      const { idx, count } = pack;
      const first = want[0]!;
      let lo = first === 0 ? 0 : idx.readUInt32BE(8 + (first - 1) * 4);
      let hi = idx.readUInt32BE(8 + first * 4);
      const names = 8 + 256 * 4;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = idx.compare(want, 0, 20, names + mid * 20, names + mid * 20 + 20) * -1;
        if (c === 0) {
          const offsets = names + count * 24;
          const small = idx.readUInt32BE(offsets + mid * 4);
          if ((small & 0x80000000) === 0) return { pack, offset: small };
          const large = offsets + count * 4 + (small & 0x7fffffff) * 8;
          return { pack, offset: idx.readUInt32BE(large) * 2 ** 32 + idx.readUInt32BE(large + 4) };
        }
        if (c < 0) hi = mid;
        else lo = mid + 1;
      }
    }
    return undefined;
  };

  /** A pack's entry at an offset, its base followed through deltas. `limit`: the largest object
   *  worth reading (a larger one throws, sized). */
  const readPacked = (pack: Pack, offset: number, limit: number, depth = 0): { type: ObjectType; bytes: Buffer } => {
    if (depth > 4096) throw new Unknown('delta chain');
    const key = `${pack.file}\u0000${offset}`;
    const seen = unpacked.get(key);
    if (seen !== undefined) return seen;
    const got = unpack(pack, offset, limit, depth);
    // Objects of one folder are often deltas of one base: keep what was unpacked, up to a bound.
    if (unpackedBytes + got.bytes.length > UNPACKED_BYTES) {
      unpacked.clear();
      unpackedBytes = 0;
    }
    unpacked.set(key, got);
    unpackedBytes += got.bytes.length;
    return got;
  };
  const unpacked = new Map<string, { type: ObjectType; bytes: Buffer }>();
  let unpackedBytes = 0;

  const unpack = (pack: Pack, offset: number, limit: number, depth: number): { type: ObjectType; bytes: Buffer } => {
    const fd = openSync(pack.file, 'r');
    try {
      const end = fstatSync(fd).size - 20;
      const head = Buffer.alloc(32);
      readSync(fd, head, 0, Math.min(32, end - offset), offset);
      let at = 0;
      let b = head[at++]!;
      const kind = (b >> 4) & 7;
      let size = b & 15;
      for (let shift = 4; b & 0x80; shift += 7) {
        b = head[at++]!;
        size += (b & 0x7f) * 2 ** shift;
      }
      let base: { type: ObjectType; bytes: Buffer } | undefined;
      if (kind === OFS_DELTA) {
        b = head[at++]!;
        let back = b & 0x7f;
        while (b & 0x80) {
          b = head[at++]!;
          back = (back + 1) * 128 + (b & 0x7f);
        }
        base = baseOf(() => readPacked(pack, offset - back, limit, depth + 1));
      } else if (kind === REF_DELTA) {
        const id = head.subarray(at, at + 20).toString('hex');
        base = baseOf(() => readObject(id, limit, depth + 1));
        at += 20;
      } else if (TYPES[kind] === undefined) throw new Unknown(`pack entry type ${kind}`);
      if (base === undefined && size > limit) throw new TooLarge(size);
      // zlib's bound on what `size` bytes deflate to (deflateBound), plus its header and check.
      const room = Math.min(end - offset - at, size + Math.ceil(size / 2048) + 64);
      const data = Buffer.allocUnsafe(room);
      const n = readSync(fd, data, 0, room, offset + at);
      const inflated = inflateSync(data.subarray(0, n), { maxOutputLength: Math.max(size, 1) });
      if (inflated.length !== size) throw new Unknown('pack entry size');
      if (base === undefined) return { type: TYPES[kind]!, bytes: inflated };
      return { type: base.type, bytes: applyDelta(base.bytes, inflated, limit) };
    } finally {
      closeSync(fd);
    }
  };

  /** A delta's base too large to read: the result's size is not known here. */
  const baseOf = <T>(read: () => T): T => {
    try {
      return read();
    } catch (e) {
      throw e instanceof TooLarge ? new Unknown('large delta base') : e;
    }
  };

  const readLoose = (id: string, limit: number): { type: ObjectType; bytes: Buffer } | undefined => {
    let file: Buffer;
    try {
      file = readFileSync(join(objectsDir, id.slice(0, 2), id.slice(2)));
    } catch {
      return undefined;
    }
    // The header first ("blob 1234\0"), so a large object is refused before it is inflated
    // (1 KiB: a block's Huffman tables may come before its first byte); a file too small to
    // inflate past the limit (deflate packs at most 1032 bytes into one) is inflated once.
    const small = file.length * 1032 + 64 <= limit;
    const start = small ? inflateSync(file) : inflateSync(file.subarray(0, 1024), { finishFlush: constants.Z_SYNC_FLUSH });
    const nul = start.indexOf(0);
    const [type, sized] = start.subarray(0, nul).toString('latin1').split(' ') as [string, string];
    const size = Number(sized);
    if (nul < 0 || !Object.values(TYPES).includes(type as ObjectType) || !Number.isSafeInteger(size)) throw new Unknown('loose header');
    if (size > limit) throw new TooLarge(size);
    const whole = small ? start : inflateSync(file, { maxOutputLength: nul + 1 + Math.max(size, 1) });
    if (whole.length !== nul + 1 + size) throw new Unknown('loose size');
    return { type: type as ObjectType, bytes: whole.subarray(nul + 1) };
  };

  const readObject = (id: string, limit: number, depth = 0): { type: ObjectType; bytes: Buffer } => {
    if (!SHA1.test(id)) throw new Unknown('object name');
    // Packs first, as git looks: a miss there is a search, a missing loose file an exception.
    const packed = findPacked(id);
    if (packed !== undefined) return readPacked(packed.pack, packed.offset, limit, depth);
    const loose = readLoose(id, limit);
    if (loose === undefined) throw new Unknown(`missing ${id}`);
    return loose;
  };

  const readTyped = (id: string, type: ObjectType, max = Number.MAX_SAFE_INTEGER): Buffer => {
    const o = readObject(id, max);
    if (o.type !== type) throw new Unknown(`${id} is a ${o.type}`);
    return o.bytes;
  };

  /** The blobs read while listing a tree (a blob's size is known only by reading it, unless it
   *  is over the limit): what `contents` is then asked for. */
  const kept = new Map<string, Buffer>();
  const blobSize = (id: string): number => {
    try {
      const bytes = readTyped(id, 'blob', limit);
      kept.set(id, bytes);
      return bytes.length;
    } catch (e) {
      if (e instanceof TooLarge) return e.size;
      throw e;
    }
  };

  return {
    tree: (commit, dir) =>
      attempt(() => {
        const text = readTyped(commit, 'commit').toString('latin1');
        const m = /^tree ([0-9a-f]{40})\n/.exec(text);
        if (m === null) throw new Unknown('commit without a tree');
        let tree = m[1]!;
        for (const name of dir === '' ? [] : dir.split('/')) {
          const next = treeEntries(readTyped(tree, 'tree')).find((e) => e.name === name);
          if (next === undefined || next.mode !== '40000') return [];
          tree = next.object;
        }
        const out: TreeEntry[] = [];
        const walk = (id: string, prefix: string): void => {
          for (const e of treeEntries(readTyped(id, 'tree'))) {
            const path = prefix === '' ? e.name : `${prefix}/${e.name}`;
            const mode = e.mode.padStart(6, '0');
            const type = e.mode === '40000' ? 'tree' : e.mode === '160000' ? 'commit' : 'blob';
            out.push({ mode, type, object: e.object, size: type === 'blob' ? blobSize(e.object) : 0, path });
            if (type === 'tree') walk(e.object, path);
          }
        };
        walk(tree, dir);
        return out;
      }),
    contents: (objects) =>
      attempt(() => {
        const found = new Map<string, Buffer>();
        for (const id of objects) found.set(id, kept.get(id) ?? readTyped(id, 'blob', limit));
        return found;
      }),
  };
}

/** A tree object's entries: `<mode> <name>\0<20-byte id>` each. */
function treeEntries(bytes: Buffer): { mode: string; name: string; object: string }[] {
  const out: { mode: string; name: string; object: string }[] = [];
  let at = 0;
  while (at < bytes.length) {
    const space = bytes.indexOf(0x20, at);
    const nul = bytes.indexOf(0, space);
    if (space < 0 || nul < 0 || nul + 21 > bytes.length) throw new Unknown('tree entry');
    out.push({ mode: bytes.toString('latin1', at, space), name: bytes.toString('utf8', space + 1, nul), object: bytes.toString('hex', nul + 1, nul + 21) });
    at = nul + 21;
  }
  return out;
}

/** A delta (git's pack format: the base's size, the result's size, then copy and insert
 *  instructions) applied to its base. */
function applyDelta(base: Buffer, delta: Buffer, limit: number): Buffer {
  let at = 0;
  const varint = (): number => {
    let n = 0;
    let b: number;
    let shift = 0;
    do {
      b = delta[at++]!;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80 && at < delta.length);
    return n;
  };
  if (varint() !== base.length) throw new Unknown('delta base size');
  const size = varint();
  if (size > limit) throw new TooLarge(size);
  const out = Buffer.alloc(size);
  let o = 0;
  while (at < delta.length) {
    const op = delta[at++]!;
    if (op & 0x80) {
      let offset = 0;
      let length = 0;
      for (let i = 0; i < 4; i++) if (op & (1 << i)) offset += delta[at++]! * 2 ** (8 * i);
      for (let i = 0; i < 3; i++) if (op & (0x10 << i)) length += delta[at++]! * 2 ** (8 * i);
      if (length === 0) length = 0x10000;
      if (offset + length > base.length || o + length > size) throw new Unknown('delta copy');
      base.copy(out, o, offset, offset + length);
      o += length;
    } else if (op !== 0) {
      if (at + op > delta.length || o + op > size) throw new Unknown('delta insert');
      delta.copy(out, o, at, at + op);
      at += op;
      o += op;
    } else throw new Unknown('delta opcode 0');
  }
  if (o !== size) throw new Unknown('delta result size');
  return out;
}
