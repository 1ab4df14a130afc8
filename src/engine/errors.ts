// The one error a front end catches from the engine: a request it cannot carry out as asked (a
// file it cannot write, a lock it cannot take), worded in the language of the run. The cli ends
// with exit 2 and the message; a dashboard shows it.
export class UsageError extends Error {
  readonly exitCode = 2;
}

/** A figure past the exact range of whole numbers (model/numbers.ts). */
export { FigureOverflow } from '../model/numbers.js';
