// Display width of text in a terminal: Korean and other East Asian wide characters take two
// columns. Used to put carets and table columns where the eye expects them.
import { eastAsianWidth } from 'get-east-asian-width';

export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    // Control and combining characters take no column.
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
    w += eastAsianWidth(cp, { ambiguousAsWide: false });
  }
  return w;
}
