// The shape of an entry of the command table (cli/options.ts): its words, options, exit codes, the
// record kinds it computes from, and its handler, typed from its own options.
import type { OptionSpec, OptionsOf, Words } from '../engine/params.js';
import type { RecordKind } from '../engine/output.js';
import type { RunContext } from './context.js';

export interface CommandSpec<O extends readonly OptionSpec[] = readonly OptionSpec[]> {
  /** 'budget status' is the subcommand status of the group budget. */
  readonly name: string;
  readonly args?: string;
  readonly summary: Words;
  readonly options: O;
  /** Exit codes and their meaning, each in both languages. */
  readonly exitCodes: readonly Words[];
  /** The record kinds the command computes from: an error in a record of another kind does not
   *  stop it (it is summarised in one line). Absent: every kind. */
  readonly needs?: readonly RecordKind[] | 'all';
  readonly run: (ctx: RunContext, args: readonly string[], opts: OptionsOf<O>) => Promise<number>;
}

