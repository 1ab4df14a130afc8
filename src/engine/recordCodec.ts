// The record cache's form of a value (recordCache.ts): plain data (objects, lists, text, numbers,
// true, false, null, undefined) as flat arrays that are read back with little work. A year of
// 100,000 entries is read back in less than half the time `v8.deserialize` takes, because
//   - every text is stored once (a table of the distinct texts, as UTF-16 with their lengths:
//     reading them is one copy and a slice each),
//   - every object's keys are stored once per shape (the keys in their order), and an object is
//     made by a small function of its shape, so the objects of one shape share V8's layout,
//   - the values are two typed arrays (a tag and a number per value), read in one pass.
//
// Layout (little-endian): five u32 counts (shape bytes, texts, text bytes, values, padding), the
// shapes as JSON, the text lengths (u32), the texts (UTF-16), the padding, the numbers (f64,
// aligned to 8 bytes from the start of the layout) and the tags (u8).

const STR = 0;
const NUM = 1;
const OBJ = 2;
const ARR = 3;
const TRUE = 4;
const FALSE = 5;
const NULL = 6;
const UNDEF = 7;

const HEAD = 5 * 4;

/** The value as bytes; throws on what plain data cannot hold (a function, a symbol, a Date …). */
export function encodeValue(root: unknown): Buffer {
  const strings = new Map<string, number>();
  // Shapes are found by walking their keys down a tree, so no text is made per object.
  interface ShapeNode {
    id: number;
    readonly next: Map<string, ShapeNode>;
  }
  const shapeRoot: ShapeNode = { id: -1, next: new Map() };
  const shapes: string[][] = [];
  let tags = new Uint8Array(1024);
  let nums = new Float64Array(1024);
  let n = 0;
  const push = (tag: number, value: number): void => {
    if (n === tags.length) {
      const t = new Uint8Array(n * 2);
      t.set(tags);
      tags = t;
      const v = new Float64Array(n * 2);
      v.set(nums);
      nums = v;
    }
    tags[n] = tag;
    nums[n++] = value;
  };
  const textId = (s: string): number => {
    let i = strings.get(s);
    if (i === undefined) {
      i = strings.size;
      strings.set(s, i);
    }
    return i;
  };
  // Depth is bounded by the parse's nesting limit (parseYaml LIMITS.depth) for records, and is
  // small for problems.
  const visit = (v: unknown): void => {
    switch (typeof v) {
      case 'string':
        push(STR, textId(v));
        return;
      case 'number':
        push(NUM, v);
        return;
      case 'boolean':
        push(v ? TRUE : FALSE, 0);
        return;
      case 'undefined':
        push(UNDEF, 0);
        return;
      case 'object': {
        if (v === null) return push(NULL, 0);
        if (Array.isArray(v)) {
          push(ARR, v.length);
          for (let i = 0; i < v.length; i++) visit(v[i]);
          return;
        }
        const proto = Object.getPrototypeOf(v) as unknown;
        if (proto !== Object.prototype && proto !== null) throw new Error('recordCodec: not plain data');
        const keys = Object.keys(v);
        let node = shapeRoot;
        for (const k of keys) {
          let child = node.next.get(k);
          if (child === undefined) node.next.set(k, (child = { id: -1, next: new Map() }));
          node = child;
        }
        if (node.id === -1) {
          node.id = shapes.length;
          shapes.push(keys);
        }
        push(OBJ, node.id);
        for (const k of keys) visit((v as Record<string, unknown>)[k]);
        return;
      }
      default:
        throw new Error(`recordCodec: cannot store a ${typeof v}`);
    }
  };
  visit(root);
  const texts = [...strings.keys()];
  const lengths = new Uint32Array(texts.length);
  texts.forEach((s, i) => {
    lengths[i] = s.length;
  });
  const shapeBytes = Buffer.from(JSON.stringify(shapes), 'utf8');
  const textBytes = Buffer.from(texts.join(''), 'utf16le');
  const before = HEAD + shapeBytes.length + lengths.byteLength + textBytes.length;
  const pad = (8 - (before % 8)) % 8;
  const head = Buffer.alloc(HEAD);
  [shapeBytes.length, texts.length, textBytes.length, n, pad].forEach((x, i) => head.writeUInt32LE(x, i * 4));
  return Buffer.concat([
    head,
    shapeBytes,
    Buffer.from(lengths.buffer, lengths.byteOffset, lengths.byteLength),
    textBytes,
    Buffer.alloc(pad),
    Buffer.from(nums.buffer, 0, n * 8),
    Buffer.from(tags.buffer, 0, n),
  ]);
}

