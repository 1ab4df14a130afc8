// The objects `plainObjects()` makes stand where literals stood (entries read by the line reader
// and by the import): they must be plain objects to everything that looks at them — JSON, a
// clone, the record cache's codec, the schema validators, the tests' own equality — and each
// call must make a constructor of its own, so each shape gets V8's room of its own.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';
import jsYaml from 'js-yaml';
import { plainObjects } from '../../src/model/plainObject.js';
import { decodeValue, encodeValue } from '../../src/engine/recordCodec.js';
import { schemaValidators } from '../../src/validate/schemaValidators.js';
import { readFlowLines } from '../../src/load/flowLines.js';

const root = join(import.meta.dirname, '..', '..');

/** `fields` written one at a time into an object of `Made`, in their order. */
function filled(Made: new () => Record<string, unknown>, fields: Record<string, unknown>): Record<string, unknown> {
  const o = new Made();
  for (const k of Object.keys(fields)) o[k] = fields[k];
  return o;
}

const ENTRY = { date: '2022-01-14', line: '203-01', amount: 850500, purpose: '유관기관 업무협의 간담회', place: '중구 소재 식당', attendees: '과장 외 6명', payment: '카드', note: null };

describe('plainObjects', () => {
  it('makes objects whose prototype is Object.prototype and that have nothing of their own yet', () => {
    const Made = plainObjects();
    const o = new Made();
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.getOwnPropertyNames(o)).toEqual([]);
    expect(Object.getOwnPropertySymbols(o)).toEqual([]);
    // What a literal inherits, it inherits: the constructor is Object's, not the function made.
    expect(o.constructor).toBe(Object);
    expect(Object.hasOwn(o, 'constructor')).toBe(false);
    expect(Object.prototype.toString.call(o)).toBe('[object Object]');
    expect(Object.isExtensible(o)).toBe(true);
  });

  it('fills like a literal: keys in the order written (whole-number keys first, as in any object), JSON, a clone, for-in, inspect', () => {
    const Made = plainObjects();
    const fields = { ...ENTRY, 7: 'seven', z: undefined, 0: null };
    const o = filled(Made, fields);
    const literal: Record<string, unknown> = {};
    for (const k of Object.keys(fields)) literal[k] = (fields as Record<string, unknown>)[k];
    expect(Object.keys(o)).toEqual(Object.keys(literal));
    expect(Object.keys(o)).toEqual(['0', '7', 'date', 'line', 'amount', 'purpose', 'place', 'attendees', 'payment', 'note', 'z']);
    const forIn: string[] = [];
    for (const k in o) forIn.push(k);
    expect(forIn).toEqual(Object.keys(literal));
    expect(JSON.stringify(o)).toBe(JSON.stringify(literal));
    expect(JSON.stringify(o, null, 2)).toBe(JSON.stringify(literal, null, 2));
    expect(Object.entries(o)).toEqual(Object.entries(literal));
    expect({ ...o }).toStrictEqual(literal);
    const clone = structuredClone(o);
    expect(Object.getPrototypeOf(clone)).toBe(Object.prototype);
    expect(clone).toStrictEqual(literal);
    expect(inspect(o)).toBe(inspect(literal));
    // vitest's strict equality compares the constructors too.
    expect(o).toStrictEqual(literal);
    expect(literal).toStrictEqual(o);
    // Written in another order, the keys come in that order.
    const other = filled(Made, { payment: '카드', date: '2022-01-14' });
    expect(Object.keys(other)).toEqual(['payment', 'date']);
    expect(JSON.stringify(other)).toBe('{"payment":"카드","date":"2022-01-14"}');
  });

  it('makes one constructor per call, each with objects of its own shape in V8', () => {
    const A = plainObjects();
    const B = plainObjects();
    expect(A).not.toBe(B);
    const a = filled(A, { x: 1 });
    const b = filled(B, { y: 2 });
    expect(Object.keys(a)).toEqual(['x']);
    expect(Object.keys(b)).toEqual(['y']);
    // V8's maps, seen through its test-only functions in a process of their own (given the
    // function's source as this run has it): objects of one constructor share one, of two
    // constructors (or a literal) do not.
    const script = `
      const plainObjects = ${plainObjects.toString()};
      const A = plainObjects(), B = plainObjects();
      console.log(JSON.stringify([%HaveSameMap(new A(), new A()), %HaveSameMap(new A(), new B()), %HaveSameMap(new A(), {})]));`;
    const out = execFileSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([true, false, false]);
  });

  it('passes the record cache codec as a literal does: the same bytes, read back as plain objects', () => {
    const Made = plainObjects();
    const made = { kind: 'expenses', entries: [filled(Made, ENTRY), filled(Made, { ...ENTRY, amount: -850500 })] };
    const literal = { kind: 'expenses', entries: [{ ...ENTRY }, { ...ENTRY, amount: -850500 }] };
    expect(Buffer.compare(encodeValue(made), encodeValue(literal))).toBe(0);
    const back = decodeValue(encodeValue(made)) as typeof literal;
    expect(back).toStrictEqual(literal);
    expect(Object.getPrototypeOf(back.entries[0])).toBe(Object.prototype);
    // The codec does refuse an object that is not plain: the check above is a real one.
    class Entry {
      a = 1;
    }
    expect(() => encodeValue({ entries: [new Entry()] })).toThrow(/not plain data/);
  });

  it('passes the schema validators as a literal does, errors included', () => {
    const text = readFileSync(join(root, 'test', 'fixtures', 'other-office', 'expenses', '2022.yaml'), 'utf8');
    const record = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }) as { entries: Record<string, unknown>[] };
    expect(record.entries.length).toBeGreaterThan(5);
    const validate = schemaValidators().expenses;
    const Made = plainObjects();
    const remade = (r: typeof record): typeof record => ({ ...r, entries: r.entries.map((e) => filled(Made, e)) });
    expect(validate(record)).toBe(true);
    expect(validate(remade(record))).toBe(true);
    // A wrong entry (a text amount, an unknown field, a missing date) is wrong in the same ways.
    const { date: _date, ...noDate } = record.entries[0]!;
    const wrong = { ...record, entries: [...record.entries, { ...record.entries[1], amount: '12,000' }, { ...noDate, colour: 'red' }] };
    expect(validate(wrong)).toBe(false);
    const literalErrors = structuredClone(validate.errors);
    expect(literalErrors?.length).toBeGreaterThan(1);
    expect(validate(remade(wrong))).toBe(false);
    expect(validate.errors).toStrictEqual(literalErrors);
  });

  it('is what the line reader makes its entries with', () => {
    const read = readFlowLines('kind: expenses\nentries:\n  - { date: 2022-01-14, amount: 850500, purpose: 간담회 }\n') as { entries: object[] };
    const entry = read.entries[0]!;
    expect(Object.getPrototypeOf(entry)).toBe(Object.prototype);
    expect(entry.constructor).toBe(Object);
    expect(entry).toStrictEqual({ date: '2022-01-14', amount: 850500, purpose: '간담회' });
  });
});
