// The words expense entries are written in, as offices disclose them: the payment as written
// and its normalised method, and the 비목 as a code, a full name or a short word, resolved
// against the office's budget lines. Pure.

/** The 업무추진비 통계목 every office's budget draws from. */
export const KNOWN_EXPENSE_LINES: readonly { readonly code: string; readonly name: string; readonly short: string }[] = [
  { code: '203-01', name: '기관운영업무추진비', short: '기관' },
  { code: '203-02', name: '정원가산업무추진비', short: '정원' },
  { code: '203-03', name: '시책추진업무추진비', short: '시책' },
  { code: '203-04', name: '부서운영업무추진비', short: '부서' },
];

/** The payment methods, in the order tables list them. */
export const PAYMENT_METHODS = ['카드', '제로페이', '현금', '계좌이체', '복수', '기타'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

// Each method and the words that name it, as written in disclosures.
const METHOD_WORDS: readonly [Exclude<PaymentMethod, '복수' | '기타'>, RegExp][] = [
  ['제로페이', /^(제로페이|zeropay|제로)$/i],
  ['카드', /^(카드|법인카드|신용카드|체크카드|부서카드|기관카드|클린카드|업무추진비카드|정부구매카드|card)$/i],
  ['현금', /^(현금|cash)$/i],
  ['계좌이체', /^(계좌이체|계좌입금|이체|무통장입금|송금|transfer)$/i],
];

/** The normalised method of a payment as written: 카드 (any card), 제로페이, 현금, 계좌이체,
 *  복수 when several are named ("카드,제로페이"), 기타 for anything else. */
export function paymentMethod(written: string): PaymentMethod {
  const parts = written
    .split(/[,/+·및&]|\s+및\s+/)
    // 카드결제, 법인카드 결제, 현금 지불: the method without the word for paying.
    .map((p) => p.replace(/\s+/g, '').replace(/(결제|지불|지급|사용)$/, ''))
    .filter((p) => p !== '');
  const methods = new Set<PaymentMethod>();
  for (const p of parts) methods.add(METHOD_WORDS.find(([, re]) => re.test(p))?.[0] ?? '기타');
  if (methods.size > 1) return '복수';
  return [...methods][0] ?? '기타';
}

export interface BudgetLineName {
  readonly code: string;
  readonly name: string;
}

export type LineResolution =
  /** The budget line of this office the entry counts against. */
  | { readonly kind: 'line'; readonly code: string }
  /** A known 업무추진비 통계목 this office's budget does not have: add it to the budget. */
  | { readonly kind: 'missing-known'; readonly code: string; readonly name: string }
  /** Not a line of the budget nor a known one; `suggestion` only for a likely typo. */
  | { readonly kind: 'unknown'; readonly suggestion?: string };

const squash = (s: string): string => s.replace(/\s+/g, '');

/** Resolves a 비목 as written (203-01, 기관운영업무추진비, 기관, 기관운영) to a line of `budgetLines`. */
export function resolveLine(written: string, budgetLines: readonly BudgetLineName[]): LineResolution {
  // A code and its name in one cell ('203-01 기관운영업무추진비', '203-01(기관운영업무추진비)'):
  // the code says it, when the name does not say another line.
  const both = /^\s*(\d{3}-\d{2})\s*[(\s]\s*([^()]+?)\s*\)?\s*$/.exec(written);
  if (both) {
    const byCode = resolveLine(both[1]!, budgetLines);
    const byName = resolveLine(both[2]!, budgetLines);
    if (byCode.kind !== 'unknown' && (byName.kind === 'unknown' || ('code' in byName && 'code' in byCode && byName.code === byCode.code))) return byCode;
  }
  const w = squash(written);
  const exact = budgetLines.find((l) => l.code === w || squash(l.name) === w);
  if (exact) return { kind: 'line', code: exact.code };
  // 시책업무추진비 for 시책추진업무추진비, 기관업무추진비 for 기관운영업무추진비: the short word and
  // 업무추진비, as some offices write it.
  const known = KNOWN_EXPENSE_LINES.find((k) => k.code === w || k.name === w || k.short === w || `${k.short}운영` === w || `${k.short}업무추진비` === w || (w.length >= 4 && k.name.startsWith(w)));
  if (known) {
    const inBudget = budgetLines.find((l) => l.code === known.code);
    return inBudget ? { kind: 'line', code: inBudget.code } : { kind: 'missing-known', code: known.code, name: known.name };
  }
  return { kind: 'unknown', suggestion: typoOf(w, budgetLines) };
}

// A did-you-mean only for what looks like a slip of the keys: a code or a name of this
// budget within a small edit distance. A different real line is never a "typo".
function typoOf(w: string, budgetLines: readonly BudgetLineName[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const l of budgetLines) {
    for (const cand of [l.code, squash(l.name)]) {
      const d = editDistance(w, cand);
      if (d < bestD) {
        bestD = d;
        best = l.code;
      }
    }
  }
  const limit = Math.max(1, Math.floor(w.length / 4));
  return bestD <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/** A budget line as references find it: a line of the budget itself or of one of its programs
 *  (세부사업). `key` tells lines apart: the code alone for a line outside programs, the program's
 *  code and the line's code otherwise (the same 203-01 may be under several programs). */
export interface BudgetLineRef extends BudgetLineName {
  readonly key: string;
  readonly program?: { readonly code: string; readonly name: string };
  /** 예산액 in the file's unit; null when not known. */
  readonly budget: number | null;
  readonly description?: string;
}

/** The key of a line under `program` (undefined: a line outside programs). */
export const lineKey = (program: string | undefined, code: string): string => (program === undefined ? code : `${program}\u0000${code}`);

interface LineLike {
  readonly code: string;
  readonly name: string;
  readonly budget?: number | null;
  readonly description?: string;
}
interface BudgetLike {
  readonly lines?: readonly LineLike[];
  readonly programs?: readonly { readonly code: string; readonly name: string; readonly lines: readonly LineLike[] }[];
}

const linesOf = new WeakMap<BudgetLike, readonly BudgetLineRef[]>();

/** Every line of a budget: its own lines first, then each program's, in the file's order. Made
 *  once per budget record (records are not changed after loading), so that the resolutions of
 *  resolveLineRef, kept per list, are shared by every caller. */
export function budgetLines(budget: BudgetLike): readonly BudgetLineRef[] {
  const made = linesOf.get(budget);
  if (made !== undefined) return made;
  const line = (l: LineLike, program?: { code: string; name: string }): BudgetLineRef => ({
    key: lineKey(program?.code, l.code),
    code: l.code,
    name: l.name,
    budget: l.budget ?? null,
    ...(program ? { program: { code: program.code, name: program.name } } : {}),
    ...(l.description !== undefined ? { description: l.description } : {}),
  });
  const lines = [...(budget.lines ?? []).map((l) => line(l)), ...(budget.programs ?? []).flatMap((p) => p.lines.map((l) => line(l, p)))];
  linesOf.set(budget, lines);
  return lines;
}

export type LineRefResolution =
  | { readonly kind: 'line'; readonly key: string; readonly code: string }
  /** The line's code is under several programs and the reference names none. */
  | { readonly kind: 'ambiguous'; readonly code: string; readonly programs: readonly string[] }
  /** The reference names a program the budget does not have. */
  | { readonly kind: 'unknown-program'; readonly program: string; readonly known: readonly string[] }
  | Exclude<LineResolution, { kind: 'line' }>;

/** Per list of lines: the resolutions of words written without a program, and with one. */
const resolutions = new WeakMap<readonly BudgetLineRef[], { readonly plain: Map<string, LineRefResolution>; readonly inProgram: Map<string, LineRefResolution> }>();

/** Resolves a reference to a budget line (a 비목 as written, and the program when one is named)
 *  among `lines` (from budgetLines). A program is named by its code or its name. A year's
 *  entries write a few 비목 many times: each is resolved once per list of lines. */
export function resolveLineRef(written: string, program: string | undefined, lines: readonly BudgetLineRef[]): LineRefResolution {
  let known = resolutions.get(lines);
  if (known === undefined) resolutions.set(lines, (known = { plain: new Map(), inProgram: new Map() }));
  // A word without a program (nearly every entry) is looked up as it is, with no key text made.
  const map = program === undefined ? known.plain : known.inProgram;
  const key = program === undefined ? written : `${program}\u0001${written}`;
  let r = map.get(key);
  if (r === undefined) map.set(key, (r = resolveUncached(written, program, lines)));
  return r;
}

function resolveUncached(written: string, program: string | undefined, lines: readonly BudgetLineRef[]): LineRefResolution {
  let pool = lines;
  if (program !== undefined) {
    const p = squash(program);
    pool = lines.filter((l) => l.program !== undefined && (l.program.code === program || squash(l.program.name) === p));
    if (pool.length === 0) return { kind: 'unknown-program', program, known: [...new Set(lines.flatMap((l) => (l.program ? [l.program.code] : [])))] };
  }
  const r = resolveLine(written, pool);
  if (r.kind !== 'line') return r;
  const matches = pool.filter((l) => l.code === r.code);
  if (matches.length > 1) return { kind: 'ambiguous', code: r.code, programs: matches.map((m) => m.program?.code ?? '') };
  return { kind: 'line', key: matches[0]!.key, code: r.code };
}

/** The key of the line a reference resolves to, or the word as written when it does not. */
export function lineRefKey(written: string, program: string | undefined, lines: readonly BudgetLineRef[]): string {
  const r = resolveLineRef(written, program, lines);
  return r.kind === 'line' ? r.key : program === undefined ? written : lineKey(program, written);
}

const keyFinders = new WeakMap<readonly BudgetLineRef[], (written: string, program: string | undefined) => string>();

/** `lineRefKey` among one list of lines, for a loop over a year's entries: a 비목 written
 *  without a program (nearly every entry) is one map lookup, with no key text made per entry. */
export function lineRefKeys(lines: readonly BudgetLineRef[]): (written: string, program: string | undefined) => string {
  let find = keyFinders.get(lines);
  if (find === undefined) {
    const plain = new Map<string, string>();
    find = (written, program) => {
      if (program !== undefined) return lineRefKey(written, program, lines);
      let key = plain.get(written);
      if (key === undefined) plain.set(written, (key = lineRefKey(written, undefined, lines)));
      return key;
    };
    keyFinders.set(lines, find);
  }
  return find;
}
