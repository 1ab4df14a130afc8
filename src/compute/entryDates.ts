// The first and last entry date of an expenses file, found by one pass over its entries and
// kept per file (records are not changed after loading): the as-of rule asks the last, the
// execution figures the first, a report and the checks each several times, and a year can hold
// 100,000 entries.
import type { ExpensesRecord } from '../model/records.js';
import type { IsoDate } from '../model/units.js';

interface Range {
  readonly first: IsoDate | undefined;
  readonly last: IsoDate | undefined;
}

const ranges = new WeakMap<ExpensesRecord, Range>();

function rangeOf(file: ExpensesRecord): Range {
  let range = ranges.get(file);
  if (range === undefined) {
    let first: IsoDate | undefined;
    let last: IsoDate | undefined;
    const entries = file.entries;
    // An index, not for-of: a loop run once over many entries is not optimised before it ends,
    // and each step of an iterator there makes an object.
    for (let i = 0; i < entries.length; i++) {
      const d = entries[i]!.date;
      if (first === undefined || d < first) first = d;
      if (last === undefined || d > last) last = d;
    }
    range = { first, last };
    ranges.set(file, range);
  }
  return range;
}

/** The earliest entry date of an expenses file. */
export const firstEntryDate = (file: ExpensesRecord): IsoDate | undefined => rangeOf(file).first;

/** The latest entry date of an expenses file. */
export const lastEntryDate = (file: ExpensesRecord): IsoDate | undefined => rangeOf(file).last;
