// Record text shown on a terminal is shown, never sent: a control character (ESC, BEL, a
// backspace …) in a record would otherwise move the cursor, clear the screen or set the
// window title when the table or a problem is printed. Each becomes one visible character, so
// columns and carets computed on the shown text still line up.
//
// C0 controls and DEL → their Unicode control pictures (ESC → ␛ U+241B, BEL → ␇); C1 controls,
// bidirectional overrides and isolates (which reorder what the eye reads) → � U+FFFD.
// Line ends are kept where the caller keeps lines (`keepLineEnds`), else shown as ␊ and ␍.

// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_AND_LINE_ENDS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const picture = (ch: string): string => {
  const cp = ch.charCodeAt(0);
  if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
  if (cp === 0x7f) return '\u2421';
  return '\ufffd';
};

/** The text with every control character shown as one visible character; tabs are kept. */
export function visibleText(text: string, keepLineEnds = true): string {
  return text.replace(keepLineEnds ? CONTROLS : CONTROLS_AND_LINE_ENDS, picture);
}
