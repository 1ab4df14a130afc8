// A rule in one module: its id, severity, parameters, Korean and English words and its check,
// together. A module of this folder that exports `rule` (made with defineRule) is found by
// scripts/gen-module-lists.mjs (`modules.gen.ts`, written at `npm run compile`, not committed):
// validate runs its check after the checks of validate/checks/, and messages/catalog.ts words its
// problems and gives its severity as it does for the rules of its own table. A second rule with
// the same id (here or in the table) stops the list's script with a line naming both places.
//
// A new rule is this module and its section in docs/errors.md, nothing else:
//
//   // src/rules/budgetOver.ts
//   import { defineRule } from './defineRule.js';
//   import { n, s } from './words.js';
//   import { problemAt } from '../model/problemAt.js';
//
//   declare module '../model/problem.js' {
//     interface RuleParams { 'budget-over': { line: string; over: number } }
//   }
//
//   export const rule = defineRule({
//     id: 'budget-over',
//     severity: 'warning',
//     ko: (p) => ({ message: `과목 ${s(p.line)}의 집행액이 예산을 ${n(p.over)} 넘습니다`, hint: '…' }),
//     en: (p) => ({ message: `line ${s(p.line)} is ${n(p.over)} over budget`, hint: '…' }),
//     check: ({ byKind }) => … problemAt(loaded, path, 'budget-over', { line, over }) …,
//   });
//
// The `declare module` block adds the rule's id and parameters to RuleParams (model/problem.ts),
// so `problemAt(…, 'budget-over', params)` is type-checked and the words read typed parameters;
// the id in `defineRule` must be one RuleParams holds. The section in docs/errors.md is the rule's
// test: its `<!-- example: … -->` comment makes the mistake in a copy of the seed records, and a
// test checks the messages printed are the section's, in both languages, with the severity given
// here; the seed and the other fixtures are validated clean, so a rule that fires where it should
// not fails too (test/rules/). A check that finds several rules at once stays a module of
// validate/checks/ with its words in messages/catalog.ts.
import type { Check } from '../model/check.js';
import type { ProblemBase, RuleId, RuleParams } from '../model/problem.js';

export interface Message {
  /** What is wrong and what was expected. */
  readonly message: string;
  /** How to fix it, where we know. */
  readonly hint?: string | undefined;
}

/** Words one rule's problem in one language. */
export type Render<P> = (params: P, problem: ProblemBase) => Message;

/** A rule's words and severity: an entry of the rule table, or the words of a rule module. */
export interface RuleEntry<P> {
  readonly ko: Render<P>;
  readonly en: Render<P>;
  /** A warning does not fail validate (without --strict) and does not stop a report; absent:
   *  an error. The place that finds the problem builds it with this severity (a rule module's
   *  problems are given it by defineRule). */
  readonly severity?: 'warning';
}

/** Everything of one rule: its words and severity, its id, and the check that finds it. */
export interface RuleModule<R extends RuleId> extends RuleEntry<Readonly<RuleParams[R]>> {
  readonly id: R;
  /** The schema-valid records by kind → this rule's problems. */
  readonly check: Check;
}

/** The one way a rule module declares its rule: the id decides the parameters' type. Its
 *  problems take their severity from here, so the module states it once; a problem of another
 *  rule's id from its check is a mistake in the module, not in the records. */
export function defineRule<R extends RuleId>(rule: RuleModule<R>): RuleModule<R> {
  const severity = rule.severity ?? 'error';
  return {
    ...rule,
    check: (ctx) =>
      rule.check(ctx).map((p) => {
        if (p.rule !== rule.id) throw new Error(`the rule module ${rule.id} made a problem of the rule ${p.rule}`);
        return p.severity === severity ? p : { ...p, severity };
      }),
  };
}
