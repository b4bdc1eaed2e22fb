/** The functions an expression may call, and the XLSForm functions it refuses with a reason. */
import { t, type LocalText } from '../local-text';

/** Each function with its number of arguments: `[fewest, most]` (`most` undefined = any number). */
export const FUNCTION_ARITY = {
  not: [1, 1],
  selected: [2, 2],
  'count-selected': [1, 1],
  if: [3, 3],
  'string-length': [1, 1],
  regex: [2, 2],
  number: [1, 1],
  true: [0, 0],
  false: [0, 0],
  coalesce: [2, 2],
  int: [1, 1],
  round: [1, 2],
  concat: [1, undefined],
  string: [1, 1],
  boolean: [1, 1],
  'boolean-from-string': [1, 1],
  'normalize-space': [1, 1],
  contains: [2, 2],
  'starts-with': [2, 2],
  'ends-with': [2, 2],
  substr: [2, 3],
  translate: [3, 3],
  pow: [2, 2],
  abs: [1, 1],
  today: [0, 0],
  date: [1, 1],
  'decimal-date-time': [1, 1],
  'format-date': [2, 2],
  'jr:choice-name': [2, 2],
} as const satisfies Record<string, readonly [number, number | undefined]>;

/** The name of a function expressions may call, e.g. `count-selected`. */
export type FunctionName = keyof typeof FUNCTION_ARITY;

/** Whether `name` is a function expressions may call. */
export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTION_ARITY, name);
}

const SAME_EVERY_TIME = t(
  'en besvarelse skal kontrolleres ens, hver gang den åbnes (revisionsloggen registrerer tidspunkterne)',
  'a response must check the same whenever it is opened (the audit log records the times)',
);
const CLOCK = t(
  'den læser uret, så en besvarelse ville blive kontrolleret forskelligt, hver gang den åbnes; today() er den dag, besvarelsen blev oprettet',
  'it reads the clock, so a response would check differently each time it is opened; today() is the day the response was created',
);
const NO_TIMES = t('appen har datoer, men ingen klokkeslæt', 'the app has dates but no times of day');
const NO_REPEATS = t('appen har ingen gentagelser', 'the app has no repeats');
const NO_LOCATIONS = t('appen har ingen geografiske punkter', 'the app has no locations');

/**
 * XLSForm (ODK) functions that forms in the wild use and the app does not run, each with the reason a
 * coordinator reads in the refusal. Any other name is an unknown function.
 */
export const REFUSED_FUNCTIONS: Readonly<Record<string, LocalText>> = {
  now: CLOCK,
  random: SAME_EVERY_TIME,
  once: SAME_EVERY_TIME,
  uuid: t('appen giver selv hver besvarelse dens eget id', 'the app gives every response its own id'),
  'format-date-time': NO_TIMES,
  'date-time': NO_TIMES,
  'decimal-time': NO_TIMES,
  pulldata: t('appen læser ingen filer ved siden af spørgeskemaet', 'the app reads no files beside the form'),
  instance: t('appen læser ingen ekstra datakilder (choice_filter, eksterne data)', 'the app reads no secondary instances (choice_filter, external data)'),
  'indexed-repeat': NO_REPEATS,
  position: NO_REPEATS,
  count: NO_REPEATS,
  sum: NO_REPEATS,
  'selected-at': t('brug selected() til at teste en svarmulighed', 'use selected() to test an option'),
  area: NO_LOCATIONS,
  distance: NO_LOCATIONS,
};
