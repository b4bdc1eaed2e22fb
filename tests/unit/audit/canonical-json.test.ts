import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonWithout } from '../../../renderer/src/core/audit/canonical-json';

describe('canonical JSON for hashing', () => {
  it('sorts keys at every level and writes no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: null, z: ['a'] })).toBe(canonicalJson({ z: ['a'], y: null, x: 1 }));
  });

  it('writes nulls, leaves undefined properties out, and turns non-finite numbers and holes into null', () => {
    expect(canonicalJson({ a: null, b: undefined, c: [undefined, NaN, Infinity], d: -0, e: 1.5 })).toBe('{"a":null,"c":[null,null,null],"d":0,"e":1.5}');
  });

  it('escapes text as JSON does, keeping æ, ø, å as they are', () => {
    expect(canonicalJson({ t: 'Ærø "x"\n\u0001' })).toBe('{"t":"Ærø \\"x\\"\\n\\u0001"}');
  });

  it('sorts integer-like keys as text too, as every other key', () => {
    expect(canonicalJson({ b: { 10: 'x', 2: 'y', a: [{ 1: true }] } })).toBe('{"b":{"10":"x","2":"y","a":[{"1":true}]}}');
  });

  it('leaves out the named keys', () => {
    expect(canonicalJsonWithout({ seq: 7, hash: 'h', id: 'a' }, new Set(['seq', 'hash']))).toBe('{"id":"a"}');
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ f: () => 1 })).toThrow(/function/);
  });

  it('writes objects of flat values (the audit entry\'s shape) as the definition says, whatever their keys', () => {
    const reference = (v: unknown): string => {
      if (v === null || v === undefined) return 'null';
      if (typeof v === 'number') return Number.isFinite(v) ? JSON.stringify(v) : 'null';
      if (typeof v !== 'object') return JSON.stringify(v);
      if (Array.isArray(v)) return `[${Array.from(v, reference).join(',')}]`;
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o).filter((k) => o[k] !== undefined).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${reference(o[k])}`).join(',')}}`;
    };
    const primitive = fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.integer(), fc.string(), fc.constantFrom(-0, NaN, Infinity, 'Ærø "x"\n'));
    const flat = fc.oneof(primitive, fc.constant(undefined), fc.array(fc.oneof(primitive, fc.constant(undefined)), { maxLength: 4 }));
    const key = fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom('__proto__', '2', '10', 'seq', 'hash', 'prevHash'), fc.nat(99).map(String));
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, flat), { selector: ([k]) => k, maxLength: 18 }), fc.boolean(), (pairs, skipping) => {
        const value: Record<string, unknown> = {};
        for (const [k, v] of pairs) Object.defineProperty(value, k, { value: v, enumerable: true, writable: true, configurable: true });
        const skip = new Set(['seq', 'hash']);
        const expected = reference(skipping ? Object.fromEntries(Object.entries(value).filter(([k]) => !skip.has(k))) : value);
        // Twice: the second call takes the cached key order.
        for (let i = 0; i < 2; i++) expect(skipping ? canonicalJsonWithout(value, skip) : canonicalJson(value)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
});
