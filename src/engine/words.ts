// The words every front end speaks with: the cli's and the help's texts in both languages, the
// wording of refusals and notices, and the width of text as a terminal shows it. One place, so a
// dashboard and the cli say the same thing the same way.
export type { Lang } from '../messages/lang.js';
export { LANGS } from '../messages/lang.js';
export { CLI_TEXT, HELP_TEXT, noticeText, refusalText } from '../messages/cliText.js';
export { displayWidth } from '../render/displayWidth.js';
export { isDataRefusal } from '../model/refusal.js';
export type { Notice, Refusal } from '../model/refusal.js';
// The count line that ends a list of problems (a problem in one line: problems.ts).
export { summaryLine } from '../messages/cliText.js';
// Figures as every format writes them: 337200 → 337,200 (a form's hint says what is left so too).
export { groupThousands } from '../model/numbers.js';
