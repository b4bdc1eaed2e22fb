/** The regular expression of `regex()`: the pattern must match the whole text, as in ODK. */

/**
 * Compiles `source` so that it matches only the whole text (`^(?:source)$`). The pattern is compiled
 * on its own first, so one that is invalid alone (`a)|(b`) is not made valid by the wrapping.
 * Throws, as `new RegExp` does, on an invalid pattern.
 */
export function wholeTextPattern(source: string): RegExp {
  new RegExp(source);
  return new RegExp(`^(?:${source})$`);
}
