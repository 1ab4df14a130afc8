// --as-of DATE: a real ISO date, and --year YYYY: a fiscal year, or a usage error that says so.
import { isRealDate } from '../compute/period.js';
import { CLI_TEXT } from '../messages/cliText.js';
import type { RunContext } from './context.js';
import { UsageError } from './errors.js';

export function parseAsOf(ctx: RunContext, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isRealDate(value)) throw new UsageError(CLI_TEXT[ctx.lang].badDate(value));
  return value;
}

/** --year YYYY as a number; undefined when not given. */
export function parseYear(ctx: RunContext, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}$/.test(value)) throw new UsageError(CLI_TEXT[ctx.lang].badYear(value));
  return Number(value);
}
