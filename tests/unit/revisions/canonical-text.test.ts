import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../renderer/src/core/audit/canonical-json';
import { canonicalText, withSortedKeys } from '../../../renderer/src/core/revisions/canonical-text';

describe('canonical text, fast when keys are already sorted', () => {
  it('is exactly the audit log’s canonical JSON, for any JSON value, sorted or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalText(value)).toBe(canonicalJson(value));
        expect(canonicalText(withSortedKeys(value))).toBe(canonicalJson(value));
      }),
      { numRuns: 500 },
    );
  });

  it('handles the keys JavaScript reorders (integer-like, so never sortable in place) and keys that need escaping', () => {
    const tricky = { b: 1, 10: 'ten', 2: 'two', a: { 'é': [1, -0, 1e21], '"q"': null }, '': true };
    expect(canonicalText(tricky)).toBe(canonicalJson(tricky));
    expect(canonicalText(withSortedKeys(tricky))).toBe('{"":true,"10":"ten","2":"two","a":{"\\"q\\"":null,"é":[1,0,1e+21]},"b":1}');
  });

  it('keeps an own "__proto__" key as a key (JSON.parse makes one), in both writers', () => {
    const parsed: unknown = JSON.parse('{"b":1,"__proto__":{"x":2}}');
    expect(canonicalJson(parsed)).toBe('{"__proto__":{"x":2},"b":1}');
    expect(canonicalText(parsed)).toBe(canonicalJson(parsed));
    expect(canonicalText(withSortedKeys(parsed))).toBe(canonicalJson(parsed));
    expect(Object.getPrototypeOf(withSortedKeys(parsed))).toBe(Object.prototype);
  });

  it('leaves out undefined members, as JSON does', () => {
    expect(canonicalText({ b: undefined, a: 1 })).toBe('{"a":1}');
    expect(withSortedKeys({ b: undefined, a: 1 })).toEqual({ a: 1 });
  });
});
