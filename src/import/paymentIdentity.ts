// When two records of a payment are the same payment: the rule that keeps an import from counting
// a payment twice — a re-import, a copy of the file in another encoding or with other headers, or
// the office's own disclosure of a payment already added by hand.
//
// - Two records of the same date and amount are the same payment when they agree on
//   every text both give (time, place, purpose, and the budget line they resolve to), each
//   compared NFC-normalised with its whitespace folded: a hand entry without a place is the same
//   payment as the disclosure's row that has one.
// - The same date and amount with a text that differs is a near match: maybe the same payment
//   written differently, maybe another; it is held back for a person to decide, never added.
// Disclosures carry no id of a payment: the open data's `nid` names the page of one department's
// month, shared by every row of it (seen in Seoul's own files), so it cannot tell payments apart.
// Pure.
import type { ExpenseEntry } from '../model/records.js';

/** Text as compared: NFC, whitespace folded to one space, trimmed. */
export const folded = (s: string | undefined): string => (s ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();

export interface Known<W> {
  readonly entry: ExpenseEntry;
  /** The budget line's key the entry resolves to. */
  readonly line: string;
  /** Where it is, for a message (a record file's place, or an input row). */
  readonly where: W;
}

export type Match<W> = { readonly kind: 'new' } | { readonly kind: 'same'; readonly with: Known<W> } | { readonly kind: 'near'; readonly with: Known<W> };

const TEXTS = ['time', 'place', 'purpose'] as const;

/** An entry's texts as compared (TEXTS, folded): made when first compared, once per entry and
 *  not once per candidate. */
type Folded = readonly string[];
const foldedTexts = (e: ExpenseEntry): Folded => TEXTS.map((f) => folded(e[f]));

const NEW: Match<never> = { kind: 'new' };

/** A known entry in the index (its fields copied, not the given object wrapped: one object per
 *  entry of 100,000, not two), and the next one of the same date and amount (most have none: no
 *  list is made for each entry). The first of a chain keeps its last, so adding is one step
 *  however many payments share a date and amount. */
interface Indexed<W> extends Known<W> {
  texts?: Folded;
  next?: Indexed<W>;
  last?: Indexed<W>;
}

export class PaymentIndex<W> {
  /** By date, then amount: no key string made and hashed per entry. */
  private readonly byDateAmount = new Map<string, Map<number, Indexed<W>>>();

  add(known: Known<W>): void {
    let byAmount = this.byDateAmount.get(known.entry.date);
    if (byAmount === undefined) this.byDateAmount.set(known.entry.date, (byAmount = new Map()));
    const first = byAmount.get(known.entry.amount);
    const added: Indexed<W> = { entry: known.entry, line: known.line, where: known.where };
    if (first === undefined) byAmount.set(known.entry.amount, added);
    else {
      (first.last ?? first).next = added;
      first.last = added;
    }
  }

  match(entry: ExpenseEntry, line: string): Match<W> {
    const first = this.byDateAmount.get(entry.date)?.get(entry.amount);
    if (first === undefined) return NEW;
    const texts = foldedTexts(entry);
    for (let k: Indexed<W> | undefined = first; k !== undefined; k = k.next) {
      if (k.line === line && agree((k.texts ??= foldedTexts(k.entry)), texts)) return { kind: 'same', with: k };
    }
    return { kind: 'near', with: first };
  }
}

/** Every text both give is the same. */
function agree(a: Folded, b: Folded): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== '' && b[i] !== '' && a[i] !== b[i]) return false;
  return true;
}
