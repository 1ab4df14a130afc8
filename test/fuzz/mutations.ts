// Random mutations of a valid record file, as staff (or a broken editor) would make them: lines
// deleted, duplicated, swapped or re-indented, tabs, control and invisible characters, full-width
// digits, very long strings, deep nesting, random bytes, truncation, a scalar of another type,
// huge and negative numbers. A mutation is plain data (so a failing case prints as JSON and
// becomes a regression test as it is); `mutate` applies a list of them to a file's text.
import fc from 'fast-check';

export type Mutation =
  | { readonly op: 'delete-line'; readonly at: number }
  | { readonly op: 'duplicate-line'; readonly at: number }
  | { readonly op: 'swap-lines'; readonly at: number; readonly with: number }
  | { readonly op: 'indent'; readonly at: number; readonly by: number }
  | { readonly op: 'tab-indent'; readonly at: number }
  | { readonly op: 'insert-char'; readonly at: number; readonly text: string }
  | { readonly op: 'full-width-digits'; readonly at: number }
  | { readonly op: 'long-string'; readonly at: number; readonly length: number; readonly quoted: boolean }
  | { readonly op: 'deep-nesting'; readonly at: number; readonly depth: number; readonly flow: boolean }
  | { readonly op: 'replace-value'; readonly at: number; readonly value: string }
  | { readonly op: 'number'; readonly at: number; readonly value: string }
  | { readonly op: 'truncate'; readonly at: number }
  | { readonly op: 'random-bytes'; readonly at: number; readonly bytes: readonly number[] };

/** Characters that a terminal, a spreadsheet or a parser may treat specially. */
export const ODD_TEXT = [
  '\t', '\0', '\x01', '\x07', '\b', '\x0b', '\f', '\r', '\x1b', '\x1b[2J', '\x1b]0;title\x07', '\x7f', '\x85',
  '\u00a0', '\u200b', '\u200d', '\u200e', '\u202e', '\u2028', '\u2029', '\u3000', '\ufeff', '\ufffe', '\uffff',
  '\ud800', '\udc00', '😀', '=1+1', '@SUM(A1)', '<script>alert(1)</script>', '"', "'", '#', ': ', '- ', '&a', '*a',
  '!!js/function', '%', '`', '{', '[', '__proto__', 'constructor', '\\', '\n',
] as const;

/** Values that replace a scalar: another type, a YAML 1.1 word, an impossible date, an odd key. */
export const OTHER_SCALARS = [
  'true', 'no', 'null', '~', '[]', '{}', '[1, 2]', '{ a: 1 }', '"text"', "''", '1.5', '-3', '0', '2021-13-45', '2021-02-29',
  '.nan', '.inf', '-.inf', '0x1F', '0o17', '010', '1_000', '337,200', '"337,200"', 'constructor', '__proto__', '"\\x5f_proto__"',
  '!!binary aGVsbG8=', '!foo bar', '&x 1', '*x', '? [a, b]', '|', '>', '"\\u0000"', '"\\e[31m"', '=HYPERLINK("x")', '+1', '-', '@x',
] as const;

/** Numbers at and past every limit: huge, negative, exponents, fractions, full-width. */
export const ODD_NUMBERS = [
  '-1', '-277200', '-0', '0', '9007199254740991', '9007199254740992', '9007199254740993', '-9007199254740993',
  '1e21', '1e306', '1e308', '1e309', '-1e308', '1.7976931348623157e308', '123456789012345678901234567890', '0.1', '25.85',
  '25.849999999999', '1e-7', '３３７２００', '4.5e15', '999999999999999',
] as const;

