// The record cache's form of a value (recordCache.ts): plain data (objects, lists, text, numbers,
// true, false, null, undefined) as flat arrays that are read back with little work. A year of
// 100,000 entries is read back in less than half the time `v8.deserialize` takes, because
//   - every text is stored once (a table of the distinct texts, as UTF-16 with their lengths:
//     reading them is one copy and a slice each),
//   - every object's keys are stored once per shape (the keys in their order), and an object is
//     made by a small function of its shape, so the objects of one shape share V8's layout,
//   - the values are one run of bytes read in one pass: each value one variable-length number
//     (seven bits a byte, the high bit set on every byte but the last) holding its kind in the
//     low three bits and above them a text's number, a whole number's size, a shape's number or
//     a list's length. A year of entries is about 15 bytes an entry (it was 8 bytes a value,
//     some 70 an entry, with a fixed-width number per value): less to read, hash and page in.
//
// Layout (little-endian): six u32 counts (shape bytes, texts, text bytes, numbers that are not
// whole, value bytes, padding), the shapes as JSON, the text lengths (u32), the texts (UTF-16),
// the padding, the numbers that are not whole (f64, aligned to 8 bytes from the start of the
// layout) and the values.

/** The kind of a value, in its low three bits. */
const STR = 0;
/** A whole number ≥ 0 (not -0), its size above the kind. */
const UINT = 1;
/** A whole number < 0, its size above the kind. */
const NINT = 2;
/** Any other number (a fraction, -0, a huge one, NaN, ±Infinity): its place in the f64 list. */
const FLOAT = 3;
const OBJ = 4;
const ARR = 5;
/** true, false, null, undefined: 0 to 3 above the kind. */
const CONST = 6;
const CONSTS = [true, false, null, undefined] as const;

/** The largest whole number stored as one: its value times 8 plus the kind stays exact. */
const MAX_WHOLE = 2 ** 48;

const HEAD = 6 * 4;

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
  const floats: number[] = [];
  let out = new Uint8Array(1024);
  let n = 0;
  const push = (kind: number, payload: number): void => {
    if (n + 8 > out.length) {
      const bigger = new Uint8Array(out.length * 2);
      bigger.set(out);
      out = bigger;
    }
    let x = payload * 8 + kind;
    while (x >= 128) {
      out[n++] = (x % 128) | 128;
      x = Math.floor(x / 128);
    }
    out[n++] = x;
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
        if (Number.isInteger(v) && Math.abs(v) <= MAX_WHOLE && !Object.is(v, -0)) push(v < 0 ? NINT : UINT, Math.abs(v));
        else push(FLOAT, floats.push(v) - 1);
        return;
      case 'boolean':
        push(CONST, v ? 0 : 1);
        return;
      case 'undefined':
        push(CONST, 3);
        return;
      case 'object': {
        if (v === null) return push(CONST, 2);
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
  [shapeBytes.length, texts.length, textBytes.length, floats.length, n, pad].forEach((x, i) => head.writeUInt32LE(x, i * 4));
  const f64 = new Float64Array(floats);
  return Buffer.concat([
    head,
    shapeBytes,
    Buffer.from(lengths.buffer, lengths.byteOffset, lengths.byteLength),
    textBytes,
    Buffer.alloc(pad),
    Buffer.from(f64.buffer, 0, f64.byteLength),
    Buffer.from(out.buffer, 0, n),
  ]);
}

/** The value `encodeValue` stored; throws on bytes that are not one (a miss to the cache). */
export function decodeValue(buf: Uint8Array): unknown {
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  if (view.length < HEAD) throw new Error('recordCodec: truncated');
  const [shapeLen, textCount, textLen, floatCount, n, pad] = [0, 1, 2, 3, 4, 5].map((i) => view.readUInt32LE(i * 4)) as [number, number, number, number, number, number];
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
  const floatBytes = take(floatCount * 8);
  // Float64Array needs an 8-aligned offset: a copy when the buffer does not give one.
  const floats = floatBytes.byteOffset % 8 === 0 ? new Float64Array(floatBytes.buffer, floatBytes.byteOffset, floatCount) : new Float64Array(floatBytes.buffer.slice(floatBytes.byteOffset, floatBytes.byteOffset + floatCount * 8));
  const bytes = take(n);
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
    // One variable-length number: most are one or two bytes.
    if (i >= n) throw new Error('recordCodec: truncated');
    let x = bytes[i++]!;
    if (x >= 128) {
      x -= 128;
      let scale = 128;
      for (;;) {
        if (i >= n || scale > MAX_WHOLE * 8) throw new Error('recordCodec: bad number');
        const b = bytes[i++]!;
        if (b < 128) {
          x += b * scale;
          break;
        }
        x += (b - 128) * scale;
        scale *= 128;
      }
      if (x >= MAX_WHOLE * 8 + 8) throw new Error('recordCodec: bad number');
    }
    const kind = x % 8;
    const v = (x - kind) / 8;
    switch (kind) {
      case STR:
        if (v >= textCount) throw new Error('recordCodec: bad text');
        return strings[v];
      case UINT:
        return v;
      case NINT:
        return -v;
      case FLOAT:
        if (v >= floatCount) throw new Error('recordCodec: bad number');
        return floats[v];
      case OBJ: {
        const keys = shapes[v];
        if (keys === undefined) throw new Error('recordCodec: bad shape');
        // A shape met often gets its own function; the rest are made key by key.
        let make = makers[v];
        if (make === undefined && ++uses[v]! === COMPILE_AFTER) make = makers[v] = literalMaker(keys);
        return make === undefined ? byKey(keys, next) : make(next);
      }
      case ARR: {
        // Every value takes a byte at least.
        if (v > n - i) throw new Error('recordCodec: bad list');
        const a = new Array<unknown>(v);
        for (let k = 0; k < v; k++) a[k] = next();
        return a;
      }
      case CONST:
        if (v > 3) throw new Error('recordCodec: bad value');
        return CONSTS[v];
      default:
        throw new Error('recordCodec: bad kind');
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
