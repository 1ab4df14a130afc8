// Every output format writes the example document (src/render/formats/exampleDoc.ts) byte for byte
// the same twice, and as the example its module declares (formatSpec.ts `example`): a text
// format's exact output, a binary format's check. A format starts with a byte-order mark when
// asked exactly when it declares `bom` (the help of --bom names those formats). A format found in the folder (modules.gen.ts)
// must declare one, so its declaration is its test; the built-in formats without one are named
// below with the tests that cover them instead.
import { describe, expect, it } from 'vitest';
import type { Format, FormatExample, WriteOptions } from '../../src/render/formats/index.js';
import { FORMATS, FORMAT_NAMES } from '../../src/render/formats/index.js';
import { EXAMPLE_DOC, EXAMPLE_SPECIAL_TEXT } from '../../src/render/formats/exampleDoc.js';
import { docTables } from '../../src/render/document.js';

const OPTIONS: WriteOptions = { lang: 'ko', color: false, bom: false };

const bytes = (out: string | Uint8Array): Buffer => (typeof out === 'string' ? Buffer.from(out, 'utf8') : Buffer.from(out));

async function exampleOf(format: Format): Promise<FormatExample | undefined> {
  const declared = format.example;
  return typeof declared === 'function' ? declared() : declared;
}

/** Built-in formats that declare no example: json prints the report object as it is (its golden
 *  files in test/golden), xlsx and docx are read back by their own tests (test/e2e). */
const WITHOUT_EXAMPLE = ['json', 'xlsx', 'docx'];

describe('the example document', () => {
  it('holds what an example should show: headings, a grouped header, numbers, empty cells, special characters, Korean', () => {
    expect(EXAMPLE_DOC.blocks.filter((b) => b.type === 'heading')).toHaveLength(2);
    const tables = docTables(EXAMPLE_DOC.blocks);
    expect(tables).toHaveLength(2);
    expect(tables.some((t) => t.headerGroups?.some((g) => g.span > 1))).toBe(true);
    const cells = tables.flatMap((t) => t.rows.flatMap((r) => r.cells));
    for (const kind of ['int', 'percent', 'gap', 'date'] as const) expect(cells.some((c) => c.kind === kind && c.value !== null)).toBe(true);
    expect(cells.some((c) => c.kind === 'int' && Number(c.value) >= 1000)).toBe(true);
    expect(cells.some((c) => c.kind === 'gap' && Number(c.value) < 0)).toBe(true);
    expect(cells.some((c) => c.value === null)).toBe(true);
    expect(cells.some((c) => c.value === '')).toBe(true);
    expect(cells.some((c) => c.value === EXAMPLE_SPECIAL_TEXT)).toBe(true);
    for (const ch of ['\t', '"', '\n', ',', '|', '<', '&']) expect(EXAMPLE_SPECIAL_TEXT).toContain(ch);
    expect(EXAMPLE_SPECIAL_TEXT).toMatch(/[가-힣]/);
  });
});

describe('every format', () => {
  it('declares an example, but for the built-in ones that are tested elsewhere', () => {
    expect(FORMAT_NAMES.filter((name) => (FORMATS[name] as Format).example === undefined)).toEqual(WITHOUT_EXAMPLE);
  });

  for (const name of FORMAT_NAMES) {
    const format: Format = FORMATS[name];

    it(`${name}: the same document twice gives the same bytes`, async () => {
      const first = bytes(await format.write(EXAMPLE_DOC, OPTIONS));
      const second = bytes(await format.write(EXAMPLE_DOC, OPTIONS));
      expect(first.length).toBeGreaterThan(0);
      expect(second.equals(first)).toBe(true);
    });

    it(`${name}: a byte-order mark when asked${format.bom === true ? '' : ' is left out: it declares no bom'}`, async () => {
      const plain = bytes(await format.write(EXAMPLE_DOC, OPTIONS));
      const marked = bytes(await format.write(EXAMPLE_DOC, { ...OPTIONS, bom: true }));
      const expected = format.bom === true ? Buffer.concat([Buffer.from('\uFEFF', 'utf8'), plain]) : plain;
      expect(marked.equals(expected)).toBe(true);
    });

    if (format.example === undefined) continue;
    it(`${name}: writes the example document as its module declares`, async () => {
      const example = await exampleOf(format);
      const out = await format.write(EXAMPLE_DOC, OPTIONS);
      if (typeof example === 'string') {
        // An exact text is a text format's example.
        expect(format.binary).toBe(false);
        expect(out).toBe(example);
      } else {
        expect(example).toBeDefined();
        await example!.check(out);
      }
    });
  }
});
