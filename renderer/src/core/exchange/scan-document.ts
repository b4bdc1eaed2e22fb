/**
 * Step 6 of reading a package: one walk over the parsed document, before any code looks at its
 * values. It refuses keys that could reach an object's prototype if a later step copied them
 * (`__proto__`, `constructor`, `prototype`), and bounds nesting and string length, so the steps
 * after it (schema, checksum, merge) only ever see a document of sane shape and size.
 *
 * `JSON.parse` itself never touches `Object.prototype` (it defines `__proto__` as an own property);
 * the danger is in code that later copies such a key with an assignment.
 */
import { packageError, pathText, type PackageError } from './package-error';
import type { PackageLimits } from './package-limits';

const DANGEROUS_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A value to visit; its path is kept as a link to its parent and only spelt out for an error. */
interface Visit {
  value: unknown;
  key: PropertyKey;
  parent: Visit | undefined;
  depth: number;
}

function pathOf(visit: Visit): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.parent !== undefined; at = at.parent) path.unshift(at.key);
  return path;
}

function dangerous(key: string, path: PropertyKey[]): PackageError {
  const where = pathText(path);
  return packageError(
    'dangerous-key',
    {
      en: `The package contains the forbidden name "${key}" (at ${where}). Such names are used to attack programs, so the package is refused.`,
      da: `Pakken indeholder det forbudte navn "${key}" (ved ${where}). Sådanne navne bruges til at angribe programmer, så pakken afvises.`,
    },
    { path: where },
  );
}

function tooLong(path: PropertyKey[], length: number, limit: number): PackageError {
  const where = pathText(path);
  return packageError(
    'string-too-long',
    {
      en: `A text in the package (at ${where}) is ${length} characters long, more than the ${limit} allowed. The package is damaged or made to cause harm.`,
      da: `En tekst i pakken (ved ${where}) er ${length} tegn lang, mere end de tilladte ${limit}. Pakken er beskadiget eller lavet for at gøre skade.`,
    },
    { path: where },
  );
}

function tooDeep(path: PropertyKey[], limit: number): PackageError {
  const where = pathText(path);
  return packageError(
    'too-deep',
    {
      en: `The package is nested more than ${limit} levels deep (at ${where}); no real package is. It is damaged or made to cause harm.`,
      da: `Pakken er indlejret mere end ${limit} niveauer dybt (ved ${where}); det er ingen rigtig pakke. Den er beskadiget eller lavet for at gøre skade.`,
    },
    { path: where },
  );
}

/** The first dangerous key, too-deep nesting or too-long string (key or value), depth first. */
export function scanDocument(document: unknown, limits: PackageLimits): PackageError | undefined {
  // An explicit stack, not recursion: a hostile document must not overflow the call stack.
  const stack: Visit[] = [{ value: document, key: '', parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const visit = stack.pop() as Visit;
    const { value, depth } = visit;
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength) return tooLong(pathOf(visit), value.length, limits.maxStringLength);
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= limits.maxDepth) return tooDeep(pathOf(visit), limits.maxDepth);
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) {
        const item: unknown = value[index];
        // Scalars other than strings need no visit: skipping them keeps huge number lists cheap.
        if (typeof item === 'object' || typeof item === 'string') stack.push({ value: item, key: index, parent: visit, depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    for (let index = keys.length - 1; index >= 0; index--) {
      const key = keys[index] as string;
      if (DANGEROUS_KEYS.has(key)) return dangerous(key, pathOf(visit));
      if (key.length > limits.maxStringLength) return tooLong(pathOf(visit), key.length, limits.maxStringLength);
      stack.push({ value: (value as Record<string, unknown>)[key], key, parent: visit, depth: depth + 1 });
    }
  }
  return undefined;
}
