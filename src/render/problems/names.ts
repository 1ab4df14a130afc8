// The formats `validate --format` knows, by name with a description: what the command table and
// its help need, without loading the renderers (and the colour library the text one uses).
export const PROBLEM_FORMAT_DESCRIPTIONS = {
  text: 'file:line:col severity message [rule], with the source line and a caret',
  json: 'machine-readable; see docs/validate-json.md',
  github: 'GitHub Actions annotations for pull requests',
} as const;

export type ProblemFormatName = keyof typeof PROBLEM_FORMAT_DESCRIPTIONS;

export const PROBLEM_FORMAT_NAMES = Object.keys(PROBLEM_FORMAT_DESCRIPTIONS) as ProblemFormatName[];
