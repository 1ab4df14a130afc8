// The formats `validate --format` knows, each one pure function with a description.
import type { ProblemRenderer } from './types.js';
import { renderText } from './text.js';
import { renderJson } from './json.js';
import { renderGithub } from './github.js';

export const PROBLEM_FORMATS: Readonly<Record<string, { readonly render: ProblemRenderer; readonly description: string }>> = {
  text: { render: renderText, description: 'file:line:col severity message [rule], with the source line and a caret' },
  json: { render: renderJson, description: 'machine-readable; see docs/validate-json.md' },
  github: { render: renderGithub, description: 'GitHub Actions annotations for pull requests' },
};

export const PROBLEM_FORMAT_NAMES = Object.keys(PROBLEM_FORMATS);
