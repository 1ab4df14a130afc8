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

export class PaymentIndex<W> {
  private readonly byDateAmount = new Map<string, Known<W>[]>();

  add(known: Known<W>): void {
    const key = `${known.entry.date}|${known.entry.amount}`;
    const list = this.byDateAmount.get(key);
    if (list) list.push(known);
    else this.byDateAmount.set(key, [known]);
  }

  match(entry: ExpenseEntry, line: string): Match<W> {
    const candidates = this.byDateAmount.get(`${entry.date}|${entry.amount}`) ?? [];
    const same = candidates.find((k) => agree(k, entry, line));
    if (same) return { kind: 'same', with: same };
    return candidates.length > 0 ? { kind: 'near', with: candidates[0]! } : { kind: 'new' };
  }
}

function agree(k: Known<unknown>, e: ExpenseEntry, line: string): boolean {
  if (k.line !== line) return false;
  for (const f of TEXTS) {
    const a = folded(k.entry[f]);
    const b = folded(e[f]);
    if (a !== '' && b !== '' && a !== b) return false;
  }
  return true;
}
