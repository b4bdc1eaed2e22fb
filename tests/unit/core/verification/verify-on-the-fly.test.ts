import { describe, expect, it } from 'vitest';
import { decideOnTheFly, FIRST_TRY } from '../../../../renderer/src/core/verification/verify-on-the-fly';

describe('verifying on the fly (CSPro)', () => {
  it('a value matching the first keying is accepted without an error', () => {
    expect(decideOnTheFly(25, FIRST_TRY, 25)).toEqual({ kind: 'accept', value: 25, error: null });
    expect(decideOnTheFly(['a', 'b'], FIRST_TRY, ['b', 'a'])).toEqual({ kind: 'accept', value: ['a', 'b'], error: null });
  });

  it('a mismatch asks for the value again; the same new value again is kept and counts a keyer error', () => {
    const first = decideOnTheFly(25, FIRST_TRY, 28);
    expect(first).toEqual({ kind: 'rekey', next: { kind: 'rekey', firstTry: 28 } });
    if (first.kind !== 'rekey') throw new Error('expected a re-key');
    expect(decideOnTheFly(25, first.next, 28)).toEqual({ kind: 'accept', value: 28, error: 'keyer' });
  });

  it('re-keying the first keying’s value counts a verifier error and keeps it', () => {
    expect(decideOnTheFly('yes', { kind: 'rekey', firstTry: 'no' }, 'yes')).toEqual({ kind: 'accept', value: 'yes', error: 'verifier' });
  });

  it('a third, different value asks once more, against the latest try', () => {
    const again = decideOnTheFly(25, { kind: 'rekey', firstTry: 28 }, 29);
    expect(again).toEqual({ kind: 'rekey', next: { kind: 'rekey', firstTry: 29 } });
    expect(decideOnTheFly(25, { kind: 'rekey', firstTry: 29 }, 29)).toEqual({ kind: 'accept', value: 29, error: 'keyer' });
  });

  it('an answer the first keyer left blank, keyed by the verifier twice, is a keyer error', () => {
    const first = decideOnTheFly(undefined, FIRST_TRY, 'yes');
    expect(first.kind).toBe('rekey');
    if (first.kind !== 'rekey') throw new Error('expected a re-key');
    expect(decideOnTheFly(undefined, first.next, 'yes')).toEqual({ kind: 'accept', value: 'yes', error: 'keyer' });
  });
});
