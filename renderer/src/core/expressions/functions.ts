/** The functions an expression may call. */

/** Each function with its number of arguments (all fixed). */
export const FUNCTION_ARITY = {
  not: 1,
  selected: 2,
  'count-selected': 1,
  if: 3,
  'string-length': 1,
  regex: 2,
  number: 1,
  true: 0,
  false: 0,
  coalesce: 2,
} as const;

/** The name of a function expressions may call, e.g. `count-selected`. */
export type FunctionName = keyof typeof FUNCTION_ARITY;

/** Whether `name` is a function expressions may call. */
export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(FUNCTION_ARITY, name);
}
