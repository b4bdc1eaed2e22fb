import { describe, expect, it } from 'vitest';
import { createQuitGate } from '../../main/quit-gate';

/** A gate with a hand-driven timer: the bounded wait "runs out" when the test says so. */
function setup(rendererAlive = true) {
  const log: string[] = [];
  let fireTimer: (() => void) | null = null;
  const gate = createQuitGate({
    askRenderer: () => {
      log.push('ask');
      return rendererAlive;
    },
    close: () => log.push('close'),
    startTimer: (callback, ms) => {
      log.push(`timer ${ms}`);
      fireTimer = callback;
      return () => {
        log.push('timer cancelled');
        fireTimer = null;
      };
    },
    waitMs: 15_000,
  });
  return { gate, log, runOut: () => fireTimer?.() };
}

describe('closing the window', () => {
  it('asks the renderer for a last backup and closes once it answers', () => {
    const { gate, log } = setup();
    expect(gate.onClose()).toBe(true); // the first close is held
    gate.onReady();
    expect(log).toEqual(['ask', 'timer 15000', 'timer cancelled', 'close']);
    expect(gate.onClose()).toBe(false); // the gate's own close goes through
  });

  it('closes anyway when the renderer does not answer in time, so quitting never hangs', () => {
    const { gate, log, runOut } = setup();
    gate.onClose();
    runOut();
    expect(log.filter((l) => l !== 'timer cancelled')).toEqual(['ask', 'timer 15000', 'close']);
    gate.onReady(); // a late answer changes nothing
    expect(log.filter((l) => l === 'close')).toHaveLength(1);
  });

  it('closes at once when there is no live page to ask', () => {
    const { gate, log } = setup(false);
    expect(gate.onClose()).toBe(false);
    expect(log).toEqual(['ask']);
  });

  it('asks only once when close is clicked again while waiting', () => {
    const { gate, log } = setup();
    gate.onClose();
    expect(gate.onClose()).toBe(true);
    expect(log.filter((l) => l === 'ask')).toHaveLength(1);
  });

  it('ignores an answer nobody asked for', () => {
    const { gate, log } = setup();
    gate.onReady();
    expect(log).toEqual([]);
  });
});
