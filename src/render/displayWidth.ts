// Display width of text in a terminal: Korean and other East Asian wide characters take two
// columns. Used to put carets and table columns where the eye expects them.
import { eastAsianWidth } from 'get-east-asian-width';

export function displayWidth(text: string): number {
  return widthOf(text, false);
}

/**
 * The display width of a text that is shown as it is, one line: -1 when it holds a character
 * that visibleText.ts would change, a tab or a line end (which a table cell shows otherwise) or
 * ESC. The table writer measures each cell once with it and takes the slow path only for the
 * rare cell it refuses (a list of 100,000 entries has a million cells).
 */
export function plainWidth(text: string): number {
  return widthOf(text, true);
}

function widthOf(text: string, plain: boolean): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // The common cases first, without a lookup: printable ASCII and Hangul syllables.
    if (c >= 0x20 && c < 0x7f) w += 1;
    else if (c >= 0xac00 && c <= 0xd7a3) w += 2;
    else {
      // C0 and C1 controls, DEL, bidirectional overrides and isolates.
      if (plain && (c < 0x20 || (c >= 0x7f && c < 0xa0) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))) return -1;
      const cp = text.codePointAt(i)!;
      if (cp > 0xffff) i++;
      // Control and combining characters take no column.
      if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || (cp >= 0x300 && cp <= 0x36f) || cp === 0x200b) continue;
      w += eastAsianWidth(cp, { ambiguousAsWide: false });
    }
  }
  return w;
}
