/**
 * Canonical JSON (the audit log's: `core/audit/canonical-json.ts`), fast for data whose object
 * keys are already in order. For such data the canonical text IS `JSON.stringify`'s, which is native
 * and several times quicker; packages are written with sorted keys, so reading one back takes the
 * fast path for every revision and for the checksum.
 */
import { canonicalJson } from '../audit/canonical-json';

/** True when every object in `value` lists its keys in strictly increasing UTF-16 order. */
function keysInOrder(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return typeof value !== 'number' || Number.isFinite(value);
  if (Array.isArray(value)) {
    for (const item of value) if (item === undefined || !keysInOrder(item)) return false;
    return true;
  }
  // Object.keys lists own keys in the order JSON.stringify writes them.
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    if (index > 0 && !((keys[index - 1] as string) < key)) return false;
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined || !keysInOrder(member)) return false;
  }
  return true;
}

/** The canonical JSON of plain data (what `JSON.parse` returns); the same text as `canonicalJson`. */
export function canonicalText(value: unknown): string {
  return keysInOrder(value) ? JSON.stringify(value) : canonicalJson(value);
}

/** A deep copy of plain data with every object's keys in canonical order. */
export function withSortedKeys<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => withSortedKeys(item)) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member === undefined) continue;
    // An own "__proto__" key stays a key (assignment would set the copy's prototype).
    if (key === '__proto__') Object.defineProperty(out, key, { value: withSortedKeys(member), enumerable: true, writable: true, configurable: true });
    else out[key] = withSortedKeys(member);
  }
  return out as T;
}
