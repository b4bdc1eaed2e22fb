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
});
