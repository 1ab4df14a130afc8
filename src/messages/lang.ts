// The languages of the tool, in a module of their own so that what needs only them (the
// language of a run, --help) does not load the rule table.
export type Lang = 'ko' | 'en';
export const LANGS: readonly Lang[] = ['ko', 'en'];
