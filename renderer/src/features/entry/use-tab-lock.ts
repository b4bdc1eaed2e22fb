/**
 * One window edits a response at a time (issue 10, item 7): two tabs of the browser build writing
 * one response would each show "Gemt" beside a different value. The Web Locks API gives one window
 * the response's lock; another opening it gets 'elsewhere' (read-only, saying why) and waits in
 * line, so it gets the lock — 'held', to read the response again — when the first closes it.
 * Without the API (jsdom) every window holds it.
 */
import { useEffect, useState } from 'react';

export type TabLock = 'held' | 'elsewhere' | 'pending';

const lockManager = (): LockManager | undefined => (typeof navigator === 'undefined' ? undefined : navigator.locks);

export function useTabLock(name: string): { lock: TabLock; handovers: number } {
  const [state, setState] = useState<{ lock: TabLock; handovers: number }>(() => ({ lock: lockManager() ? 'pending' : 'held', handovers: 0 }));
  useEffect(() => {
    const locks = lockManager();
    if (!locks) return;
    const stop = new AbortController();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const hold = () => held;
    void locks
      .request(name, { ifAvailable: true }, async (lock) => {
        if (lock) {
          setState((s) => ({ ...s, lock: 'held' }));
          return hold();
        }
        setState((s) => ({ ...s, lock: 'elsewhere' }));
        // In line behind the window that has it; granted when that one closes the response.
        void locks
          .request(name, { signal: stop.signal }, async () => {
            setState((s) => ({ lock: 'held', handovers: s.handovers + 1 }));
            return hold();
          })
          .catch(() => undefined);
        return undefined;
      })
      .catch(() => undefined);
    return () => {
      stop.abort();
      release();
    };
  }, [name]);
  return state;
}
