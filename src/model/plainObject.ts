// A plain object made to be filled one field at a time, as records are read.

/** A plain object (its prototype is Object.prototype, as a literal's is) made by a constructor,
 *  so that V8 gives the objects room for their fields in the object itself once it has seen a
 *  few: `{}` has room for four, and a fifth to eighth field went to a second array, made and then
 *  grown for each of 100,000 entries. Each place that fills objects of one shape (the line
 *  reader's entries, the import's) makes its own, so that the room fits that shape. */
export function plainObjects<T extends object = Record<string, unknown>>(): new () => T {
  const Made = function (this: object) {} as unknown as new () => T;
  Made.prototype = Object.prototype;
  return Made;
}
