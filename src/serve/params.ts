// A report's parameters as a form: the fields of its option specs (the output ones left out: the
// page is the output), and a submitted query read back into the values the engine checks, with
// the same defaults, choices and other words (국가 for country, 30일 for 30d) as the cli.
import type { OptionSpec } from '../engine/params.js';
import { canonicalChoice, paramKey } from '../engine/params.js';
import type { ReportSpec } from '../engine/reports.js';

/** The options a page does not show as fields: the format, the output file, the byte-order mark. */
const OUTPUT_KEYS = new Set(['format', 'out', 'bom']);

export interface Field {
  readonly spec: OptionSpec;
  /** Its key, which is also its name in the form and the query. */
  readonly key: string;
}

/** The fields of a report's form, in the order its help lists them. */
export function fieldsOf(spec: ReportSpec): Field[] {
  return spec.options.map((o) => ({ spec: o, key: paramKey(o.flags) })).filter((f) => !OUTPUT_KEYS.has(f.key));
}

/** The positional argument of a report (`tasks show <number>`): its form field. */
export const ARG_FIELD = 'arg';

export interface ReadParams {
  readonly params: Record<string, unknown>;
  readonly args: string[];
  /** Field key → what is wrong with its value (a choice that is not one, a required one missing). */
  readonly errors: Map<string, 'missing' | { readonly badChoice: string; readonly choices: readonly string[] }>;
}

/** The values of a query for a report's parameters, as the cli would pass them to the engine. */
export function readParams(spec: ReportSpec, query: URLSearchParams, format: string): ReadParams {
  const params: Record<string, unknown> = {};
  const errors: ReadParams['errors'] = new Map();
  for (const o of spec.options) {
    const key = paramKey(o.flags);
    if (o.default !== undefined) params[key] = o.default;
    // --no-bom: the byte-order mark is written unless asked not to.
    if (o.flags.startsWith('--no-')) params[key] = true;
  }
  params['format'] = format;
  params['bom'] = true;
  for (const { spec: o, key } of fieldsOf(spec)) {
    const raw = (query.get(key) ?? '').trim();
    if (raw === '') {
      if (o.required === true) errors.set(key, 'missing');
      continue;
    }
    if (o.choices !== undefined) {
      const c = canonicalChoice(o, raw);
      if (c === undefined) errors.set(key, { badChoice: raw, choices: o.choices });
      else params[key] = c;
    } else if (o.canonical !== undefined) params[key] = o.canonical.parse(raw) ?? raw;
    else params[key] = raw;
  }
  const arg = (query.get(ARG_FIELD) ?? '').trim();
  if (spec.args !== undefined && arg === '') errors.set(ARG_FIELD, 'missing');
  return { params, args: arg === '' ? [] : [arg], errors };
}

/** The formats a report can be downloaded in: its --format choices. */
export function formatsOf(spec: ReportSpec): readonly string[] {
  return spec.options.find((o) => paramKey(o.flags) === 'format')?.choices ?? [];
}

/** A report's name as a path segment: `budget status` → `budget-status`. */
export const slugOf = (spec: ReportSpec): string => spec.name.replace(/ /g, '-');
