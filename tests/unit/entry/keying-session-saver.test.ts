/**
 * A keying session reaches the store while the typist keys: the first keystroke at once, then at most
 * a second behind, one write at a time and never backwards; a flush (page hidden, screen left)
 * writes what is counted now. Fake timers stand in for the second; nothing here is timed.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countKeystroke, NO_KEYSTROKES, type KeystrokeTally } from '../../../renderer/src/core/keying/keystroke-tally';
import { KeyingSessionSaver, SAVE_WITHIN_MS } from '../../../renderer/src/features/entry/keying-session-saver';

/** The tally after `n` keystrokes, 100 ms apart from t = 1000. */
const after = (n: number): KeystrokeTally => {
  let t = NO_KEYSTROKES;
  for (let i = 0; i < n; i++) t = countKeystroke(t, { key: 'a' }, 1000 + 100 * i);
  return t;
};

/** A store that records each write and lets the test finish it. */
function slowStore() {
  const written: number[] = [];
  const pending: (() => void)[] = [];
  const save = (t: KeystrokeTally) =>
    new Promise<boolean>((resolve) => {
      pending.push(() => {
        written.push(t.keystrokes);
        resolve(true);
      });
    });
  const finishOne = async () => {
    pending.shift()?.();
    await vi.advanceTimersByTimeAsync(0);
  };
  return { written, pending, save, finishOne };
}

describe('saving a keying session while keying', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes the row at the first keystroke, then the counts at most a second behind, one write per second', async () => {
    const writes: number[] = [];
    const saver = new KeyingSessionSaver(async (t) => {
      writes.push(t.keystrokes);
      return true;
    });
    saver.update(after(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([1]);
    for (let n = 2; n <= 30; n++) saver.update(after(n));
    await vi.advanceTimersByTimeAsync(SAVE_WITHIN_MS - 1);
    expect(writes, 'nothing more before the second is up').toEqual([1]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes, 'the 29 keystrokes since in one write').toEqual([1, 30]);
    await vi.advanceTimersByTimeAsync(10 * SAVE_WITHIN_MS);
    expect(writes, 'no keystrokes, no writes').toEqual([1, 30]);
  });

  it('flushes what is counted now when the page is hidden or the screen left, and nothing twice', async () => {
    const writes: number[] = [];
    const saver = new KeyingSessionSaver(async (t) => {
      writes.push(t.keystrokes);
      return true;
    });
    saver.update(after(1));
    saver.update(after(7));
    await saver.flush();
    expect(writes).toEqual([1, 7]);
    await saver.flush();
    await vi.advanceTimersByTimeAsync(SAVE_WITHIN_MS);
    expect(writes, 'the pending timer went with the flush').toEqual([1, 7]);
  });

  it('runs one write at a time: a flush asked for during a write follows it with the latest counts', async () => {
    const store = slowStore();
    const saver = new KeyingSessionSaver(store.save);
    saver.update(after(1));
    saver.update(after(5));
    void saver.flush();
    saver.update(after(9));
    void saver.flush();
    expect(store.pending).toHaveLength(1);
    await store.finishOne();
    expect(store.pending, 'the follow-up write').toHaveLength(1);
    await store.finishOne();
    expect(store.written, 'in order, never backwards, the middle count skipped').toEqual([1, 9]);
  });

  it('tries again after a write that failed or could not be made yet', async () => {
    const writes: number[] = [];
    let ready = false;
    const saver = new KeyingSessionSaver(async (t) => {
      if (!ready) return false;
      if (writes.length === 0 && t.keystrokes === 2) throw new Error('disk full');
      writes.push(t.keystrokes);
      return true;
    });
    saver.update(after(1));
    await vi.advanceTimersByTimeAsync(0);
    ready = true;
    saver.update(after(2));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes, 'the failed write is not counted as saved').toEqual([]);
    saver.update(after(3));
    await vi.advanceTimersByTimeAsync(0);
    expect(writes).toEqual([3]);
  });
});
