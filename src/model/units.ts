// Money is whole numbers in a named unit; these aliases say which one a number is in.

/** An amount in 원 (won). */
export type Won = number;
/** The unit a record file declares for its amounts. */
export type MoneyUnit = '원' | '천원';
/** A count of persons (명). */
export type Persons = number;
/** An ISO date, YYYY-MM-DD. */
export type IsoDate = string;
