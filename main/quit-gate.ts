/**
 * Closing the window asks the renderer for a last backup first, with a bounded wait: the window
 * closes when the renderer answers (ready-to-quit) or when the wait runs out, whichever comes
 * first, so quitting never hangs on a busy, crashed or unloaded page.
 */
export interface QuitGateDeps {
  /** Asks the renderer (QUIT_REQUEST_CHANNEL); false when there is no live page to ask. */
  askRenderer(): boolean;
  /** Closes the window for real (the gate lets this close through). */
  close(): void;
  /** Starts the bounded wait; returns a function that cancels it. Injected so tests need no clock. */
  startTimer(callback: () => void, ms: number): () => void;
  waitMs: number;
}

export interface QuitGate {
  /** Call from the window's 'close' event: true means "prevent this close, the gate will close later". */
  onClose(): boolean;
  /** The renderer's answer. */
  onReady(): void;
}

export function createQuitGate(deps: QuitGateDeps): QuitGate {
  let state: 'open' | 'waiting' | 'closing' = 'open';
  let cancelTimer: (() => void) | null = null;

  const release = (): void => {
    if (state !== 'waiting') return;
    state = 'closing';
    cancelTimer?.();
    cancelTimer = null;
    deps.close();
  };

  return {
    onClose() {
      if (state === 'closing') return false;
      if (state === 'waiting') return true; // a second click on close: keep waiting (bounded anyway)
      if (!deps.askRenderer()) {
        state = 'closing';
        return false;
      }
      state = 'waiting';
      cancelTimer = deps.startTimer(release, deps.waitMs);
      return true;
    },
    onReady: release,
  };
}
