// A unified diff of one file before and after a change made in one place (what `--dry-run`
// of the commands that edit records prints, and what a dashboard form shows after a write).
// The change is found as the lines between the longest common start and the longest common end,
// which is exact for a single edit.
const CONTEXT = 3;

/** `before` undefined: the file is new. Line ends (LF or CRLF) are not shown. */
export function unifiedDiff(name: string, before: string | undefined, after: string): string {
  const a = before === undefined ? [] : linesOf(before);
  const b = linesOf(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  if (start === a.length && start === b.length) return '';
  const from = Math.max(0, start - CONTEXT);
  const aTo = Math.min(a.length, a.length - end + CONTEXT);
  const bTo = Math.min(b.length, b.length - end + CONTEXT);
  const out = [before === undefined ? '--- /dev/null' : `--- a/${name}`, `+++ b/${name}`, `@@ -${range(from, aTo - from)} +${range(from, bTo - from)} @@`];
  for (let i = from; i < start; i++) out.push(` ${a[i]}`);
  for (let i = start; i < a.length - end; i++) out.push(`-${a[i]}`);
  for (let i = start; i < b.length - end; i++) out.push(`+${b[i]}`);
  for (let i = a.length - end; i < aTo; i++) out.push(` ${a[i]}`);
  return out.join('\n') + '\n';
}

function linesOf(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Unified diff ranges: 1-based start and count; an empty range names the line before it. */
function range(from: number, count: number): string {
  return count === 0 ? `${from},0` : `${from + 1},${count}`;
}
