// Problems as front ends show them: validate's formats (text with the source line and a caret,
// json, GitHub annotations), the GitHub job summary, and a problem in one line (its YAML path,
// what was expected, how to fix it). Apart from words.ts and output.ts, so that a run that shows
// no problem (--help, a report on clean records) does not load the rule table's texts.
export { PROBLEM_FORMATS } from '../render/problems/index.js';
export { renderGithubSummary } from '../render/problems/github.js';
export { oneLine } from '../messages/catalog.js';
