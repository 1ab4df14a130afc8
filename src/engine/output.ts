// The documents and formats front ends write: the format registry (a report's Doc in any format),
// the names of the formats of problems (validate's text, json and GitHub annotations; their
// renderers are in problems.ts), and the small document builders a front end needs for its own
// summaries.
export type { Doc } from '../render/document.js';
export { tablesDoc } from '../render/document.js';
export type { TableModel } from '../render/tableModel.js';
export { int, text } from '../render/tableModel.js';
export type { FormatName, WriteOptions } from '../render/formats/index.js';
export { FORMATS, FORMAT_NAMES, formatOfFile, isFormat } from '../render/formats/index.js';
// The names of the formats of problems (their renderers: problems.ts).
export { PROBLEM_FORMAT_NAMES } from '../render/problems/names.js';
export type { RenderOptions } from '../render/problems/types.js';
export type { Problem } from '../model/problem.js';
export { countBySeverity } from '../model/problem.js';
export type { RecordKind } from '../model/records.js';
