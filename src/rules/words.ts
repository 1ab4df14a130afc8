// How a rule's message quotes what it reads: a figure, a value as written, a list. Shared by the
// rule modules of this folder and the rule table of messages/catalog.ts, so every message writes
// a value the same way.
import { groupThousands } from '../model/numbers.js';

/** A figure with thousands separators. A message may quote a value as read (Infinity from
 *  `1e999`): a figure that is not finite is written as JavaScript writes it, not refused. */
export const n = (v: unknown): string => (Number.isFinite(Number(v)) ? groupThousands(Number(v)) : String(Number(v)));

/** A parameter as text; a missing one is empty. */
export const s = (v: unknown): string => String(v ?? '');

/** A list of words, joined. */
export const list = (v: unknown, sep = ', '): string => (Array.isArray(v) ? v.join(sep) : String(v ?? ''));

/** A value quoted in a message: on one line (line ends shown as ⏎) and cut at 80 characters. */
export const q = (v: unknown): string => {
  const one = String(v).replace(/\r?\n/g, '⏎').replace(/\r/g, '⏎');
  const cut = one.length > 80 ? `${one.slice(0, 79)}…` : one;
  // A value as written that carries its own YAML quotes ('25,000', "예") is shown in them, not
  // wrapped in a second pair (''25,000'').
  return /^'.*'$|^".*"$/s.test(one) && one.length >= 2 && one.length <= 80 ? one : `'${cut}'`;
};