const index = fc.nat({ max: 10_000 });

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete-line' as const), at: index }),
  fc.record({ op: fc.constant('duplicate-line' as const), at: index }),
  fc.record({ op: fc.constant('swap-lines' as const), at: index, with: index }),
  fc.record({ op: fc.constant('indent' as const), at: index, by: fc.integer({ min: -4, max: 6 }) }),
  fc.record({ op: fc.constant('tab-indent' as const), at: index }),
  fc.record({
    op: fc.constant('insert-char' as const),
    at: fc.nat({ max: 100_000 }),
    text: fc.oneof(fc.constantFrom(...ODD_TEXT), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })),
  }),
  fc.record({ op: fc.constant('full-width-digits' as const), at: index }),
  fc.record({ op: fc.constant('long-string' as const), at: index, length: fc.integer({ min: 100, max: 100_000 }), quoted: fc.boolean() }),
  fc.record({ op: fc.constant('deep-nesting' as const), at: index, depth: fc.integer({ min: 2, max: 20_000 }), flow: fc.boolean() }),
  fc.record({ op: fc.constant('replace-value' as const), at: index, value: fc.oneof(fc.constantFrom(...OTHER_SCALARS), fc.string({ maxLength: 12 })) }),
  fc.record({ op: fc.constant('number' as const), at: index, value: fc.oneof(fc.constantFrom(...ODD_NUMBERS), fc.double().map(String), fc.bigInt().map(String)) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat({ max: 100_000 }) }),
  fc.record({ op: fc.constant('random-bytes' as const), at: fc.nat({ max: 100_000 }), bytes: fc.array(fc.nat({ max: 255 }), { minLength: 1, maxLength: 8 }) }),
);

const FULL_WIDTH_ZERO = 0xff10;
const fullWidth = (s: string): string => s.replace(/[0-9]/g, (d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d)));
/** The value part of a `key: value` or `- value` line, or the end of the line. */
const valueStart = (line: string): number => {
  const m = /^(\s*(?:- )?[^:#]*?:\s)|^(\s*- )/.exec(line);
  return m ? m[0].length : line.length;
};

function withLine(lines: string[], at: number, f: (line: string) => string): void {
  if (lines.length === 0) return;
  const i = at % lines.length;
  lines[i] = f(lines[i]!);
}

/** Applies one mutation to a file's text (bytes only for random-bytes). */
export function applyMutation(text: string, m: Mutation): string | Uint8Array {
  const lines = text.split('\n');
  const n = lines.length;
  switch (m.op) {
    case 'delete-line':
      lines.splice(m.at % n, 1);
      break;
    case 'duplicate-line':
      lines.splice(m.at % n, 0, lines[m.at % n]!);
      break;
    case 'swap-lines': {
      const a = m.at % n;
      const b = m.with % n;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      break;
    }
    case 'indent':
      withLine(lines, m.at, (l) => (m.by >= 0 ? ' '.repeat(m.by) + l : l.replace(new RegExp(`^ {0,${-m.by}}`), '')));
      break;
    case 'tab-indent':
      withLine(lines, m.at, (l) => l.replace(/^( {2})/, '\t'));
      break;
    case 'insert-char': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'full-width-digits':
      withLine(lines, m.at, fullWidth);
      break;
    case 'long-string':
      withLine(lines, m.at, (l) => {
        const body = '가나다abc'.repeat(Math.ceil(m.length / 6)).slice(0, m.length);
        return l.slice(0, valueStart(l)) + (m.quoted ? `"${body}"` : body);
      });
      break;
    case 'deep-nesting':
      withLine(lines, m.at, (l) => {
        const nested = m.flow ? '['.repeat(m.depth) + ']'.repeat(m.depth) : Array.from({ length: Math.min(m.depth, 2_000) }, (_, d) => `\n${'  '.repeat(d + 1)}k${d}:`).join('') + ' 1';
        return l.slice(0, valueStart(l)) + nested;
      });
      break;
    case 'replace-value':
      withLine(lines, m.at, (l) => l.slice(0, valueStart(l)) + m.value);
      break;
    case 'number':
      withLine(lines, m.at, (l) => (/\d+(\.\d+)?/.test(l) ? l.replace(/\d+(\.\d+)?/, m.value) : l.slice(0, valueStart(l)) + m.value));
      break;
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'random-bytes': {
      const bytes = Buffer.from(text, 'utf8');
      const at = m.at % (bytes.length + 1);
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)]);
    }
  }
  return lines.join('\n');
}

/** Applies mutations in turn; once bytes have been inserted the rest apply to their UTF-8 reading. */
export function mutate(text: string, mutations: readonly Mutation[]): string | Uint8Array {
  let out: string | Uint8Array = text;
  for (const m of mutations) {
    const asText: string = typeof out === 'string' ? out : Buffer.from(out).toString('latin1');
    const next = applyMutation(asText, m);
    out = typeof out === 'string' ? next : typeof next === 'string' ? Buffer.from(next, 'latin1') : next;
  }
  return out;
}