/** The value `encodeValue` stored; throws on bytes that are not one (a miss to the cache). */
export function decodeValue(buf: Uint8Array): unknown {
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.length < HEAD) throw new Error('recordCodec: truncated');
  const [shapeLen, textCount, textLen, n, pad] = [0, 1, 2, 3, 4].map((i) => view.readUInt32LE(i * 4)) as [number, number, number, number, number];
  let at = HEAD;
  const take = (len: number): Buffer => {
    if (at + len > view.length) throw new Error('recordCodec: truncated');
    const part = view.subarray(at, at + len);
    at += len;
    return part;
  };
  const shapes = JSON.parse(take(shapeLen).toString('utf8')) as string[][];
  if (!Array.isArray(shapes) || !shapes.every((s) => Array.isArray(s) && s.every((k) => typeof k === 'string'))) throw new Error('recordCodec: bad shapes');
  const lengthBytes = take(textCount * 4);
  const lengths = new Uint32Array(lengthBytes.buffer.slice(lengthBytes.byteOffset, lengthBytes.byteOffset + lengthBytes.length));
  const text = take(textLen).toString('utf16le');
  take(pad);
  const numBytes = take(n * 8);
  // Float64Array needs an 8-aligned offset: a copy when the buffer does not give one.
  const nums = numBytes.byteOffset % 8 === 0 ? new Float64Array(numBytes.buffer, numBytes.byteOffset, n) : new Float64Array(numBytes.buffer.slice(numBytes.byteOffset, numBytes.byteOffset + n * 8));
  const tags = take(n);
  if (at !== view.length) throw new Error('recordCodec: trailing bytes');
  const strings = new Array<string>(textCount);
  for (let i = 0, from = 0; i < textCount; i++) {
    const len = lengths[i]!;
    if (from + len > text.length) throw new Error('recordCodec: bad texts');
    strings[i] = text.slice(from, from + len);
    from += len;
  }
  let i = 0;
  const next = (): unknown => {
    if (i >= n) throw new Error('recordCodec: truncated');
    const tag = tags[i];
    const v = nums[i++]!;
    switch (tag) {
      case STR:
        if (strings[v] === undefined) throw new Error('recordCodec: bad text');
        return strings[v];
      case NUM:
        return v;
      case OBJ: {
        const keys = shapes[v];
        if (keys === undefined) throw new Error('recordCodec: bad shape');
        // A shape met often gets its own function; the rest are made key by key.
        let make = makers[v];
        if (make === undefined && ++uses[v]! === COMPILE_AFTER) make = makers[v] = literalMaker(keys);
        return make === undefined ? byKey(keys, next) : make(next);
      }
      case ARR: {
        if (!(v >= 0 && v <= n - i)) throw new Error('recordCodec: bad list');
        const a = new Array<unknown>(v);
        for (let k = 0; k < v; k++) a[k] = next();
        return a;
      }
      case TRUE:
        return true;
      case FALSE:
        return false;
      case NULL:
        return null;
      case UNDEF:
        return undefined;
      default:
        throw new Error('recordCodec: bad tag');
    }
  };
  const makers = new Array<Maker | undefined>(shapes.length);
  const uses = new Uint32Array(shapes.length);
  const value = next();
  if (i !== n) throw new Error('recordCodec: trailing values');
  return value;
}

type Maker = (next: () => unknown) => Record<string, unknown>;

/** How many objects of a shape are made key by key before the shape gets a function. */
const COMPILE_AFTER = 16;

function byKey(keys: readonly string[], next: () => unknown): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  for (const k of keys) {
    // `o['__proto__'] = v` would set the prototype: an own key is defined instead.
    if (k === '__proto__') Object.defineProperty(o, k, { value: next(), enumerable: true, writable: true, configurable: true });
    else o[k] = next();
  }
  return o;
}

/** A function that makes an object of one shape, its values taken in key order: an object
 *  literal, so the objects of the shape share one layout from the start. A `__proto__` key
 *  (which a literal would take for the prototype) and a repeated key stay key by key. */
function literalMaker(keys: readonly string[]): Maker | undefined {
  if (keys.includes('__proto__') || new Set(keys).size !== keys.length) return undefined;
  // Keys are written as JSON strings: no key can end the literal or run code.
  return new Function('next', `return { ${keys.map((k) => `${JSON.stringify(k)}: next()`).join(', ')} };`) as Maker;
}
