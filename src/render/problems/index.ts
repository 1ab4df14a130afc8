// The formats `validate --format` knows, each one pure function with a description. Their names
// and descriptions are in names.ts, which the command table reads without loading the renderers.
import type { ProblemRenderer } from './types.js';
import { renderText } from './text.js';
import { renderJson } from './json.js';
import { renderGithub } from './github.js';
import type { ProblemFormatName } from './names.js';
import { PROBLEM_FORMAT_DESCRIPTIONS as D } from './names.js';

export { PROBLEM_FORMAT_NAMES } from './names.js';

export const PROBLEM_FORMATS: Readonly<Record<string, { readonly render: ProblemRenderer; readonly description: string }>> = {
  text: { render: renderText, description: D.text },
  json: { render: renderJson, description: D.json },
  github: { render: renderGithub, description: D.github },
} satisfies Record<ProblemFormatName, unknown>;
