import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEY_ALPHABET, RESPONSE_KEY_PATTERN, newResponseKey } from '../../../renderer/src/db/response-key';
import { ResponseRepository } from '../../../renderer/src/db/response-repository';
import { anna, openTestDb, storeProfiles } from './db-test-support';
import { testQuestionnaire } from './test-questionnaire';

afterEach(() => vi.restoreAllMocks());

/** Makes crypto.getRandomValues return the alphabet positions of the given keys, one key per call. */
function scriptKeys(...keys: string[]): void {
  vi.restoreAllMocks();
  const queue = keys.map((k) => [...k.replace('-', '')].map((c) => KEY_ALPHABET.indexOf(c)));
  const real = crypto.getRandomValues.bind(crypto);
  vi.spyOn(crypto, 'getRandomValues').mockImplementation(<T extends ArrayBufferView | null>(array: T): T => {
    const next = queue.shift();
    if (next && array instanceof Uint8Array) {
      array.fill(0);
      array.set(next);
      return array;
    }
    return real(array as never) as T;
  });
}

describe('response keys', () => {
  it('are 3+3 characters from an alphabet without 0, O, 1, I or L', () => {
    expect(KEY_ALPHABET).not.toMatch(/[01OIL]/);
    for (let i = 0; i < 2000; i++) {
      const key = newResponseKey();
      expect(key).toMatch(RESPONSE_KEY_PATTERN);
      expect(key).not.toMatch(/[01OIL]/);
    }
  });

  it('use every character of the alphabet', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 500; i++) for (const c of newResponseKey().replace('-', '')) seen.add(c);
    expect(seen.size).toBe(KEY_ALPHABET.length);
  });

  it('a key already in use is drawn again', async () => {
    const db = await openTestDb('keys');
    await storeProfiles(db);
    const q = testQuestionnaire();
    const responses = new ResponseRepository(db, () => q);
    scriptKeys('K7M-4QX');
    const first = await responses.create(anna, q);
    expect(first.key).toBe('K7M-4QX');

    scriptKeys('K7M-4QX', 'K7M-4QX', 'ABC-234');
    const second = await responses.create(anna, q);
    expect(second.key).toBe('ABC-234');
    db.close();
  });
});
