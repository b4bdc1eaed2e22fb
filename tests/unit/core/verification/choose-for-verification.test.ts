import { describe, expect, it } from 'vitest';
import { chooseForVerification, shareProblem, type Candidate } from '../../../../renderer/src/core/verification/choose-for-verification';

/** Anna keyed a1…a7 (in that order), Bo keyed b1…b3. */
const at = (day: number) => `2024-03-${String(day).padStart(2, '0')}T10:00:00.000Z`;
const candidates: Candidate[] = [
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({ id: `a${n}`, keyerId: 'anna', createdAt: at(n) })),
  ...[1, 2, 3].map((n) => ({ id: `b${n}`, keyerId: 'bo', createdAt: at(n) })),
].reverse();

describe('choosing a share of each surveyor\'s responses for verification', () => {
  it('every 3rd: the 3rd and 6th of Anna\'s seven, the 3rd of Bo\'s three', () => {
    expect(chooseForVerification(candidates, { kind: 'every-nth', n: 3 })).toEqual(['a3', 'a6', 'b3']);
  });

  it('every 1st takes them all; every 4th skips a surveyor with fewer than four', () => {
    expect(chooseForVerification(candidates, { kind: 'every-nth', n: 1 })).toHaveLength(10);
    expect(chooseForVerification(candidates, { kind: 'every-nth', n: 4 })).toEqual(['a4']);
  });

  it('random 30 %: ceil(0.3 × 7) = 3 of Anna\'s and ceil(0.3 × 3) = 1 of Bo\'s, drawn by the random source', () => {
    // Random source always 0: the partial shuffle takes the first remaining each time, in keying order.
    expect(chooseForVerification(candidates, { kind: 'random', percent: 30 }, () => 0)).toEqual(['a1', 'a2', 'a3', 'b1']);
    // Always just under 1: the last remaining each time: a7; then a1, which the first swap moved to the end; then a2.
    const high = chooseForVerification(candidates, { kind: 'random', percent: 30 }, () => 0.999);
    expect(high).toEqual(['a7', 'a1', 'a2', 'b3']);
  });

  it('random 100 % takes every response once', () => {
    const all = chooseForVerification(candidates, { kind: 'random', percent: 100 }, Math.random);
    expect(new Set(all).size).toBe(10);
  });

  it('refuses a share that is no share', () => {
    expect(shareProblem({ kind: 'every-nth', n: 0 })?.da).toBe('n skal være et helt tal fra 1 til 1000.');
    expect(shareProblem({ kind: 'every-nth', n: 2.5 })).not.toBeNull();
    expect(shareProblem({ kind: 'random', percent: 0 })?.da).toBe('Andelen skal være en procentdel over 0 og højst 100.');
    expect(shareProblem({ kind: 'random', percent: 101 })).not.toBeNull();
    expect(shareProblem({ kind: 'random', percent: 10 })).toBeNull();
  });
});
