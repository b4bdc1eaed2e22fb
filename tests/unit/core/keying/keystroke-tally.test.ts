import { describe, expect, it } from 'vitest';
import { countKeystroke, NO_KEYSTROKES, PAUSE_AFTER_MS } from '../../../../renderer/src/core/keying/keystroke-tally';

describe('counting keystrokes (counts and times only)', () => {
  it('counts each key once; modifier keys and auto-repeat are not keystrokes', () => {
    let t = NO_KEYSTROKES;
    t = countKeystroke(t, { key: '2' }, 1000);
    t = countKeystroke(t, { key: 'Shift' }, 1100);
    t = countKeystroke(t, { key: 'Enter' }, 1200);
    t = countKeystroke(t, { key: 'Enter', repeat: true }, 1250);
    expect(t).toEqual({ keystrokes: 2, firstAt: 1000, lastAt: 1200, pauseMs: 0 });
  });

  it('a gap longer than a minute is pause time', () => {
    let t = countKeystroke(NO_KEYSTROKES, { key: 'a' }, 0);
    t = countKeystroke(t, { key: 'b' }, PAUSE_AFTER_MS);
    t = countKeystroke(t, { key: 'c' }, PAUSE_AFTER_MS + 90_000);
    expect(t).toEqual({ keystrokes: 3, firstAt: 0, lastAt: PAUSE_AFTER_MS + 90_000, pauseMs: 90_000 });
  });
});
